import { EmbedPage } from '../../features/indicators/components/embed-page';

export function Component() {
  return <EmbedPage />;
}
