import { PageHeading } from '../../components/page-heading';
import { mapMessages } from '../../features/map/map-messages';
import { SiteExplorer } from '../../features/map/site-explorer';
import { useMessages } from '../../i18n/messages';

/** /map: the pilot sites on a map and as a list, with filters, legend and a panel per site. */
export function Component() {
  const t = useMessages(mapMessages);
  return (
    <div className="page page--map">
      <PageHeading title={t.title} />
      <p className="lead">{t.lead}</p>
      <SiteExplorer />
    </div>
  );
}
