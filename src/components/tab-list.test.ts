import { expect, test } from 'vitest';
import { tabForKey } from './tab-list';

const tabs = ['chart', 'table', 'notes'] as const;

test('arrow keys move to the neighbouring tab and wrap at both ends', () => {
  expect(tabForKey(tabs, 'chart', 'ArrowRight')).toBe('table');
  expect(tabForKey(tabs, 'notes', 'ArrowRight')).toBe('chart');
  expect(tabForKey(tabs, 'table', 'ArrowLeft')).toBe('chart');
  expect(tabForKey(tabs, 'chart', 'ArrowLeft')).toBe('notes');
});

test('Home and End jump to the first and last tab; other keys move nowhere', () => {
  expect(tabForKey(tabs, 'table', 'Home')).toBe('chart');
  expect(tabForKey(tabs, 'table', 'End')).toBe('notes');
  expect(tabForKey(tabs, 'table', 'Enter')).toBeUndefined();
  expect(tabForKey(tabs, 'table', 'ArrowDown')).toBeUndefined();
});
