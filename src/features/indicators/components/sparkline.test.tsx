import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { Point } from '../../../contract/schemas';
import { Sparkline } from './sparkline';

const point = (period: string, value: number | null): Point => ({ period, value }) as Point;

/** Every x coordinate a path or dot of the sparkline reaches. */
function drawnXs(container: HTMLElement): number[] {
  const xs: number[] = [];
  for (const path of container.querySelectorAll('path')) {
    for (const match of (path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+) /g)) xs.push(Number(match[1]));
  }
  for (const circle of container.querySelectorAll('circle')) xs.push(Number(circle.getAttribute('cx')));
  return xs;
}

test('a survey series with gaps shows every value it has, not one dot ("Nöjda med kollektivtrafiken")', () => {
  // Values every three or four years, nulls between: no two values are neighbours.
  const points = [
    point('2015', 70),
    point('2016', null),
    point('2017', null),
    point('2018', null),
    point('2019', 74),
    point('2020', null),
    point('2021', null),
    point('2022', null),
    point('2023', 76),
  ];
  const { container } = render(<Sparkline points={points} label="Nöjda" width={96} height={28} />);
  const xs = new Set(drawnXs(container).map((x) => Math.round(x)));
  // 2015, 2019 and 2023 are at x = 3, 48 and 93 (3 px padding on a 96 px line).
  expect([...xs].sort((a, b) => a - b)).toEqual(expect.arrayContaining([3, 48, 93]));
  // The values are joined across the gaps by a visibly different (dashed) line.
  const bridges = container.querySelectorAll('path.sparkline__gap');
  expect(bridges.length).toBe(2);
  // Each lone value is marked with a dot of its own.
  expect(container.querySelectorAll('circle').length).toBeGreaterThanOrEqual(3);
});

test('a series without gaps is one solid line with the latest value as a dot, and no gap marks', () => {
  const { container } = render(<Sparkline points={[point('2020', 1), point('2021', 2), point('2022', 3)]} label="x" />);
  expect(container.querySelectorAll('path.sparkline__line')).toHaveLength(1);
  expect(container.querySelectorAll('path.sparkline__gap')).toHaveLength(0);
  expect(container.querySelectorAll('circle')).toHaveLength(1);
});
