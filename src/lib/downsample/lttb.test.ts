import { expect, test } from 'vitest';
import { lttb, lttbIndices, lttbWithGaps } from './lttb';

interface P {
  t: number;
  v: number | null;
}

const x = (point: P) => point.t;
const y = (point: P) => point.v as number;
const yOrNull = (point: P) => point.v;

function series(length: number, value: (index: number) => number | null): P[] {
  return Array.from({ length }, (_, index) => ({ t: index, v: value(index) }));
}

test('returns every point when the series is already within the threshold', () => {
  const data = series(5, (index) => index * 2);
  expect(lttb(data, 5, x, y)).toEqual(data);
  expect(lttb(data, 10, x, y)).toEqual(data);
  expect(lttbIndices([1, 2, 3], [1, 2, 3], 3)).toEqual([0, 1, 2]);
});

test('reduces to exactly the threshold and keeps the first and last points', () => {
  const data = series(1000, (index) => Math.sin(index / 20));
  const reduced = lttb(data, 100, x, y);
  expect(reduced).toHaveLength(100);
  expect(reduced[0]).toBe(data[0]);
  expect(reduced.at(-1)).toBe(data.at(-1));
});

test('returns a subset of the input, in order, without inventing points', () => {
  const data = series(500, (index) => (index * 7919) % 101);
  const reduced = lttb(data, 50, x, y);
  const times = reduced.map((point) => point.t);
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  for (const point of reduced) expect(data).toContain(point);
});

test('keeps a single spike that an average would hide', () => {
  const data = series(1000, (index) => (index === 437 ? 100 : 0));
  const reduced = lttb(data, 20, x, y);
  expect(reduced.some((point) => point.v === 100)).toBe(true);
});

test('picks the largest triangle in a bucket (hand-checked example)', () => {
  // Buckets between the fixed ends: [1,2] and [3,4]; the peak 9 at t=2 and the dip -9 at t=3 win.
  const xs = [0, 1, 2, 3, 4, 5];
  const ys = [0, 1, 9, -9, 1, 0];
  expect(lttbIndices(xs, ys, 4)).toEqual([0, 2, 3, 5]);
});

test('handles degenerate thresholds', () => {
  expect(lttbIndices([0, 1, 2, 3], [0, 1, 2, 3], 2)).toEqual([0, 3]);
  expect(lttbIndices([0, 1, 2, 3], [0, 1, 2, 3], 1)).toEqual([3]);
  expect(lttbIndices([0, 1, 2, 3], [0, 1, 2, 3], 0)).toEqual([]);
  expect(lttbIndices([], [], 10)).toEqual([]);
});

test('keeps gaps as gaps and reduces each run of values on its own', () => {
  const data = series(1000, (index) => (index >= 400 && index < 600 ? null : index % 17));
  const reduced = lttbWithGaps(data, 100, x, yOrNull);
  expect(reduced.length).toBeLessThanOrEqual(100);
  const nullIndex = reduced.findIndex((point) => point.v === null);
  expect(nullIndex).toBeGreaterThan(0);
  expect(reduced.filter((point) => point.v === null)).toHaveLength(1);
  // Both runs keep their ends: the line stops at 399 and starts again at 600.
  expect(reduced[nullIndex - 1]?.t).toBe(399);
  expect(reduced[nullIndex + 1]?.t).toBe(600);
  expect(reduced[0]?.t).toBe(0);
  expect(reduced.at(-1)?.t).toBe(999);
});

test('keeps leading and trailing gaps once', () => {
  const data = series(300, (index) => (index < 10 || index >= 290 ? null : index));
  const reduced = lttbWithGaps(data, 50, x, yOrNull);
  expect(reduced[0]?.v).toBeNull();
  expect(reduced.at(-1)?.v).toBeNull();
  expect(reduced.filter((point) => point.v === null)).toHaveLength(2);
});

test('reduces 100 000 points to 1 000', () => {
  const data = series(100_000, (index) => Math.sin(index / 500) * 50 + (index % 13));
  const reduced = lttb(data, 1000, x, y);
  expect(reduced).toHaveLength(1000);
});
