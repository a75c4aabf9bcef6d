import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import { formatChangeAmount } from '../../../lib/sentences/sentences';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';
import { indicatorsMessages } from '../indicators-messages';
import { LineIcon } from '../../../components/line-icon';

/** The change since the previous value in words, judged by the direction: "ned 2 % (bättre)". Never colour alone. */
export function TrendText({ row }: { row: IndicatorAreaRow }) {
  const t = useMessages(indicatorsMessages);
  const language = useLanguage();
  const { trend, indicator } = row;
  if (!trend) return <span className="muted">{t.trendNone}</span>;
  const amount = formatChangeAmount(trend.previous.value, trend.latest.value, language, indicator.decimals, pickText(indicator.unit, language));
  if (amount === undefined || trend.judgement === 'unchanged') {
    return (
      <span className="trend trend--unchanged">
        <TrendIcon direction="flat" />
        {t.trendUnchanged}
      </span>
    );
  }
  const up = trend.change > 0;
  const judgement = trend.judgement === 'better' ? t.trendBetter : t.trendWorse;
  return (
    <span className={`trend trend--${trend.judgement}`}>
      <TrendIcon direction={up ? 'up' : 'down'} />
      {up ? t.trendUp(amount) : t.trendDown(amount)} ({judgement})
    </span>
  );
}

function TrendIcon({ direction }: { direction: 'up' | 'down' | 'flat' }) {
  const d = direction === 'up' ? 'M3 12L8 5l5 7' : direction === 'down' ? 'M3 5l5 7 5-7' : 'M2 8.5h12M10 5l4 3.5-4 3.5';
  return (
    <LineIcon className="trend__icon">
      <path d={d} />
    </LineIcon>
  );
}
