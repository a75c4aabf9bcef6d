/**
 * The map's stand-in as data: district outlines, one mark per occupied cell of sites (the site's
 * own symbol, or a cluster with its count where several share the cell) and the districts' names, all in one projection so districts keep their true places and sizes. Drawn
 * as plain SVG by `MapPreview` until the reader asks for the real map: the map engine's start-up is the largest task of any page.
 */
import type { AreaFeature, Domain, SiteFeature, SiteStatus } from '../../contract/schemas';
import { fitProjection, projectedOutline } from '../../lib/geo/outline';
import { boundingBox, isEmptyBox, polygonRings, type Position } from '../../contract/positions';
import { areaLabelAnchor, siteAnchor } from './geometry';

export interface PictureOptions {
  width: number;
  height: number;
  /** Space kept free on every side. */
  padding: number;
  /**
   * Sites closer than this (in picture units) share one mark: a phone shows no more, and
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
  marks: ReadonlyArray<PictureMark>;
  /** A name longer than the picture is wide gets a smaller font. */
  labels: ReadonlyArray<{ id: string; text: string; x: number; y: number; fontSize: number }>;
}

/** Where one or more sites are: the first site's symbol, or a cluster of `count` sites. */
export interface PictureMark {
  x: number;
  y: number;
  count: number;
  /** The first site in the cell (the one a single mark stands for). */
  siteId: string;
  domain: Domain;
  status: SiteStatus;
  /** Its place on the ground, for opening the map there. */
  anchor: Position;
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
  const anchored = sites.flatMap((site): Array<{ site: SiteFeature; anchor: Position }> => {
    const anchor = siteAnchor(site.geometry);
    return anchor ? [{ site, anchor }] : [];
  });
  const box = boundingBox([...areas.flatMap((area) => polygonRings(area.geometry).flat()), ...anchored.map(({ anchor }) => anchor)]);
  if (isEmptyBox(box)) return { width, height, outlines: [], marks: [], labels: [] };
  // Names sit above their district: leave room for one line at the top.
  const project = fitProjection(box, width, height, padding + fontSize / 2);

  const outlines = areas.flatMap((area) => {
    const d = projectedOutline(area.geometry, project);
    return d ? [{ id: area.id, d }] : [];
  });

  // Greedy clustering on a grid: a site joins a mark closer than one cell (looked up in the 3 × 3
  // cells around it), or starts its own, so no two marks overlap.
  const cells = new Map<string, PictureMark[]>();
  const marks: PictureMark[] = [];
  for (const { site, anchor } of anchored) {
    const [x, y] = project(anchor);
    const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
    let near: PictureMark | undefined;
    for (let dx = -1; dx <= 1 && !near; dx++)
      for (let dy = -1; dy <= 1 && !near; dy++) near = cells.get(`${cx + dx}:${cy + dy}`)?.find((mark) => Math.hypot(mark.x - x, mark.y - y) < cell);
    if (near) {
      near.count += 1;
      continue;
    }
    const mark = { x: round(x), y: round(y), count: 1, siteId: site.id, domain: site.properties.domain, status: site.properties.status, anchor };
    marks.push(mark);
    const key = `${cx}:${cy}`;
    const list = cells.get(key);
    if (list) list.push(mark);
    else cells.set(key, [mark]);
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

  return { width, height, outlines, marks, labels };
}
