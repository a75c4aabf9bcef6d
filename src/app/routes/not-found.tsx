import { commonMessages } from '../../components/common-messages';
import { LocalizedLink } from '../../components/localized-link';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../core/paths';
import { useMessages } from '../../i18n/messages';

export function Component() {
  const t = useMessages(commonMessages);
  return (
    <div className="page">
      <PageHeading title={t.notFoundTitle} />
      <p>{t.notFoundText}</p>
      <p>
        <LocalizedLink to={paths.start()}>{t.backToStart}</LocalizedLink>
      </p>
    </div>
  );
}
