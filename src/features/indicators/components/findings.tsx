import { useMemo } from 'react';
import { OverdueFlag, StatusBadge } from '../../../components/status-badge';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import type { Indicator } from '../../../contract/schemas';
import { describeIndicator, describeStatusDetail } from '../../../lib/sentences/sentences';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';
import { indicatorsMessages } from '../indicators-messages';
import { firstSentence } from '../utils/first-sentence';
import { ForecastNote } from './forecast-note';

/**
 * The finding first: per district, its status (text and icon, with the overdue flag) and the
 * generated sentence — the change since the baseline (or the first value) and the target.
 */
export function Findings({ indicator, rows, compact = false }: { indicator: Indicator; rows: ReadonlyArray<IndicatorAreaRow>; compact?: boolean }) {
  const language = useLanguage();
  const t = useMessages(indicatorsMessages);
  // Memoised: a long series makes each sentence cost a sort, and the page re-renders on every view change.
  const sentences = useMemo(() => {
    const subject = pickText(indicator.name, language);
    const unit = pickText(indicator.unit, language);
    return rows.map((row) => ({
      // The margin only: when an achieved target was reached is in the sentence itself.
      detail:
        row.target && row.evaluation?.status !== 'achieved'
          ? describeStatusDetail({ language, target: row.target, points: row.points, direction: indicator.direction })
          : undefined,
      finding: describeIndicator({
        language,
        subject,
        areaName: pickText(row.area.properties.name, language),
        unit,
        decimals: indicator.decimals,
        direction: indicator.direction,
        points: row.points,
        target: row.target,
      }),
    }));
  }, [indicator, rows, language]);
  const list = (
    <ul className="findings" aria-label={t.findingsLabel}>
      {rows.map((row, index) => (
        <li key={row.area.id} className="findings__item">
          {row.evaluation || row.overdue ? (
            <span className="findings__status">
              {row.evaluation ? <StatusBadge status={row.evaluation.status} /> : null}
              {row.overdue ? <OverdueFlag /> : null}
            </span>
          ) : null}
          <p className="findings__sentence">{sentences[index]?.finding}</p>
          {sentences[index]?.detail ? <p className="findings__detail status-detail">{sentences[index].detail}.</p> : null}
          <ForecastNote indicator={indicator} row={row} />
        </li>
      ))}
    </ul>
  );
  const first = rows[0];
  const lead = sentences[0] ? firstSentence(sentences[0].finding) : undefined;
  if (!compact || !first || lead === undefined) return list;
  // Phones: the conclusion first — the first district's status and first sentence —
  // and every finding one tap away, so the chart starts on the first screen.
  return (
    <div className="findings-compact">
      <p className="findings-compact__lead">
        {first.evaluation || first.overdue ? (
          <span className="findings__status">
            {first.evaluation ? <StatusBadge status={first.evaluation.status} size="sm" /> : null}
            {first.overdue ? <OverdueFlag size="sm" /> : null}
          </span>
        ) : null}{' '}
        {lead}
      </p>
      <details className="indicator-fold">
        <summary>{t.findingsMore}</summary>
        {list}
      </details>
    </div>
  );
}
