import { InternalMark } from '../../components/internal-badge';
import { LocalizedLink } from '../../components/localized-link';
import { OverdueFlag } from '../../components/status-badge';
import { paths } from '../../core/paths';
import { formatNumber, formatPeriod } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import { useMeta } from '../../lib/api/hooks';
import { useToday } from '../../lib/clock';
import { indicatorSentenceBasics } from '../../lib/sentences/sentence-inputs';
import { describeChange } from '../../lib/sentences/sentences';
import { isOverdue } from '../../core/status';
import type { Headline } from './headlines';
import { startMessages } from './start-messages';

/**
 * One headline result: the latest value large with its period (and the overdue flag when its
 * update is late, as every other view shows it), one sentence, and a link to the indicator.
 */
export function HeadlineCard({ headline }: { headline: Headline }) {
  const t = useMessages(startMessages);
  const language = useLanguage();
  const today = useToday();
  const meta = useMeta();
  const { indicator, area, first, latest } = headline;
  const unit = pickText(indicator.unit, language);
  const overdue = isOverdue(latest.period, indicator.frequency, today, meta.data?.archived ?? false);
  const sentence = describeChange({
    ...indicatorSentenceBasics(indicator, area, language),
    from: first,
    to: latest,
  });
  return (
    <li className="card headline">
      <h3>
        <LocalizedLink to={paths.indicator(indicator.id)}>{pickText(indicator.name, language)}</LocalizedLink>
        <InternalMark indicator={indicator} />
        <span className="muted">, {pickText(area.properties.name, language)}</span>
      </h3>
      <p className="big-number">
        {formatNumber(latest.value, language, indicator.decimals)}
        <span className="big-number__unit">{unit}</span>
        <span className="big-number__period">
          <time dateTime={latest.period}>{formatPeriod(latest.period, language)}</time>
        </span>
      </p>
      {overdue ? <OverdueFlag size="sm" /> : null}
      <p className="headline__sentence">{sentence}</p>
      {headline.isMeasured ? null : <p className="headline__quality">{t.illustrative}</p>}
    </li>
  );
}
