import { expect, test } from 'vitest';
import { DataDocumentError } from '../contract/errors';
import { shouldRetry } from './query-client';

test('a document that cannot heal is not retried; a network or server failure is retried once', () => {
  expect(shouldRetry(0, new DataDocumentError('invalid-json', 'goals.json', 'not JSON'))).toBe(false);
  expect(shouldRetry(0, new DataDocumentError('schema', 'goals.json', 'bad', { path: 'goals' }))).toBe(false);
  expect(shouldRetry(0, new DataDocumentError('unsupported-version', 'goals.json', 'v9'))).toBe(false);
  expect(shouldRetry(0, new DataDocumentError('http', 'goals.json', '404', { status: 404 }))).toBe(false);
  expect(shouldRetry(0, new DataDocumentError('http', 'goals.json', '503', { status: 503 }))).toBe(true);
  expect(shouldRetry(0, new DataDocumentError('network', 'goals.json', 'offline'))).toBe(true);
  expect(shouldRetry(1, new DataDocumentError('network', 'goals.json', 'offline'))).toBe(false);
});
