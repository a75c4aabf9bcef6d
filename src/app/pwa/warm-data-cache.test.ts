import { expect, test, vi } from 'vitest';
import { CACHED_AT_HEADER, DATA_CACHE } from './cache-rules';
import { needsCopy, warmDataCache } from './warm-data-cache';

const RENDERED_AT = '2026-12-01T02:00:00.000Z';

test('a copy is needed when there is none, its fetch time is unreadable, or it was fetched before the page was built', () => {
  expect(needsCopy(undefined, RENDERED_AT)).toBe(true);
  expect(needsCopy('not a date', RENDERED_AT)).toBe(true);
  expect(needsCopy('2026-11-30T23:59:59.000Z', RENDERED_AT)).toBe(true);
  expect(needsCopy('2026-12-01T02:00:00.000Z', RENDERED_AT)).toBe(false);
  expect(needsCopy('2026-12-05T08:00:00.000Z', RENDERED_AT)).toBe(false);
});

test("only the page's documents without a current copy are requested, one after the other, and a failed request does not stop the rest", async () => {
  const copies = new Map<string, Response>([
    ['https://monitor.example/data/v1/meta.json', new Response('{}', { headers: { [CACHED_AT_HEADER]: '2026-12-02T10:00:00.000Z' } })],
    ['https://monitor.example/data/v1/indicators.json', new Response('{}', { headers: { [CACHED_AT_HEADER]: '2026-11-20T10:00:00.000Z' } })],
  ]);
  const open = vi.fn(async () => ({ match: async (url: string) => copies.get(url) }) as unknown as Cache);
  let inFlight = 0;
  const fetch = vi.fn(async (url: string) => {
    inFlight++;
    expect(inFlight).toBe(1);
    await Promise.resolve();
    inFlight--;
    if (url.endsWith('areas.geojson')) throw new TypeError('Failed to fetch');
    return new Response('{}');
  });
  const requested = await warmDataCache(
    {
      urls: [
        'https://monitor.example/data/v1/meta.json',
        'https://monitor.example/data/v1/indicators.json',
        'https://monitor.example/data/v1/areas.geojson',
        'https://monitor.example/data/v1/observations/heat.json',
      ],
      renderedAt: RENDERED_AT,
    },
    { caches: { open }, fetch },
  );
  expect(open).toHaveBeenCalledWith(DATA_CACHE);
  expect(requested).toEqual([
    'https://monitor.example/data/v1/indicators.json',
    'https://monitor.example/data/v1/areas.geojson',
    'https://monitor.example/data/v1/observations/heat.json',
  ]);
  expect(fetch).toHaveBeenCalledTimes(3);
});
