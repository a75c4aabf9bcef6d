import { SummaryPage } from '../../features/summary/summary-page';

/** /summary: the synergy scorecard and its one-page brief (src/features/summary). */
export function Component() {
  return <SummaryPage />;
}
