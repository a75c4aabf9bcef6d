import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { documentBody, documentHttpError, documentNetworkError } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { TEST_DATA_BASE_URL } from '../../../mocks/fixtures/dataset';
import { documentUrl, fetchDocument } from './client';
import { DataDocumentError } from '../../contract/errors';

async function failure(promise: Promise<unknown>): Promise<DataDocumentError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DataDocumentError)) throw new Error(`expected a DataDocumentError, got ${String(error)}`);
  return error;
}

test('returns the parsed JSON of a document', async () => {
  const json = await fetchDocument(TEST_DATA_BASE_URL, 'meta.json');
  expect(json).toMatchObject({ apiVersion: '1', isSample: true });
});

test('an HTTP error throws with the status and the document name', async () => {
  server.use(documentHttpError('goals.json', 503));
  const error = await failure(fetchDocument(TEST_DATA_BASE_URL, 'goals.json'));
  expect(error.kind).toBe('http');
  expect(error.status).toBe(503);
  expect(error.message).toMatch(/^goals\.json: the server answered 503/);
});

test('a network failure throws a network error', async () => {
  server.use(documentNetworkError('events.json'));
  const error = await failure(fetchDocument(TEST_DATA_BASE_URL, 'events.json'));
  expect(error.kind).toBe('network');
  expect(error.documentName).toBe('events.json');
});

test('invalid JSON throws an invalid-json error', async () => {
  server.use(documentBody('indicators.json', '{"apiVersion": "1", "indicators": [}'));
  const error = await failure(fetchDocument(TEST_DATA_BASE_URL, 'indicators.json'));
  expect(error.kind).toBe('invalid-json');
  expect(error.message).toMatch(/^indicators\.json: is not valid JSON/);
});

test('an HTML page where JSON belongs (an SPA fallback) counts as not found', async () => {
  server.use(http.get(`${TEST_DATA_BASE_URL}sites.geojson`, () => HttpResponse.html('<!doctype html><title>app</title>')));
  const error = await failure(fetchDocument(TEST_DATA_BASE_URL, 'sites.geojson'));
  expect(error.kind).toBe('http');
  expect(error.status).toBe(404);
});

test('document URLs resolve against the base URL with or without a trailing slash', () => {
  expect(documentUrl('https://example.org/data/v1', 'observations/a.json')).toBe('https://example.org/data/v1/observations/a.json');
  expect(documentUrl('https://example.org/data/v1/', 'meta.json')).toBe('https://example.org/data/v1/meta.json');
});
