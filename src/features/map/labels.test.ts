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

test('years, ids and codes are never grouped: "Byggår 1961", not "1 961"', () => {
  expect(formatFact(1961, undefined, 'sv', 'Byggår')).toBe('1961');
  expect(formatFact(1961, undefined, 'en', 'Year built')).toBe('1961');
  expect(formatFact(2018, undefined, 'sv', 'Invigd')).toBe('2018');
  expect(formatFact(11493, undefined, 'en', 'Property id')).toBe('11493');
  expect(formatFact(12345, undefined, 'sv', 'Fastighetskod')).toBe('12345');
  expect(formatFact(114930, undefined, 'sv', 'Objektnummer')).toBe('114930');
  // Quantities keep their grouping, with or without a unit.
  expect(formatFact(1416, 'st', 'sv', 'Cykelplatser')).toBe('1\u00a0416 st');
  expect(formatFact(43809, 'km', 'en', 'Km driven during the trial')).toBe('43,809 km');
  expect(formatFact(25000, undefined, 'sv', 'Användare')).toBe('25\u00a0000');
});
