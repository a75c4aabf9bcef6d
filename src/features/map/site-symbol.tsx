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
 * map's icons it has a light halo: invisible on a light page, it keeps dark fills distinct from a
 * dark-mode background (WCAG 1.4.11, ≥ 3:1). The parts carry classes so that dark mode (map.css)
 * can keep "unfilled" looking unfilled (the page shows through, not a white disc) and draw the
 * neutral status swatches in the text colour.
 */
export function ShapeSymbol({ shape, fill, colour, size = 20, className }: SymbolProps) {
  const { outline, leftHalf } = shapePaths(shape, 20, 2);
  return (
    <svg className={['site-symbol', className].filter(Boolean).join(' ')} viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" focusable="false">
      <path className="site-symbol__halo" d={outline} fill="none" stroke={HALO_COLOUR} strokeWidth="4" strokeLinejoin="round" />
      <path className={fill === 'full' ? 'site-symbol__fill' : 'site-symbol__empty'} d={outline} fill={fill === 'full' ? colour : '#ffffff'} />
      {fill === 'half' ? <path className="site-symbol__fill" d={leftHalf} fill={colour} /> : null}
      <path className="site-symbol__outline" d={outline} fill="none" stroke={colour} strokeWidth="2" strokeLinejoin="round" />
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
  return <ShapeSymbol shape="circle" fill={STATUS_FILLS[status]} colour={NEUTRAL_COLOUR} size={size} className="site-symbol--neutral" />;
}
