/**
 * The "internal" mark beside everything that comes from the protected base: a lock icon
 * (hidden from assistive technology) and the word, so it never relies on the icon alone.
 */
import { useMessages } from '../i18n/messages';
import type { Indicator } from '../contract/schemas';
import { internalMessages } from './internal-messages';
import './internal.css';

export function InternalBadge({ className }: { className?: string }) {
  const t = useMessages(internalMessages);
  return (
    <span className={['internal-badge', className].filter(Boolean).join(' ')} title={t.internalHint} data-internal="true">
      <svg
        className="internal-badge__icon"
        viewBox="0 0 20 20"
        width="14"
        height="14"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
        focusable="false"
      >
        <rect x="4" y="9" width="12" height="9" rx="1.5" />
        <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
      </svg>
      <span className="internal-badge__label">{t.internal}</span>
    </span>
  );
}

/** The mark when the indicator is internal, nothing otherwise. */
export function InternalMark({ indicator, className }: { indicator: Pick<Indicator, 'visibility'>; className?: string }) {
  return indicator.visibility === 'internal' ? <InternalBadge {...(className ? { className } : {})} /> : null;
}
