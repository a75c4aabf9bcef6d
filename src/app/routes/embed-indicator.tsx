import { EmbedPage } from '../../features/indicators/components/embed-page';

/** /embed/indicators/:indicatorId: only the chart, for embedding in other sites. */
export function Component() {
  return <EmbedPage />;
}
