/**
 * The internal base's own releases: a signed-in reader of a page pinned to a public release reads
 * the internal release current at that date, never the latest internal documents.
 */
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { createDatasetFixture, TEST_DATA_BASE_URL } from '../../../mocks/fixtures/dataset';
import { datasetHandlers } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render';
import type { ReleasesDocument } from '../../contract/schemas';
import { internalReleaseFor } from './releases';

const INTERNAL = 'http://internal.test/v1/';
const config = { internalDataBaseUrl: INTERNAL, signInUrl: 'http://app.test/oauth2/start' };

function releases(...ids: string[]): ReleasesDocument {
  return {
    apiVersion: '1',
    latest: ids.at(-1)!,
    releases: ids.map((id) => ({ id, updated: `${id.slice(0, 10)}T02:00:00Z`, changes: 1, path: `releases/${id}/` })),
  };
}
const PUBLIC = releases('2026-05-20', '2026-11-20');
// The internal base changed on its own in March and August (no public release then).
const INTERNAL_RELEASES = releases('2026-03-01', '2026-05-20', '2026-08-01', '2026-11-20');

test('the internal release of a public release is the last one published by then', () => {
  expect(internalReleaseFor('2026-05-20', PUBLIC, INTERNAL_RELEASES)).toBe('2026-05-20');
  expect(internalReleaseFor('2026-05-20', PUBLIC, releases('2026-03-01', '2026-08-01'))).toBe('2026-03-01');
  expect(internalReleaseFor('2026-05-20', PUBLIC, releases('2026-08-01'))).toBeUndefined();
  expect(internalReleaseFor('2025-01-01', PUBLIC, INTERNAL_RELEASES)).toBeUndefined();
  // Two releases on one day: the later one (-2) counts when it was published by then.
  const sameDay = releases('2026-05-20', '2026-05-20-2');
  expect(internalReleaseFor('2026-05-20-2', sameDay, sameDay)).toBe('2026-05-20-2');
});

test('signed in on a pinned page, the internal documents come from the internal release of that date', async () => {
  const fixture = createDatasetFixture();
  const internalIndicator = fixture.indicators.indicators.find((indicator) => indicator.visibility === 'internal')!;
  const requests: string[] = [];
  server.use(
    http.get(`${TEST_DATA_BASE_URL}releases.json`, () => HttpResponse.json(PUBLIC)),
    ...datasetHandlers(fixture, `${TEST_DATA_BASE_URL}releases/2026-05-20/`),
    http.get(`${INTERNAL}*`, ({ request }) => {
      const path = new URL(request.url).pathname;
      requests.push(path);
      if (path === '/v1/whoami.json') return HttpResponse.json({ name: 'Ada Lead' });
      if (path === '/v1/releases.json') return HttpResponse.json(INTERNAL_RELEASES);
      if (path.endsWith('/indicators.json')) return HttpResponse.json({ apiVersion: '1', indicators: [internalIndicator] });
      if (path.endsWith('/goals.json')) return HttpResponse.json({ apiVersion: '1', goals: [] });
      const observations = fixture.observations[internalIndicator.id];
      return observations ? HttpResponse.json(observations) : HttpResponse.json({}, { status: 404 });
    }),
  );
  renderApp('/indicators?release=2026-05-20', { config });
  expect((await screen.findAllByText(internalIndicator.name.sv!, undefined, { timeout: 5000 })).length).toBeGreaterThan(0);
  const documents = requests.filter((path) => !['/v1/whoami.json', '/v1/releases.json'].includes(path));
  expect(documents).toContain('/v1/releases/2026-05-20/indicators.json');
  expect(documents.every((path) => path.startsWith('/v1/releases/2026-05-20/'))).toBe(true);
});
