import { CataloguePage } from '../../features/indicators/components/catalogue-page';

/** /indicators: the indicator catalogue (src/features/indicators). */
export function Component() {
  return <CataloguePage />;
}
