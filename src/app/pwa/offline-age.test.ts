import { expect, test } from 'vitest';
import { describeAge, formatFetchedAt, newestStamp } from './offline-age';

test('the age of saved data reads naturally in both languages', () => {
  expect(describeAge(5 * 60_000 + 10_000, 'sv')).toBe('för 5 minuter sedan');
  expect(describeAge(5 * 60_000, 'en')).toBe('5 minutes ago');
  expect(describeAge(3 * 3_600_000, 'en')).toBe('3 hours ago');
  expect(describeAge(2 * 86_400_000, 'sv')).toBe('i förrgår');
  expect(describeAge(10_000, 'en')).toBe('now');
});

test('the fetch time is a date and a time in the language of the page', () => {
  expect(formatFetchedAt('2026-11-29T18:40:00Z', 'en')).toMatch(/29 Nov 2026/);
  expect(formatFetchedAt('2026-11-29T18:40:00Z', 'sv')).toMatch(/29 nov. 2026/);
});

test('the newest valid stamp wins; missing and broken stamps are ignored', () => {
  expect(newestStamp(['2026-11-29T10:00:00Z', null, 'garbage', '2026-11-29T12:00:00Z', undefined])).toBe('2026-11-29T12:00:00Z');
  expect(newestStamp([null, undefined])).toBeUndefined();
});
