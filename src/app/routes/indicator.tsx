import { IndicatorPage } from '../../features/indicators/components/indicator-page';

export function Component() {
  return <IndicatorPage />;
}
