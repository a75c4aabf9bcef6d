import { afterEach, describe, expect, test, vi } from 'vitest';
import { appRoutePattern } from '../../core/paths';
import { internalPathPattern, isAppNavigation, isDataDocument, isInternalRequest, isPrivateRequest, pageOrShell, stampingPlugin } from './cache-rules';

const request = (url: string, init: RequestInit = {}) => ({ url: new URL(url), request: new Request(url, init) });

test('requests with credentials or an Authorization header are private; ordinary ones are not', () => {
  expect(isPrivateRequest(request('https://data.example/internal/meta.json', { credentials: 'include' }))).toBe(true);
  expect(isPrivateRequest(request('https://data.example/v1/meta.json', { headers: { Authorization: 'Bearer x' } }))).toBe(true);
  expect(isPrivateRequest(request('https://data.example/v1/meta.json'))).toBe(false);
});

test('the internal path matches on any origin, also when written without slashes, and its source survives serialisation', () => {
  const match = isInternalRequest('internal');
  expect(match(request('https://other.example/api/internal/meta.json'))).toBe(true);
  expect(match(request('http://127.0.0.1/data/v1/meta.json'))).toBe(false);
  // The worker receives the matcher as text: it must work without its closure.
  const revived = new Function(`return (${match.toString()})`)() as typeof match;
  expect(revived(request('https://other.example/internal/x.json'))).toBe(true);
  expect(revived(request('https://other.example/internals/x.json'))).toBe(false);
  expect(internalPathPattern('/a.b/').test('/a.b/x.json')).toBe(true);
  expect(internalPathPattern('/a.b/').test('/axb/x.json')).toBe(false);
});

test('data documents are JSON or GeoJSON fetched with GET; the manifest and pages are not', () => {
  expect(isDataDocument(request('http://127.0.0.1/data/v1/observations/x.json'))).toBe(true);
  expect(isDataDocument(request('http://127.0.0.1/data/v1/areas.geojson'))).toBe(true);
  expect(isDataDocument(request('http://127.0.0.1/config.json'))).toBe(true);
  expect(isDataDocument(request('http://127.0.0.1/manifest.webmanifest'))).toBe(false);
  expect(isDataDocument(request('http://127.0.0.1/assets/index.js'))).toBe(false);
  expect(isDataDocument(request('http://127.0.0.1/data/v1/meta.json', { method: 'POST', body: '{}' }))).toBe(false);
});

test('only successful JSON answers are stored, each stamped with when it was fetched', async () => {
  const stored = await stampingPlugin.cacheWillUpdate({ response: new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }) });
  expect(stored?.headers.get('x-gsm-cached-at')).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(await stored?.json()).toEqual({ a: 1 });
  expect(await stampingPlugin.cacheWillUpdate({ response: new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }) })).toBeNull();
  expect(await stampingPlugin.cacheWillUpdate({ response: new Response('nope', { status: 404 }) })).toBeNull();
});

const navigation = (url: string) => ({ url: new URL(url), request: { mode: 'navigate' } as Request });

test("the app's pages are the navigations the worker answers; files, the internal base, a proxy's paths and fetches are not, also once serialised", () => {
  const match = isAppNavigation(appRoutePattern('/'), '/internal/');
  const revived = new Function(`return (${match.toString()})`)() as typeof match;
  for (const matcher of [match, revived]) {
    expect(matcher(navigation('https://monitor.example/'))).toBe(true);
    expect(matcher(navigation('https://monitor.example/indicators/heat?from=2019'))).toBe(true);
    expect(matcher(navigation('https://monitor.example/en/no-such-page'))).toBe(true);
    expect(matcher(navigation('https://monitor.example/oauth2/start?rd=/'))).toBe(false);
    expect(matcher(navigation('https://monitor.example/en/data/v1/meta.json'))).toBe(false);
    expect(matcher(navigation('https://monitor.example/en/internal/v1/indicators'))).toBe(false);
    expect(matcher({ url: new URL('https://monitor.example/about'), request: new Request('https://monitor.example/about') })).toBe(false);
  }
});

describe('a page navigation while the worker is installed', () => {
  const shell = new Response('<div id="root"></div>', { headers: { 'content-type': 'text/html' } });
  const cachesMatch = vi.fn(async (_url: string, _options?: CacheQueryOptions) => shell.clone());
  const request = new Request('https://monitor.example/sub/about');
  // The worker's globals: its scope and the Cache Storage holding the precached shell.
  const stubWorker = (fetcher: () => Promise<Response>) => {
    vi.stubGlobal('registration', { scope: 'https://monitor.example/sub/' });
    vi.stubGlobal('caches', { match: cachesMatch });
    vi.stubGlobal('fetch', vi.fn(fetcher));
  };
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    cachesMatch.mockClear();
  });

  test("online it is the server's page (the prerendered HTML), as on a first visit", async () => {
    stubWorker(async () => new Response('<main>prerendered</main>'));
    const handler = new Function(`return (${pageOrShell('app-shell.html').toString()})`)() as ReturnType<typeof pageOrShell>;
    expect(await (await handler({ request })).text()).toBe('<main>prerendered</main>');
    expect(cachesMatch).not.toHaveBeenCalled();
  });

  test('offline it is the precached shell, found under its revision query', async () => {
    stubWorker(() => Promise.reject(new TypeError('Failed to fetch')));
    const response = await pageOrShell('app-shell.html')({ request });
    expect(await response.text()).toBe('<div id="root"></div>');
    expect(cachesMatch).toHaveBeenCalledWith('https://monitor.example/sub/app-shell.html', { ignoreSearch: true });
  });

  test('on a connection that hangs it is the shell once the time is up', async () => {
    vi.useFakeTimers();
    stubWorker(() => new Promise<Response>(() => {}));
    const answer = pageOrShell('app-shell.html', 3000)({ request });
    await vi.advanceTimersByTimeAsync(2999);
    expect(cachesMatch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await (await answer).text()).toBe('<div id="root"></div>');
  });

  test('without a shell in the cache the navigation fails as a network error', async () => {
    stubWorker(() => Promise.reject(new TypeError('Failed to fetch')));
    cachesMatch.mockResolvedValueOnce(undefined as unknown as Response);
    expect((await pageOrShell('app-shell.html')({ request })).type).toBe('error');
  });
});
