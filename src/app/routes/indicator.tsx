import { IndicatorPage, preloadIndicatorPageParts } from '../../features/indicators/components/indicator-page';

// The parts that hydrate after the page load beside it, not after it has rendered.
preloadIndicatorPageParts();

/** /indicators/:indicatorId: one indicator with chart, table, findings and downloads. */
export function Component() {
  return <IndicatorPage />;
}
