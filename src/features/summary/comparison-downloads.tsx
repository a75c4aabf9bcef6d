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
import { COMPARISON_COLUMNS, comparisonLines, comparisonRecords, comparisonWorkbook } from './xlsx-comparison';
import { summaryXlsxMessages } from './xlsx-messages';

/** Excel, CSV and JSON of the comparison as shown (domain and comparison mode included); `viewUrl` is the page's share link. */
export function ComparisonDownloads({ scorecard, state, viewUrl }: { scorecard: Scorecard; state: SummaryState; viewUrl: string }) {
  const t = useMessages(summaryXlsxMessages);
  const summary = useMessages(summaryMessages);
  const domains = useMessages(domainMessages);
  const language = useLanguage();
  const meta = useMeta();
  const today = useToday();
  const modeLabels = useComparisonLabels();
  const lines = comparisonLines(scorecard, state.compare);
  const baseName = `summary_${state.domain ?? 'all'}_${state.compare}`;
  return (
    <section className="summary-downloads no-print" aria-labelledby="summary-downloads-heading">
      <h2 id="summary-downloads-heading">{t.downloadHeading}</h2>
      <DownloadButtons
        baseName={baseName}
        rowCount={lines.length}
        excel={
          meta.data
            ? () =>
                comparisonWorkbook({
                  scorecard,
                  mode: state.compare,
                  modeLabel: modeLabels[state.compare],
                  domainLabel: state.domain ? domains[state.domain] : summary.domainAll,
                  meta: meta.data,
                  language,
                  viewUrl,
                  downloaded: today,
                })
            : undefined
        }
        csv={() => toCsv(comparisonRecords(lines, state.compare, language), COMPARISON_COLUMNS)}
        json={() => ({ language, domain: state.domain ?? null, comparison: state.compare, count: lines.length, rows: comparisonRecords(lines, state.compare, language) })}
      />
    </section>
  );
}
