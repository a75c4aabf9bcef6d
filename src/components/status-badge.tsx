/**
 * The one status component used in every view: an icon (hidden from assistive technology) and
 * the label as visible text, in the status colour. The text always carries the meaning; the
 * icon's shape repeats it for quick scanning, and colour is a third cue, never the only one.
 *   achieved  check in a circle      on track  arrow along a line
 *   at risk   triangle with "!"      off track cross
 *   no data   dashed circle          overdue   clock (OverdueFlag, outline style)
 * Colours come from --status-* custom properties in ./status-badge.css (light, dark, print).
 */
import type { ReactElement } from 'react';
import { useLanguage } from '../i18n/language';
import type { TargetStatus } from '../core/status';
import { overdueLabel, statusLabel } from '../core/status-label';
import './status-badge.css';
import { LineIcon } from './line-icon';

export type StatusBadgeSize = 'sm' | 'md';

const ICON_PATHS: Record<TargetStatus, ReactElement> = {
  achieved: (
    <>
      <circle cx="10" cy="10" r="8" />
      <path d="M6.2 10.4l2.6 2.6 5-5.4" />
    </>
  ),
  'on-track': (
    <>
      <path d="M2 16h16" />
      <path d="M3 10h12" />
      <path d="M11.5 6.5L15 10l-3.5 3.5" />
    </>
  ),
  'at-risk': (
    <>
      <path d="M10 2.5L18.2 17H1.8z" />
      <path d="M10 8v3.6" />
      <path d="M10 14.4v.01" />
    </>
  ),
  'off-track': <path d="M5 5l10 10M15 5L5 15" />,
  'no-data': <circle cx="10" cy="10" r="8" strokeDasharray="3.03 2" />,
};

function Icon({ children }: { children: ReactElement }) {
  return (
    <LineIcon className="status-badge__icon" size={20} box={20}>
      {children}
    </LineIcon>
  );
}

/** The status's icon alone (aria-hidden), e.g. for a legend that explains the shapes next to their labels. */
export function StatusIcon({ status }: { status: TargetStatus }) {
  return <Icon>{ICON_PATHS[status]}</Icon>;
}

export interface StatusBadgeProps {
  status: TargetStatus;
  size?: StatusBadgeSize;
  className?: string;
}

/** `<StatusBadge status="on-track" />` → [arrow] I fas / On track. */
export function StatusBadge({ status, size = 'md', className }: StatusBadgeProps) {
  const language = useLanguage();
  const classes = ['status-badge', `status-badge--${status}`, `status-badge--${size}`, className].filter(Boolean).join(' ');
  return (
    <span className={classes} data-status={status}>
      <StatusIcon status={status} />
      <span className="status-badge__label">{statusLabel(status, language)}</span>
    </span>
  );
}

export interface OverdueFlagProps {
  size?: StatusBadgeSize;
  className?: string;
}

/** The overdue flag shown beside a status (or alone for an indicator with no target): [clock] Försenad uppdatering. */
export function OverdueFlag({ size = 'md', className }: OverdueFlagProps) {
  const language = useLanguage();
  const classes = ['status-badge', 'status-badge--overdue', `status-badge--${size}`, className].filter(Boolean).join(' ');
  return (
    <span className={classes} data-status="overdue">
      <Icon>
        <>
          <circle cx="10" cy="10" r="8" />
          <path d="M10 5.5V10l3 2" />
        </>
      </Icon>
      <span className="status-badge__label">{overdueLabel(language)}</span>
    </span>
  );
}
