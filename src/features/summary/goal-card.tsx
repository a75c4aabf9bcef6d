import { InternalBadge } from '../../components/internal-badge';
import { useInternalTargetKeys } from '../../lib/api/hooks';
import { targetKey } from '../../lib/api/internal-merge';
import { LocalizedLink } from '../../components/localized-link';
import { OverdueFlag, StatusBadge } from '../../components/status-badge';
import { paths } from '../../core/paths';
import { formatPeriod } from '../../core/format';
import { useLanguage, type Language } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText, textLanguage } from '../../core/text';
import { describeStatusDetail } from '../../lib/sentences/sentences';
import type { LocalizedText } from '../../contract/schemas';
import { comparisonFor, compareValues, type ComparedValue, type ComparisonMode } from './comparison';
import type { ScorecardCell, ScorecardGoal, ScorecardRow } from './scorecard';
import { summaryMessages } from './summary-messages';
import {
  describeAsIs,
  describeDivision,
  describeMissingDenominator,
  describeTargetCell,
  describeUndatedDenominator,
  formatCompared,
  nextValueWorthSaying,
} from './summary-sentences';
import { ProgressBar } from './progress-bar';
import { CellExpected } from './assessment-summary';
import { ForecastLine } from './forecast-line';

/** `lang` for text from the data only when it fell back to the other language. */
function langOf(text: LocalizedText | undefined, language: Language): Language | undefined {
  const used = textLanguage(text, language);
  return used === language ? undefined : used;
}

function CellValue({ cell, value, row }: { cell: ScorecardCell; value: ComparedValue; row: ScorecardRow }) {
  const t = useMessages(summaryMessages);
  const language = useLanguage();
  const unit = pickText(row.indicator.unit, language);
  const areaName = pickText(cell.area.properties.name, language);
  if (value.kind === 'no-value' || !cell.latest) return <p className="target-cell__value muted">{t.noValue}</p>;
  if (value.kind === 'missing-denominator') {
    return <p className="target-cell__value target-cell__missing">{describeMissingDenominator(value.denominator, areaName, language)}</p>;
  }
  if (value.kind === 'undated-denominator') {
    return <p className="target-cell__value target-cell__missing">{describeUndatedDenominator(value.denominator, areaName, language)}</p>;
  }
  // A divided value may be of another period than the latest (the denominator's year, or the nearest).
  const period = value.kind === 'divided' ? value.period : cell.latest.period;
  return (
    <>
      <p className="target-cell__value">
        <span className="muted target-cell__label">{t.latestValue}:</span> <strong className="tabular">{formatCompared(value, unit, language)}</strong>{' '}
        <span className="muted">({formatPeriod(period, language)})</span>
      </p>
      {value.kind === 'divided' ? (
        <p className={`target-cell__division muted${value.nearest ? ' target-cell__division--nearest' : ''}`}>
          {describeDivision(value, unit, row.indicator.decimals, language)}
        </p>
      ) : null}
    </>
  );
}

/** Beside the badge: when an achieved target was reached, or the distance from the plan against the tolerance. */
function StatusDetail({ target, cell, row }: { target: NonNullable<ScorecardCell['target']>; cell: ScorecardCell; row: ScorecardRow }) {
  const language = useLanguage();
  const detail = describeStatusDetail({ language, target, points: cell.points, direction: row.indicator.direction });
  return detail ? <p className="target-cell__detail status-detail">{detail}.</p> : null;
}

function TargetCell({ cell, value, row, headingId }: { cell: ScorecardCell; value: ComparedValue; row: ScorecardRow; headingId: string }) {
  const t = useMessages(summaryMessages);
  const language = useLanguage();
  const { indicator } = row;
  const { evaluation, target } = cell;
  const areaName = pickText(cell.area.properties.name, language);
  return (
    <div className={`target-cell${evaluation ? '' : ' target-cell--none'}`} role="group" aria-labelledby={headingId}>
      <div className="target-cell__head">
        <h4 id={headingId} className="target-cell__area" lang={langOf(cell.area.properties.name, language)}>
          {areaName}
        </h4>
        {evaluation ? <StatusBadge status={evaluation.status} size="sm" /> : <span className="target-cell__none">{t.noTarget}</span>}
        {evaluation?.overdue ? <OverdueFlag size="sm" /> : null}
        <CellExpected target={target} />
      </div>
      {/* The margin beside the badge; when an achieved target was reached is in the finding below. */}
      {evaluation && target && evaluation.status !== 'achieved' ? <StatusDetail target={target} cell={cell} row={row} /> : null}
      {cell.forecast ? <ForecastLine forecast={cell.forecast} /> : null}
      <CellValue cell={cell} value={value} row={row} />
      {evaluation && target ? (
        <>
          <ProgressBar
            status={evaluation.status}
            progress={evaluation.progress}
            plan={evaluation.expected}
            planPeriod={evaluation.latest?.period}
            nextPeriod={nextValueWorthSaying({
              latestPeriod: evaluation.latest?.period,
              frequency: indicator.frequency,
              plan: evaluation.expected,
              planToday: evaluation.expectedToday,
              overdue: evaluation.overdue,
              status: evaluation.status,
            })}
            baselinePeriod={target.baseline.period}
            targetPeriod={target.target.period}
          />
          <p className="target-cell__sentence">
            {describeTargetCell({
              language,
              subject: pickText(indicator.name, language),
              unit: pickText(indicator.unit, language),
              decimals: indicator.decimals,
              direction: indicator.direction,
              points: cell.points,
              target,
              overdue: evaluation.overdue,
              latestPeriod: cell.latest?.period,
            })}
          </p>
        </>
      ) : null}
    </div>
  );
}

