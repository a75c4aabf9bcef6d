import { useMessages } from '../i18n/messages';
import { commonMessages } from './common-messages';

/** A skeleton of the layout to come, with an announced text; `lines` sets its height. */
export function Loading({ lines = 4 }: { lines?: number }) {
  const t = useMessages(commonMessages);
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t.loading}</span>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}
