import { IndicatorPage } from '../../features/indicators/components/indicator-page';

/** /indicators/:indicatorId: one indicator with chart, table, findings and downloads. */
export function Component() {
  return <IndicatorPage />;
}
