import { DownloadButtons } from '../../components/download-buttons';
import { domainMessages } from '../../components/domain-messages';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { useMeta } from '../../lib/api/hooks';
import { useToday } from '../../lib/clock';
import { toCsv } from '../../lib/downloads/files';
import type { Scorecard } from './scorecard';
import { useComparisonLabels } from './summary-controls';
import { summaryMessages } from './summary-messages';
import type { SummaryState } from './url-state';

// The builders (./xlsx-comparison) are imported when a button is pressed, so the summary's own
// JavaScript only gains the buttons.
const builders = () => import('./xlsx-comparison');

/** Excel, CSV and JSON of the comparison as shown (domain and comparison mode included); `viewUrl` is the page's share link. */
export function ComparisonDownloads({ scorecard, state, viewUrl }: { scorecard: Scorecard; state: SummaryState; viewUrl: string }) {
  const t = useMessages(summaryMessages);
  const domains = useMessages(domainMessages);
  const language = useLanguage();
  const metaData = useMeta().data;
  const today = useToday();
  const modeLabels = useComparisonLabels();
  const mode = state.compare;
  const rowCount = scorecard.goals.reduce((sum, goal) => sum + goal.rows.reduce((cells, row) => cells + row.cells.length, 0), 0);
  const records = async () => {
    const { comparisonLines, comparisonRecords } = await builders();
    return comparisonRecords(comparisonLines(scorecard, mode), mode, language);
  };
  return (
    <section className="summary-downloads no-print" aria-labelledby="summary-downloads-heading">
      <h2 id="summary-downloads-heading">{t.downloadHeading}</h2>
      <DownloadButtons
        baseName={`summary_${state.domain ?? 'all'}_${mode}`}
        rowCount={rowCount}
        excel={
          metaData
            ? async () =>
                (await builders()).comparisonWorkbook({
                  scorecard,
                  mode,
                  modeLabel: modeLabels[mode],
                  domainLabel: state.domain ? domains[state.domain] : t.domainAll,
                  meta: metaData,
                  language,
                  viewUrl,
                  downloaded: today,
                })
            : undefined
        }
        csv={async () => toCsv(await records(), (await builders()).COMPARISON_COLUMNS)}
        json={async () => {
          const rows = await records();
          return { language, domain: state.domain ?? null, comparison: mode, count: rows.length, rows };
        }}
      />
    </section>
  );
}
