import { expect, test } from 'vitest';
import { qualityOf } from './quality';

test('a point without a value has no quality, whatever the data says', () => {
  expect(qualityOf({ value: null, quality: 'measured' })).toBeUndefined();
  expect(qualityOf({ value: null })).toBeUndefined();
});

test('a point with a value keeps its quality, and is measured when none is given', () => {
  expect(qualityOf({ value: 3, quality: 'modelled' })).toBe('modelled');
  expect(qualityOf({ value: 0 })).toBe('measured');
});
