/**
 * The map's site icons, drawn in plain TypeScript into RGBA pixels for `map.addImage` — no
 * sprite download, no canvas (so it is testable in node), and the same geometry as the SVG
 * symbols of the legend and list (./site-symbols.ts). Each icon is the domain's shape in the
 * domain's colour, filled by status, with a white halo. Pixels are anti-aliased with signed
 * distance functions.
 */
import { HALO_COLOUR, SQUARE_SCALE, type SiteFill, type SiteShape } from './site-symbols';

export interface RasterImage {
  width: number;
  height: number;
  /** RGBA, not premultiplied, row by row from the top left. */
  data: Uint8ClampedArray;
}

export interface IconGeometry {
  /** The icon's box in CSS pixels. */
  box: number;
  /** Half the width of the shape (circle radius), CSS pixels. */
  radius: number;
  /** The coloured outline inside the shape's edge. */
  border: number;
  /** The white halo outside the shape's edge. */
  halo: number;
}

/** 26 px box: an 18 px shape, a 2.5 px outline and a 2 px halo (the hit area on the map is 44 px). */
export const ICON_GEOMETRY: IconGeometry = { box: 26, radius: 9, border: 2.5, halo: 2 };

/** Signed distance from the shape's edge in CSS pixels: negative inside, positive outside. */
export function shapeDistance(shape: SiteShape, x: number, y: number, radius: number): number {
  switch (shape) {
    case 'circle':
      return Math.hypot(x, y) - radius;
    case 'square': {
      const half = radius * SQUARE_SCALE;
      const qx = Math.abs(x) - half;
      const qy = Math.abs(y) - half;
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
    }
    case 'diamond':
      return (Math.abs(x) + Math.abs(y) - radius) / Math.SQRT2;
  }
}

function parseHex(colour: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!match?.[1]) throw new RangeError(`Expected a #rrggbb colour, got "${colour}"`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const mix = (a: number, b: number, t: number) => a + (b - a) * t;

export interface SiteIconInput {
  shape: SiteShape;
  fill: SiteFill;
  colour: string;
  pixelRatio?: number;
  geometry?: IconGeometry;
}

/** The icon as pixels, `box × pixelRatio` square; pass `pixelRatio` on to `addImage`. */
export function rasteriseSiteIcon({ shape, fill, colour, pixelRatio = 2, geometry = ICON_GEOMETRY }: SiteIconInput): RasterImage {
  const size = Math.round(geometry.box * pixelRatio);
  const data = new Uint8ClampedArray(size * size * 4);
  const ink = parseHex(colour);
  const halo = parseHex(HALO_COLOUR);
  const centre = size / 2;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      // Pixel centre in CSS pixels relative to the icon's centre.
      const x = (column + 0.5 - centre) / pixelRatio;
      const y = (row + 0.5 - centre) / pixelRatio;
      // Distances in device pixels, so anti-aliasing spans one device pixel.
      const d = shapeDistance(shape, x, y, geometry.radius) * pixelRatio;
      const alpha = clamp01(0.5 - (d - geometry.halo * pixelRatio));
      if (alpha === 0) continue;
      const ringWeight = clamp01(0.5 - d);
      const interiorWeight = clamp01(0.5 - (d + geometry.border * pixelRatio));
      const interiorInk = fill === 'full' ? 1 : fill === 'none' ? 0 : clamp01(0.5 - (column + 0.5 - centre));
      const offset = (row * size + column) * 4;
      for (let channel = 0; channel < 3; channel++) {
        const ring = mix(halo[channel] ?? 255, ink[channel] ?? 0, ringWeight);
        const interior = mix(halo[channel] ?? 255, ink[channel] ?? 0, interiorInk);
        data[offset + channel] = Math.round(mix(ring, interior, interiorWeight));
      }
      data[offset + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}
