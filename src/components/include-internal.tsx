/**
 * "Include internal indicators" for what leaves the screen (the print brief, embeds): internal
 * indicators go there only when a signed-in project lead ticks the box, and the print then says
 * so on every page (a fixed element repeats on each printed page).
 */
import { useEffect, useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMessages } from '../i18n/messages';
import { useInternalAccess } from '../lib/api/internal-access';
import { internalMessages } from './internal-messages';
import './internal.css';

/** True while the browser prints: views re-render without internal data before the page is laid out. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function IncludeInternalToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useMessages(internalMessages);
  const access = useInternalAccess();
  const hintId = useId();
  if (access.status !== 'signed-in') return null;
  return (
    <p className="include-internal no-print">
      <label>
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hintId} /> {t.includeInternal}
      </label>{' '}
      <span id={hintId} className="muted">
        {t.includeInternalHint}
      </span>
    </p>
  );
}

/** Printed at the top of every page when internal indicators are included. */
export function PrintInternalNotice({ show }: { show: boolean }) {
  const t = useMessages(internalMessages);
  const access = useInternalAccess();
  if (!show || access.status !== 'signed-in') return null;
  return <p className="print-internal-notice">{t.printIncludesInternal}</p>;
}
