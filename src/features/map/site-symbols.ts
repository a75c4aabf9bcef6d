/**
 * How a site is drawn, shared by the map icons, the legend, the filters and the list, so the
 * four always agree. Domain → shape AND colour; status → fill. Colour is never the only cue.
 *
 *   energy    circle    #c24e00 (Okabe–Ito vermillion, darkened)
 *   mobility  square    #0067a5 (Okabe–Ito blue, darkened)
 *   housing   diamond   #00785a (Okabe–Ito bluish green, darkened)
 *   completed full fill · in progress left half filled · planned empty (outline only)
 *
 * The colours come from the Okabe–Ito palette (distinct for the common colour-vision
 * deficiencies), darkened so each has ≥ 4.5:1 contrast against white and ≥ 3:1 against the
 * built-in light background (WCAG 1.4.11 non-text contrast). Every symbol also has a white halo,
 * so it stands out on any basemap, light or dark.
 */
import type { Domain, SiteStatus } from '../../contract/schemas';

export const DOMAINS: ReadonlyArray<Domain> = ['energy', 'mobility', 'housing'];
export const SITE_STATUSES: ReadonlyArray<SiteStatus> = ['completed', 'in-progress', 'planned'];

export type SiteShape = 'circle' | 'square' | 'diamond';
export type SiteFill = 'full' | 'half' | 'none';

export const DOMAIN_SHAPES: Readonly<Record<Domain, SiteShape>> = { energy: 'circle', mobility: 'square', housing: 'diamond' };
export const DOMAIN_COLOURS: Readonly<Record<Domain, string>> = { energy: '#c24e00', mobility: '#0067a5', housing: '#00785a' };
export const STATUS_FILLS: Readonly<Record<SiteStatus, SiteFill>> = { completed: 'full', 'in-progress': 'half', planned: 'none' };

/** Neutral colour for status-only symbols (legend, status filter) and for clusters. */
export const NEUTRAL_COLOUR = '#38434f';
export const HALO_COLOUR = '#ffffff';
/** The selected site's ring: the app's focus colour, so "selected" reads like "focused". */
export const SELECTED_COLOUR = '#c2410c';

/** The map icon's id for a domain and status, e.g. `site-energy-completed`. */
export function siteIconId(domain: Domain, status: SiteStatus): string {
  return `site-${domain}-${status}`;
}

/**
 * SVG paths for a symbol in a `size` × `size` box: the outline of the shape and, for the half
 * fill, its left half. Used by the legend and the list; the map draws the same geometry.
 */
export function shapePaths(shape: SiteShape, size: number, inset = 0): { outline: string; leftHalf: string } {
  const c = size / 2;
  const r = c - inset;
  const f = (value: number) => Number(value.toFixed(3));
  switch (shape) {
    case 'circle':
      return {
        outline: `M${f(c - r)} ${f(c)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`,
        leftHalf: `M${f(c)} ${f(c - r)}a${f(r)} ${f(r)} 0 0 0 0 ${f(2 * r)}Z`,
      };
    case 'square': {
      const s = r * SQUARE_SCALE;
      return {
        outline: `M${f(c - s)} ${f(c - s)}H${f(c + s)}V${f(c + s)}H${f(c - s)}Z`,
        leftHalf: `M${f(c - s)} ${f(c - s)}H${f(c)}V${f(c + s)}H${f(c - s)}Z`,
      };
    }
    case 'diamond':
      return {
        outline: `M${f(c)} ${f(c - r)}L${f(c + r)} ${f(c)}L${f(c)} ${f(c + r)}L${f(c - r)} ${f(c)}Z`,
        leftHalf: `M${f(c)} ${f(c - r)}V${f(c + r)}L${f(c - r)} ${f(c)}Z`,
      };
  }
}

/** A square of the same half-size as a circle looks bigger; shrink it so the shapes weigh the same. */
export const SQUARE_SCALE = 0.84;
