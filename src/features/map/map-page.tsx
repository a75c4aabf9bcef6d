import { PageHeading } from '../../components/page-heading';
import { useMessages } from '../../i18n/messages';
import { mapMessages } from './map-messages';
import { SiteExplorer } from './site-explorer';

/** /map: the pilot sites on a map and as a list, with filters, legend and a panel per site. */
export function MapPage() {
  const t = useMessages(mapMessages);
  return (
    <div className="page page--map">
      <PageHeading title={t.title} />
      <p className="lead">{t.lead}</p>
      <SiteExplorer />
    </div>
  );
}
