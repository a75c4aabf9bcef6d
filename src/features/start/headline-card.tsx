import { InternalMark } from '../../components/internal-badge';
import { LocalizedLink } from '../../components/localized-link';
import { paths } from '../../config/paths';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../i18n/text';
import { describeChange } from '../../lib/sentences/sentences';
import type { Headline } from './headlines';
import { startMessages } from './start-messages';

/** One headline result: the latest value large, one sentence, and a link to the indicator. */
export function HeadlineCard({ headline }: { headline: Headline }) {
  const t = useMessages(startMessages);
  const language = useLanguage();
  const { indicator, area, first, latest } = headline;
  const unit = pickText(indicator.unit, language);
  const sentence = describeChange({
    language,
    subject: pickText(indicator.name, language),
    areaName: pickText(area.properties.name, language),
    unit,
    decimals: indicator.decimals,
    direction: indicator.direction,
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
      </p>
      <p className="headline__sentence">{sentence}</p>
      {headline.isMeasured ? null : <p className="headline__quality">{t.illustrative}</p>}
    </li>
  );
}
