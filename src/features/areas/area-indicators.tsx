import { InternalMark } from '../../components/internal-badge';
import { DataError } from '../../components/data-error';
import { DataQualityNotice } from '../../components/data-quality-notice';
import { Loading } from '../../components/loading';
import { LocalizedLink } from '../../components/localized-link';
import { OverdueFlag, StatusBadge } from '../../components/status-badge';
import { paths } from '../../core/paths';
import { formatNumber, formatPeriod } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import type { AreaFeature } from '../../contract/schemas';
import { indicatorSentenceBasics } from '../../lib/sentences/sentence-inputs';
import { describeIndicator } from '../../lib/sentences/sentences';
import type { IndicatorAreaRow } from '../../core/indicator-rows';
import { useIndicatorAreaRows } from '../../lib/status/use-indicator-rows';
import { areaMessages } from './area-messages';

function IndicatorCard({ row }: { row: IndicatorAreaRow }) {
  const t = useMessages(areaMessages);
  const language = useLanguage();
  const { indicator, area, latest, evaluation, overdue } = row;
  const unit = pickText(indicator.unit, language);
  const sentence = describeIndicator({
    ...indicatorSentenceBasics(indicator, area, language),
    points: row.points,
    ...(row.target ? { target: row.target } : {}),
  });
  return (
    <li className="card district-indicator">
      <h3>
        <LocalizedLink to={paths.indicator(indicator.id)}>{pickText(indicator.name, language)}</LocalizedLink>
        <InternalMark indicator={indicator} />
      </h3>
      {latest ? (
        <p className="district-indicator__value">
          <span className="big-number">
            {formatNumber(latest.value, language, indicator.decimals)}
            <span className="big-number__unit">{unit}</span>
          </span>
          <span className="muted">{t.latest(formatPeriod(latest.period, language))}</span>
        </p>
      ) : null}
      {evaluation || overdue ? (
        <p className="district-indicator__status">
          {evaluation ? <StatusBadge status={evaluation.status} /> : null}
          {overdue ? <OverdueFlag /> : null}
        </p>
      ) : null}
      <p>{sentence}</p>
    </li>
  );
}

/**
 * The district's headline indicators: those with a target first, each with its status from the
 * shared rows (never computed here), then the others with their latest value and trend.
 */
export function AreaIndicators({ area }: { area: AreaFeature }) {
  const t = useMessages(areaMessages);
  const rows = useIndicatorAreaRows();
  if (rows.error) return <DataError error={rows.error} onRetry={rows.refetch} />;
  if (rows.isPending || !rows.data) return <Loading lines={4} />;
  const mine = rows.data.filter((row) => row.area.id === area.id);
  const withTarget = mine.filter((row) => row.evaluation !== undefined);
  const others = mine.filter((row) => row.evaluation === undefined && row.latest !== undefined);
  return (
    <>
      <DataQualityNotice problems={rows.problems} />
      {mine.length === 0 ? <p>{t.noIndicators}</p> : null}
      {withTarget.length > 0 ? (
        <>
          <p>{t.indicatorsIntro}</p>
          <ul className="card-grid">
            {withTarget.map((row) => (
              <IndicatorCard key={row.indicator.id} row={row} />
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3 className="district-indicators__others">{t.otherIndicatorsHeading}</h3>
          <ul className="card-grid">
            {others.map((row) => (
              <IndicatorCard key={row.indicator.id} row={row} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
