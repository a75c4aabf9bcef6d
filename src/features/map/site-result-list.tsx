import { LocalizedLink } from '../../components/localized-link';
import { paths } from '../../core/paths';
import { formatNumber, formatPercent, formatPeriod, formatValue } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import { useObservationsMany } from '../../lib/api/hooks';
import type { Indicator } from '../../contract/schemas';
import { mapMessages } from './map-messages';
import { siteResults, type SiteResult } from './site-results';

/**
 * Before → after for each linked indicator with the site's own series, with the change and a
 * small line of the values, linked to the indicator. Loads those indicators' observations only
 * when a site's panel is open; nothing is shown where no such series exists.
 */
export function SiteResultList({ siteId, linked, headingLevel }: { siteId: string; linked: ReadonlyArray<Indicator>; headingLevel: 3 | 4 }) {
  const t = useMessages(mapMessages);
  const observations = useObservationsMany(linked.map((indicator) => indicator.id));
  if (!observations.data) return null;
  const results = siteResults(siteId, linked, observations.data);
  if (results.length === 0) return null;
  const Sub = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <Sub>{t.resultsHeading}</Sub>
      <ul className="site-results">
        {results.map((result) => (
          <ResultItem key={result.indicator.id} result={result} />
        ))}
      </ul>
    </>
  );
}

function ResultItem({ result }: { result: SiteResult }) {
  const t = useMessages(mapMessages);
  const language = useLanguage();
  const { indicator, before, after, change, relative } = result;
  const unit = pickText(indicator.unit, language);
  const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);
  const changeText = signed(formatValue(change, language, indicator.decimals, unit), change);
  const shareText = relative === undefined ? undefined : signed(formatPercent(relative, language), relative);
  return (
    <li className="site-result">
      <LocalizedLink to={paths.indicator(indicator.id)} className="site-result__name">
        {pickText(indicator.name, language)}
      </LocalizedLink>
      <span className="site-result__figure">
        <span className="site-result__values tabular">
          {formatPeriod(before.period, language)}: {formatNumber(before.value, language, indicator.decimals)} → {formatPeriod(after.period, language)}:{' '}
          {formatValue(after.value, language, indicator.decimals, unit)}
        </span>
        <MiniLine points={result.points} />
      </span>
      <span className="site-result__change">{t.resultChange(changeText, shareText)}</span>
    </li>
  );
}

const WIDTH = 80;
const HEIGHT = 24;

/** The site's values as a small line (decorative: the text beside it gives the values). */
function MiniLine({ points }: { points: SiteResult['points'] }) {
  const values = points.map((point) => point.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const x = (index: number) => 3 + (index * (WIDTH - 6)) / Math.max(1, points.length - 1);
  const y = (value: number) => (high === low ? HEIGHT / 2 : 3 + ((high - value) * (HEIGHT - 6)) / (high - low));
  const line = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)} ${y(point.value).toFixed(1)}`).join('');
  const last = points.at(-1);
  return (
    <svg className="site-result__line" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
      <path d={line} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
      {last ? <circle cx={x(points.length - 1)} cy={y(last.value)} r="2.5" fill="currentColor" /> : null}
    </svg>
  );
}
