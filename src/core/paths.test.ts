import { expect, test } from 'vitest';
import { appRoutePattern, paths } from './paths';

test("the service worker's allow-list takes the app's pages in every language form, and nothing else", () => {
  const pattern = appRoutePattern('/');
  for (const page of [
    '/',
    '/en',
    '/sv/',
    '/summary',
    '/en/summary/',
    '/indicators?topic=energy',
    paths.indicator('a b'),
    '/en/areas/arsta',
    paths.embedIndicator('x'),
    '/changes',
    '/en/no-such-page',
  ])
    expect(pattern.test(page), page).toBe(true);
  for (const other of [
    '/sign-in',
    '/sign-out',
    '/oauth2/start',
    '/auth/sign-in',
    '/.auth/login/aad',
    '/indicators/a/b',
    '/no-such-page',
    '/ensummary',
    '/data/v1/meta.json',
  ])
    expect(pattern.test(other), other).toBe(false);
});

test('under a sub-path, only the pages under it', () => {
  const pattern = appRoutePattern('/sub/path/');
  expect(pattern.test('/sub/path')).toBe(true);
  expect(pattern.test('/sub/path/en/map')).toBe(true);
  expect(pattern.test('/map')).toBe(false);
  expect(pattern.test('/sub/path/sign-in')).toBe(false);
});
