import { OverdueFlag, StatusBadge } from '../../../components/status-badge';
import { formatNumber, formatPeriod } from '../../../core/format';
import { lazy, Suspense } from 'react';
import { WhenHydrated } from '../../../components/when-hydrated';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import { describeStatusDetail } from '../../../lib/sentences/sentences';
import type { Indicator } from '../../../contract/schemas';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';
import { indicatorsMessages } from '../indicators-messages';
import { keyNumbersMessages } from '../key-numbers-messages';
import { ForecastFigure } from './forecast-note';

// The project's assessments load after the page, like its other late parts: the indicator page is
// the route nearest the 160 KB budget, and the status and numbers above them are what it must
// show first.
const TargetAssessments = lazy(() => import('../../../components/target-assessments'));

function Figure({
  label,
  value,
  period,
  unit,
  decimals,
  strong = false,
}: {
  label: string;
  value: number | undefined;
  period: string | undefined;
  unit: string;
  decimals: number;
  strong?: boolean;
}) {
  const t = useMessages(indicatorsMessages);
  const language = useLanguage();
  return (
    <div className={`key-numbers__figure${strong ? ' key-numbers__figure--latest' : ''}`}>
      <dt>{label}</dt>
      <dd>
        {value === undefined ? (
          <span className="muted">{t.noValue}</span>
        ) : (
          <>
            <span className="key-numbers__value">{formatNumber(value, language, decimals)}</span> <span className="key-numbers__unit">{unit}</span>
            {period ? (
              <span className="key-numbers__period">
                {' '}
                (<time dateTime={period}>{formatPeriod(period, language)}</time>)
              </span>
            ) : null}
          </>
        )}
      </dd>
    </div>
  );
}

/**
 * The indicator page's key figures (Grafana's stat panel, OWID's key numbers): per district the
 * latest value, the target and the baseline with their periods, and the status with the
 * overdue flag — the numbers the sentences and chart markers talk about, readable at a glance.
 */
export function KeyNumbers({ indicator, rows }: { indicator: Indicator; rows: ReadonlyArray<IndicatorAreaRow> }) {
  const t = useMessages(keyNumbersMessages);
  const shared = useMessages(indicatorsMessages);
  const language = useLanguage();
  const unit = pickText(indicator.unit, language);
  if (rows.length === 0) return null;
  return (
    <section className="key-numbers" aria-labelledby="key-numbers-heading">
      <h2 id="key-numbers-heading" className="visually-hidden">
        {t.keyNumbersHeading}
      </h2>
      <ul className="key-numbers__list">
        {rows.map((row) => (
          <li key={row.area.id} className="key-numbers__area">
            <h3 className="key-numbers__name">{pickText(row.area.properties.name, language)}</h3>
            {row.evaluation || row.overdue ? (
              <p className="key-numbers__status">
                {row.evaluation ? <StatusBadge status={row.evaluation.status} size="sm" /> : null}
                {row.overdue ? <OverdueFlag size="sm" /> : null}
              </p>
            ) : null}
            {row.target && row.evaluation?.status === 'achieved' ? (
              <p className="key-numbers__detail status-detail">
                {describeStatusDetail({ language, target: row.target, points: row.points, direction: indicator.direction })}
              </p>
            ) : null}
            <dl className="key-numbers__figures">
              <Figure label={t.keyLatest} value={row.latest?.value} period={row.latest?.period} unit={unit} decimals={indicator.decimals} strong />
              {row.target ? (
                <>
                  <Figure label={t.keyTarget} value={row.target.target.value} period={row.target.target.period} unit={unit} decimals={indicator.decimals} />
                  <Figure
                    label={t.keyBaseline}
                    value={row.target.baseline.value}
                    period={row.target.baseline.period}
                    unit={unit}
                    decimals={indicator.decimals}
                  />
                  <ForecastFigure row={row} />
                </>
              ) : (
                <div className="key-numbers__figure">
                  <dt>{t.keyTarget}</dt>
                  <dd className="muted">{shared.noTarget}</dd>
                </div>
              )}
            </dl>
            {row.target ? (
              <WhenHydrated>
                <Suspense fallback={null}>
                  <TargetAssessments target={row.target} />
                </Suspense>
              </WhenHydrated>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
