import { expect, test } from 'vitest';
import { kindLabel, safeExternalUrl, siteStatusLabel } from './labels';

test('site statuses have their own words in Swedish and English', () => {
  expect(siteStatusLabel('planned', 'sv')).toBe('Planerad');
  expect(siteStatusLabel('in-progress', 'sv')).toBe('Pågår');
  expect(siteStatusLabel('completed', 'en')).toBe('Completed');
});

test('known kinds of measure have labels; an unknown kind is its id in words', () => {
  expect(kindLabel('solar-pv', 'sv')).toBe('Solceller');
  expect(kindLabel('car-pool', 'en')).toBe('Car pool');
  expect(kindLabel('green-roof', 'en')).toBe('Green roof');
});

test('only http and https links from the data become links', () => {
  expect(safeExternalUrl('https://example.org/site')).toBe('https://example.org/site');
  expect(safeExternalUrl('http://example.org/')).toBe('http://example.org/');
  expect(safeExternalUrl('javascript:alert(1)')).toBeUndefined();
  expect(safeExternalUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
  expect(safeExternalUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
  expect(safeExternalUrl('not a url')).toBeUndefined();
  expect(safeExternalUrl(undefined)).toBeUndefined();
});
