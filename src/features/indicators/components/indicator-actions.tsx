import type { RefObject } from 'react';
import { DownloadButtons } from '../../../components/download-buttons';
import type { Indicator, Target } from '../../../contract/schemas';
import { useLanguage } from '../../../i18n/language';
import { useMeta } from '../../../lib/api/hooks';
import { useToday } from '../../../lib/clock';
import { toCsv } from '../../../lib/downloads/files';
import { useViewUrl } from '../../../lib/downloads/use-view-url';
import { countValueRows, downloadBaseName } from '../utils/download-name';
import type { SeriesInfo } from '../utils/describe-series';
import { SharePanel } from './share-panel';

// The files' builders load on the first download (the buttons themselves need only the name and count).
const loadExport = () => import('../utils/indicator-export');

interface IndicatorActionsProps {
  indicator: Indicator;
  indicatorName: string;
  visible: ReadonlyArray<SeriesInfo>;
  from: number;
  to: number;
  targets: ReadonlyArray<Target>;
  /** The view's parameters written out in full (see SharePanel). */
  viewQuery: string;
  /** The chart's figure, drawn into the image downloads. */
  figureRef: RefObject<HTMLElement | null>;
}

/**
 * The indicator page's downloads (CSV, Excel, JSON, chart image) and share panel. Hydrated after
 * the page (indicator-page.tsx): a reader's first moments are the finding and the chart.
 */
export function IndicatorActions({ indicator, indicatorName, visible, from, to, targets, viewQuery, figureRef }: IndicatorActionsProps) {
  const language = useLanguage();
  const metaData = useMeta().data;
  const today = useToday();
  const viewUrl = useViewUrl();
  return (
    <div className="indicator-figure__actions">
      <DownloadButtons
        baseName={downloadBaseName(indicator.id, from, to)}
        rowCount={countValueRows(visible, from, to)}
        excel={
          metaData
            ? async () =>
                // The builder is imported on demand, like the writer.
                (await import('../utils/xlsx-indicator')).indicatorWorkbook({
                  indicator,
                  visible,
                  rows: (await loadExport()).valueRows(visible, from, to),
                  from,
                  to,
                  meta: metaData,
                  language,
                  viewUrl: viewUrl(),
                  downloaded: today,
                })
            : undefined
        }
        csv={async () => {
          const { VALUE_COLUMNS, valueRecords, valueRows } = await loadExport();
          return toCsv(valueRecords(indicator, valueRows(visible, from, to), language), VALUE_COLUMNS);
        }}
        json={async () => (await loadExport()).viewJson(indicator, visible, targets, { from, to }, language)}
        image={async (format) => {
          const figure = figureRef.current;
          if (!figure) throw new Error('no chart');
          return (await import('../utils/chart-image')).chartImageBlob(format, { figure, indicator, meta: metaData, language, url: viewUrl() });
        }}
      />
      <SharePanel indicatorId={indicator.id} indicatorName={indicatorName} search={viewQuery} internal={indicator.visibility === 'internal'} />
    </div>
  );
}
