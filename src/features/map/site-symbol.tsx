import type { Domain, SiteStatus } from '../../contract/schemas';
import { DOMAIN_COLOURS, DOMAIN_SHAPES, HALO_COLOUR, NEUTRAL_COLOUR, STATUS_FILLS, shapePaths, type SiteFill, type SiteShape } from './site-symbols';

interface SymbolProps {
  shape: SiteShape;
  fill: SiteFill;
  colour: string;
  size?: number;
  className?: string;
}

/**
 * A site symbol as SVG (decorative: the text beside it always says the same thing). Like the
 * map's icons it has a light halo: invisible on a light page, it keeps dark fills (the neutral
 * "Klar" swatch) distinct from a dark-mode background (WCAG 1.4.11, ≥ 3:1).
 */
export function ShapeSymbol({ shape, fill, colour, size = 20, className }: SymbolProps) {
  const { outline, leftHalf } = shapePaths(shape, 20, 2);
  return (
    <svg className={['site-symbol', className].filter(Boolean).join(' ')} viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={outline} fill="none" stroke={HALO_COLOUR} strokeWidth="4" strokeLinejoin="round" />
      <path d={outline} fill={fill === 'full' ? colour : '#ffffff'} />
      {fill === 'half' ? <path d={leftHalf} fill={colour} /> : null}
      <path d={outline} fill="none" stroke={colour} strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

/** The symbol of a site as drawn on the map: its domain's shape and colour, filled by its status. */
export function SiteSymbol({ domain, status, size }: { domain: Domain; status: SiteStatus; size?: number }) {
  return <ShapeSymbol shape={DOMAIN_SHAPES[domain]} fill={STATUS_FILLS[status]} colour={DOMAIN_COLOURS[domain]} size={size} />;
}

/** A domain's shape and colour, filled (for the domain filter and the legend). */
export function DomainSymbol({ domain, size }: { domain: Domain; size?: number }) {
  return <ShapeSymbol shape={DOMAIN_SHAPES[domain]} fill="full" colour={DOMAIN_COLOURS[domain]} size={size} />;
}

/** A status's fill on a neutral circle (for the status filter and the legend). */
export function StatusSymbol({ status, size }: { status: SiteStatus; size?: number }) {
  return <ShapeSymbol shape="circle" fill={STATUS_FILLS[status]} colour={NEUTRAL_COLOUR} size={size} />;
}
