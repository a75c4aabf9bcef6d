import { expect, test } from 'vitest';
import { internalPathPattern, isDataDocument, isInternalRequest, isPrivateRequest, stampingPlugin } from './cache-rules';

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