/** A reference area beside the districts: its value in the same comparison mode, no status. */
function ReferenceCell({ cell, value, row, headingId }: { cell: ScorecardCell; value: ComparedValue; row: ScorecardRow; headingId: string }) {
  const t = useMessages(summaryMessages);
  const language = useLanguage();
  return (
    <div className="target-cell target-cell--none target-cell--reference" role="group" aria-labelledby={headingId}>
      <div className="target-cell__head">
        <h4 id={headingId} className="target-cell__area" lang={langOf(cell.area.properties.name, language)}>
          {t.referenceName(pickText(cell.area.properties.name, language))}
        </h4>
        <span className="target-cell__none">{t.referenceNoStatus}</span>
      </div>
      <CellValue cell={cell} value={value} row={row} />
    </div>
  );
}

function TargetRow({ row, mode, idPrefix, goalId }: { row: ScorecardRow; mode: ComparisonMode; idPrefix: string; goalId: string }) {
  const language = useLanguage();
  const internalTargets = useInternalTargetKeys();
  const { indicator } = row;
  const references = row.references ?? [];
  // One call for districts and reference areas, so they share one precision.
  const allValues = compareValues(
    indicator,
    [...row.cells, ...references].map((cell) => ({ area: cell.area, value: cell.latest?.value, points: cell.points })),
    mode,
  );
  const values = allValues.slice(0, row.cells.length);
  const referenceValues = allValues.slice(row.cells.length);
  const applies = comparisonFor(indicator, mode);
  const headingId = `${idPrefix}-${indicator.id}`;
  const internal = indicator.visibility === 'internal' || row.cells.some((cell) => internalTargets.has(targetKey(goalId, indicator.id, cell.area.id)));
  return (
    <section className="target-row" aria-labelledby={headingId} data-internal-row={internal ? 'true' : undefined}>
      <div className="target-row__head">
        <h3 id={headingId} className="target-row__title">
          <LocalizedLink to={paths.indicator(indicator.id)}>{pickText(indicator.name, language)}</LocalizedLink>{' '}
          <span className="target-row__unit">({pickText(indicator.unit, language)})</span>
          {internal ? <InternalBadge /> : null}
        </h3>
        {!applies.divisible && applies.reason !== 'absolute' ? <p className="target-row__note muted">{describeAsIs(applies.reason, language)}</p> : null}
      </div>
      <div className="target-row__cells">
        {row.cells.map((cell, index) => (
          <TargetCell key={cell.area.id} cell={cell} row={row} value={values[index] ?? { kind: 'no-value' }} headingId={`${headingId}-${cell.area.id}`} />
        ))}
        {references.map((cell, index) => (
          <ReferenceCell
            key={cell.area.id}
            cell={cell}
            row={row}
            value={referenceValues[index] ?? { kind: 'no-value' }}
            headingId={`${headingId}-${cell.area.id}`}
          />
        ))}
      </div>
    </section>
  );
}

/** One synergy goal: its title and summary, then one row per indicator with the districts side by side. */
export function GoalCard({ card, mode }: { card: ScorecardGoal; mode: ComparisonMode }) {
  const language = useLanguage();
  const { goal } = card;
  const headingId = `goal-${goal.id}`;
  return (
    <article className="goal-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="goal-card__title" lang={langOf(goal.title, language)}>
        {pickText(goal.title, language)}
      </h2>
      {goal.summary ? (
        <p className="goal-card__summary" lang={langOf(goal.summary, language)}>
          {pickText(goal.summary, language)}
        </p>
      ) : null}
      {card.rows.map((row) => (
        <TargetRow key={row.indicator.id} row={row} mode={mode} idPrefix={headingId} goalId={goal.id} />
      ))}
    </article>
  );
}
