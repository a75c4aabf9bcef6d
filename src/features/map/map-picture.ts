/**
 * The map's stand-in as data: district outlines, one dot per occupied cell of sites and the
 * districts' names, all in one projection so districts keep their true places and sizes. Drawn
 * as plain SVG by `MapPreview` until the reader asks for the real map: the map engine's start-up is the largest task of any page.
 */
import type { AreaFeature, SiteFeature } from '../../contract/schemas';
import { fitProjection, projectedOutline } from '../../lib/geo/outline';
import { boundingBox, isEmptyBox, polygonRings, type Position } from '../../contract/positions';
import { areaLabelAnchor, siteAnchor } from './geometry';

export interface PictureOptions {
  width: number;
  height: number;
  /** Space kept free on every side. */
  padding: number;
  /**
   * Sites closer than this (in picture units) share one dot: a phone shows no more, and
   * 100 000 sites stay a few thousand SVG nodes.
   */
  cell: number;
  /** Size of the names, for keeping them inside the picture. */
  fontSize: number;
}

export interface MapPicture {
  width: number;
  height: number;
  outlines: ReadonlyArray<{ id: string; d: string }>;
  dots: ReadonlyArray<{ x: number; y: number }>;
  /** A name longer than the picture is wide gets a smaller font. */
  labels: ReadonlyArray<{ id: string; text: string; x: number; y: number; fontSize: number }>;
}

/** A rough width of a line of text, for keeping it inside the picture (no font metrics on the server). */
const AVERAGE_GLYPH_WIDTH = 0.62; // bold sans-serif, a little generous

const round = (value: number) => Math.round(value * 10) / 10;

export function mapPicture(
  areas: ReadonlyArray<AreaFeature>,
  sites: ReadonlyArray<SiteFeature>,
  name: (area: AreaFeature) => string,
  options: PictureOptions,
): MapPicture {
  const { width, height, padding, cell, fontSize } = options;
  const anchors = sites.flatMap((site): Position[] => {
    const anchor = siteAnchor(site.geometry);
    return anchor ? [anchor] : [];
  });
  const box = boundingBox([...areas.flatMap((area) => polygonRings(area.geometry).flat()), ...anchors]);
  if (isEmptyBox(box)) return { width, height, outlines: [], dots: [], labels: [] };
  // Names sit above their district: leave room for one line at the top.
  const project = fitProjection(box, width, height, padding + fontSize / 2);

  const outlines = areas.flatMap((area) => {
    const d = projectedOutline(area.geometry, project);
    return d ? [{ id: area.id, d }] : [];
  });

  const taken = new Set<string>();
  const dots: Array<{ x: number; y: number }> = [];
  for (const anchor of anchors) {
    const [x, y] = project(anchor);
    const key = `${Math.floor(x / cell)}:${Math.floor(y / cell)}`;
    if (taken.has(key)) continue;
    taken.add(key);
    dots.push({ x: round(x), y: round(y) });
  }

  const labels = areas.flatMap((area) => {
    const anchor = areaLabelAnchor(area.geometry);
    if (!anchor) return [];
    const text = name(area);
    const size = Math.floor(Math.min(fontSize, (width - 2 * padding) / (text.length * AVERAGE_GLYPH_WIDTH)) * 10) / 10;
    const half = (text.length * size * AVERAGE_GLYPH_WIDTH) / 2;
    const [x, y] = project(anchor);
    return [
      {
        id: area.id,
        text,
        x: round(Math.min(Math.max(x, padding + half), width - padding - half)),
        y: round(Math.max(y - fontSize / 2, fontSize + 2)),
        fontSize: size,
      },
    ];
  });

  return { width, height, outlines, dots, labels };
}
