import { AboutPage } from '../../features/about/about-page';

/** /about: the dataset, its sources, how status is computed and the accessibility statement. */
export function Component() {
  return <AboutPage />;
}
