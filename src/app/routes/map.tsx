import { MapPage } from '../../features/map/map-page';

/** /map: the pilot sites on a map and as a list (src/features/map). */
export function Component() {
  return <MapPage />;
}
