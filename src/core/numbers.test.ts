import { expect, test } from 'vitest';
import { withoutBinaryNoise } from './numbers';

test('binary noise goes, real precision stays (at most 12 significant digits)', () => {
  expect(withoutBinaryNoise(0.1 + 0.2)).toBe(0.3);
  expect(withoutBinaryNoise(-0.2999999999999998)).toBe(-0.3);
  expect(withoutBinaryNoise(239.60000000000002)).toBe(239.6);
  expect(withoutBinaryNoise(1 / 3)).toBe(0.333333333333);
  expect(withoutBinaryNoise(123456789.125)).toBe(123456789.125);
  expect(withoutBinaryNoise(-12.5)).toBe(-12.5);
  expect(withoutBinaryNoise(0)).toBe(0);
  expect(Object.is(withoutBinaryNoise(-0), 0)).toBe(true);
  expect(withoutBinaryNoise(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
});
