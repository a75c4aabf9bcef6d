import { StartPage } from '../../features/start/start-page';

/** /: the start page — headline indicators, the districts and where to go next (src/features/start). */
export function Component() {
  return <StartPage />;
}
