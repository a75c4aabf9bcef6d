import { expect, test } from 'vitest';
import { compareCodeUnits } from './compare';

test('orders by code unit, as ids and ISO periods sort, not by language rules', () => {
  expect(['b', 'a-2', 'a-10', 'B', '2024-Q1', '2023-12'].sort(compareCodeUnits)).toEqual(['2023-12', '2024-Q1', 'B', 'a-10', 'a-2', 'b']);
  expect(compareCodeUnits('x', 'x')).toBe(0);
});
