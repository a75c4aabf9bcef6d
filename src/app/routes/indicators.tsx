import { CataloguePage } from '../../features/indicators/components/catalogue-page';

export function Component() {
  return <CataloguePage />;
}
