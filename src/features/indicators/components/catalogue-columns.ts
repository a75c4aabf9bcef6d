import { useMessages } from '../../../i18n/messages';
import { catalogueMessages } from '../catalogue-messages';
import type { SortKey } from '../utils/catalogue';

/** The sortable columns' labels (header buttons and the sort select say the same). */
export function useColumnLabels(): Record<SortKey, string> {
  const t = useMessages(catalogueMessages);
  return {
    indicator: t.colIndicator,
    domain: t.colDomain,
    district: t.colDistrict,
    latest: t.colLatest,
    period: t.colPeriod,
    trend: t.colTrend,
    target: t.colTarget,
    status: t.colStatus,
    forecast: t.colForecast,
  };
}
