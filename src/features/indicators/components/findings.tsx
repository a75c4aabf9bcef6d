import { useMemo } from 'react';
import { OverdueFlag, StatusBadge } from '../../../components/status-badge';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../i18n/text';
import type { Indicator } from '../../../lib/api/schemas';
import { describeIndicator, describeStatusDetail } from '../../../lib/sentences/sentences';
import type { IndicatorAreaRow } from '../../../lib/status/indicator-rows';
import { indicatorsMessages } from '../indicators-messages';

/**
 * The finding first: per district, its status (text and icon, with the overdue flag) and the
 * generated sentence — the change since the baseline (or the first value) and the target.
 */
export function Findings({ indicator, rows }: { indicator: Indicator; rows: ReadonlyArray<IndicatorAreaRow> }) {
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
  return (
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
        </li>
      ))}
    </ul>
  );
}
