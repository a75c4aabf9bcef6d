import { AreaPage } from '../../features/areas/area-page';
import { SiteExplorer } from '../../features/map/site-explorer';

/** /areas/:areaId: one district's page; its sites section is the map feature's explorer. */
export function Component() {
  return <AreaPage renderSites={(areaId) => <SiteExplorer areaId={areaId} />} />;
}
