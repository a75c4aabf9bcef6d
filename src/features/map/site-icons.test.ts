import { expect, test } from 'vitest';
import { ICON_GEOMETRY, rasteriseSiteIcon, shapeDistance } from './site-icons';
import { DOMAIN_COLOURS, DOMAIN_SHAPES, SITE_STATUSES, STATUS_FILLS, shapePaths, type SiteFill, type SiteShape } from './site-symbols';

const RED = '#c24e00';
const pixelRatio = 2;
const size = ICON_GEOMETRY.box * pixelRatio;

function pixel(image: ReturnType<typeof rasteriseSiteIcon>, x: number, y: number): [number, number, number, number] {
  const offset = (y * image.width + x) * 4;
  return [image.data[offset] ?? -1, image.data[offset + 1] ?? -1, image.data[offset + 2] ?? -1, image.data[offset + 3] ?? -1];
}

/** The pixel at (dx, dy) CSS pixels from the icon's centre. */
function at(image: ReturnType<typeof rasteriseSiteIcon>, dx: number, dy: number) {
  return pixel(image, Math.floor(size / 2 + dx * pixelRatio), Math.floor(size / 2 + dy * pixelRatio));
}

const icon = (shape: SiteShape, fill: SiteFill) => rasteriseSiteIcon({ shape, fill, colour: RED, pixelRatio });

test('an icon is a square RGBA image of the box size times the pixel ratio', () => {
  const image = icon('circle', 'full');
  expect(image.width).toBe(size);
  expect(image.height).toBe(size);
  expect(image.data).toHaveLength(size * size * 4);
});

test('the corners are transparent and the centre is opaque', () => {
  const image = icon('circle', 'full');
  expect(pixel(image, 0, 0)[3]).toBe(0);
  expect(pixel(image, size - 1, size - 1)[3]).toBe(0);
  expect(at(image, 0, 0)[3]).toBe(255);
});

test('a completed site is filled with its colour, a planned one is white inside its coloured outline', () => {
  expect(at(icon('circle', 'full'), 0.5, 0.5)).toEqual([0xc2, 0x4e, 0x00, 255]);
  expect(at(icon('circle', 'none'), 0.5, 0.5)).toEqual([255, 255, 255, 255]);
  // The outline is coloured in both.
  expect(at(icon('circle', 'none'), ICON_GEOMETRY.radius - 1, 0)).toEqual([0xc2, 0x4e, 0x00, 255]);
});

test('a site in progress is filled on its left half only', () => {
  const image = icon('square', 'half');
  expect(at(image, -3, 0)).toEqual([0xc2, 0x4e, 0x00, 255]);
  expect(at(image, 3, 0)).toEqual([255, 255, 255, 255]);
});

test('every shape has a white halo just outside its edge', () => {
  for (const shape of ['circle', 'square', 'diamond'] as const) {
    const image = icon(shape, 'full');
    // Straight right of the centre, 1 px outside the edge.
    const edge = shape === 'square' ? ICON_GEOMETRY.radius * 0.84 : ICON_GEOMETRY.radius;
    expect(at(image, edge + 1, 0), shape).toEqual([255, 255, 255, 255]);
  }
});

test('the three shapes differ where it matters: the same diagonal point is inside, halo or empty', () => {
  // At (7, 7) CSS px from the centre: inside the square, in the circle's halo, outside the diamond.
  expect(at(icon('square', 'full'), 7, 7)).toEqual([0xc2, 0x4e, 0x00, 255]);
  expect(at(icon('circle', 'full'), 7, 7)).toEqual([255, 255, 255, 255]);
  expect(at(icon('diamond', 'full'), 7, 7)[3]).toBe(0);
});

test('edges are anti-aliased: some pixels are partly transparent', () => {
  const alphas = new Set<number>();
  const image = icon('diamond', 'full');
  for (let index = 3; index < image.data.length; index += 4) alphas.add(image.data[index] ?? 0);
  expect([...alphas].some((alpha) => alpha > 0 && alpha < 255)).toBe(true);
});

test('the signed distance is negative inside, zero on the edge and positive outside', () => {
  expect(shapeDistance('circle', 0, 0, 9)).toBe(-9);
  expect(shapeDistance('circle', 9, 0, 9)).toBe(0);
  expect(shapeDistance('diamond', 0, 9, 9)).toBeCloseTo(0, 10);
  expect(shapeDistance('square', 20, 0, 9)).toBeGreaterThan(0);
});

test('a colour that is not #rrggbb is refused', () => {
  expect(() => rasteriseSiteIcon({ shape: 'circle', fill: 'full', colour: 'red' })).toThrow(RangeError);
});

test('each domain has its own shape and colour, and each status its own fill', () => {
  expect(new Set(Object.values(DOMAIN_SHAPES)).size).toBe(3);
  expect(new Set(Object.values(DOMAIN_COLOURS)).size).toBe(3);
  expect(new Set(SITE_STATUSES.map((status) => STATUS_FILLS[status])).size).toBe(3);
});

test('the SVG paths of the legend draw the same shapes', () => {
  const circle = shapePaths('circle', 20, 2);
  const diamond = shapePaths('diamond', 20, 2);
  const square = shapePaths('square', 20, 2);
  expect(diamond.outline).toBe('M10 2L18 10L10 18L2 10Z');
  expect(diamond.leftHalf).toBe('M10 2V18L2 10Z');
  expect(square.outline).toMatch(/^M3\.28 3\.28H16\.72V16\.72H3\.28Z$/);
  expect(circle.outline).toMatch(/^M2 10a8 8 0 1 0 16 0/);
});
