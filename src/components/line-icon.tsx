import type { ReactNode } from 'react';

/**
 * A decorative outline icon drawn with the current text colour. Hidden from assistive
 * technology: the text beside it always says the same (status, trend, action).
 */
export function LineIcon({ size = 16, box = 16, className, children }: { size?: number; box?: number; className?: string; children: ReactNode }) {
  return (
    <svg
      className={className}
      viewBox={`0 0 ${box} ${box}`}
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
