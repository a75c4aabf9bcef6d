import { isRouteErrorResponse, useRouteError } from 'react-router';
import { DataError } from '../components/data-error';
import { LocalizedLink } from '../components/localized-link';
import { PageHeading } from '../components/page-heading';
import { commonMessages } from '../components/common-messages';
import { useMessages } from '../i18n/messages';
import { paths } from '../core/paths';

/** The error boundary of every route: the failing page says so; header and navigation stay. */
export function RouteError() {
  const error = useRouteError();
  const t = useMessages(commonMessages);
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <div className="page">
        <PageHeading title={t.notFoundTitle} />
        <p>{t.notFoundText}</p>
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeading title={t.routeErrorTitle} />
      <p>{t.routeErrorText}</p>
      {error instanceof Error ? <DataError error={error} /> : null}
      <p>
        <LocalizedLink to={paths.start()}>{t.backToStart}</LocalizedLink>
      </p>
    </div>
  );
}
