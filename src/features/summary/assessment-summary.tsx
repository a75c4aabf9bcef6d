/**
 * The project's own word on the summary: the headline count of the targets shown ("Projektets
 * bedömning: 6 nås helt, 4 delvis, 2 inte") and, per target cell, the latest expected result
 * beside the computed status. Both come from goals.json `assessments`; the status is never
 * changed by them.
 */
import { ExpectedBadge } from '../../components/expected-badge';
import { assessmentMessages } from '../../components/assessment-messages';
import { formatAssessmentDate } from '../../components/target-assessments';
import { countExpected, latestAssessment } from '../../core/assessments';
import { formatNumber } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import type { Target } from '../../contract/schemas';
import type { Scorecard } from './scorecard';
import './assessment-summary.css';

/** The targets the scorecard shows (after the domain filter), so the count adds up with the status counts. */
function shownTargets(scorecard: Scorecard): Target[] {
  return scorecard.goals.flatMap((card) => card.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.target ? [cell.target] : []))));
}

export function ExpectedHeadline({ scorecard }: { scorecard: Scorecard }) {
  const t = useMessages(assessmentMessages);
  const language = useLanguage();
  const targets = shownTargets(scorecard);
  if (!targets.some((target) => (target.assessments ?? []).length > 0)) return null;
  const counts = countExpected([{ targets }]);
  const n = (value: number) => formatNumber(value, language);
  return (
    <p className="summary-overall__expected" data-expected-headline="true">
      {t.headline(n(counts.fully), n(counts.partly), n(counts.not))}
    </p>
  );
}

/** Beside a cell's status badge: the latest expected result, with its date for the reader (not for the eye). */
export function CellExpected({ target }: { target: Pick<Target, 'assessments'> | undefined }) {
  const t = useMessages(assessmentMessages);
  const language = useLanguage();
  const latest = latestAssessment(target?.assessments);
  if (!latest) return null;
  return (
    <span className="target-cell__expected" title={`${t.heading}, ${formatAssessmentDate(latest.date, language)}`}>
      <span className="visually-hidden">{t.expectedPrefix} </span>
      <ExpectedBadge expected={latest.expected} />
    </span>
  );
}
