import { isDataDocumentError } from '../contract/errors';
import { useMessages } from '../i18n/messages';
import { commonMessages } from './common-messages';

interface DataErrorProps {
  error: Error;
  onRetry?: () => void;
}

/** Fails one view with the failing document's name and the first problem, in plain words. */
export function DataError({ error, onRetry }: DataErrorProps) {
  const t = useMessages(commonMessages);
  const documentError = isDataDocumentError(error) ? error : undefined;
  const explanation = (() => {
    switch (documentError?.kind) {
      case 'http':
        return t.dataErrorHttp(String(documentError.status ?? ''));
      case 'network':
        return t.dataErrorNetwork;
      case 'invalid-json':
        return t.dataErrorJson;
      case 'schema':
        return t.dataErrorSchema(documentError.path || '/');
      case 'unsupported-version':
        return t.dataErrorVersion;
      default:
        return t.dataErrorOther;
    }
  })();
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{documentError ? t.dataErrorTitle(documentError.documentName) : t.routeErrorTitle}</h2>
      <p>{explanation}</p>
      <details>
        <summary>{t.technicalDetails}</summary>
        <code className="notice__code">{error.message}</code>
      </details>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.tryAgain}
        </button>
      )}
    </div>
  );
}
