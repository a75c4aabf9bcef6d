import { expect, test } from 'vitest';
import { formatFact, kindLabel, safeExternalUrl, siteStatusLabel } from './labels';

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

test('key facts are formatted for the language, keeping the decimals given', () => {
  expect(formatFact(43809, 'km', 'sv')).toBe('43\u00a0809 km');
  expect(formatFact(43809, 'km', 'en')).toBe('43,809 km');
  expect(formatFact(4.6, 'kg CO₂e/m²', 'sv')).toBe('4,6 kg CO₂e/m²');
  expect(formatFact(0.125, undefined, 'en')).toBe('0.125');
});

test('a percent sign follows the language: a space in Swedish, none in English', () => {
  expect(formatFact(90, '%', 'sv')).toBe('90 %');
  expect(formatFact(90, '%', 'en')).toBe('90%');
});

test('a text value is shown as given', () => {
  expect(formatFact('A+', undefined, 'sv')).toBe('A+');
  expect(formatFact('Miljöbyggnad Silver', 'klass', 'sv')).toBe('Miljöbyggnad Silver klass');
});
