import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../i18n/language';

// Placeholder until the view's own issue lands.
export function Component() {
  const language = useLanguage();
  const title = language === 'sv' ? 'indicator (kommer snart)' : 'indicator (coming soon)';
  return (
    <div className="page">
      <PageHeading title={title} />
    </div>
  );
}
