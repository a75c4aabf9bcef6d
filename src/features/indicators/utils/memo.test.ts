import { expect, test } from 'vitest';
import { memoizeLast } from './memo';

test('recomputes only when the key changes, comparing arrays element by element', () => {
  let calls = 0;
  const sum = memoizeLast((items: number[][], factor: number) => {
    calls += 1;
    return items.flat().reduce((total, item) => total + item * factor, 0);
  }, (items, factor) => [items, factor]);
  const a = [1, 2];
  const b = [3];
  expect(sum([a, b], 2)).toBe(12);
  // A new outer array holding the same inner arrays: no recomputation.
  expect(sum([a, b], 2)).toBe(12);
  expect(calls).toBe(1);
  expect(sum([a, [3]], 2)).toBe(12);
  expect(calls).toBe(2);
  expect(sum([a, [3]], 3)).toBe(18);
  expect(calls).toBe(3);
});
