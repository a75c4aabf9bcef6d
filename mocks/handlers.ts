/**
 * msw handlers that serve a dataset under a base URL, exactly as a static deployment would, plus
 * override factories for the error and empty states. Tests call `server.use(...)` with them.
 */
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { createDatasetFixture, TEST_DATA_BASE_URL, type DatasetFixture } from './fixtures/dataset';

const documentPaths = {
  'meta.json': (data: DatasetFixture) => data.meta,
  'areas.geojson': (data: DatasetFixture) => data.areas,
  'indicators.json': (data: DatasetFixture) => data.indicators,
  'goals.json': (data: DatasetFixture) => data.goals,
  'sites.geojson': (data: DatasetFixture) => data.sites,
  'events.json': (data: DatasetFixture) => data.events,
} as const;

/** download.json of the fixture dataset: the zip of everything and the DCAT description. */
export const TEST_DOWNLOADS = {
  apiVersion: '1',
  updated: '2026-05-15T08:00:00Z',
  zip: { fileName: 'test-data-2026-05-15.zip', bytes: 123_456 },
  dcat: { fileName: 'dcat.rdf' },
};

export function datasetHandlers(dataset: DatasetFixture = createDatasetFixture(), baseUrl: string = TEST_DATA_BASE_URL): HttpHandler[] {
  return [
    ...Object.entries(documentPaths).map(([name, pick]) => http.get(`${baseUrl}${name}`, () => HttpResponse.json(pick(dataset)))),
    http.get(`${baseUrl}download.json`, () => HttpResponse.json(TEST_DOWNLOADS)),
    http.get(`${baseUrl}observations/:file`, ({ params }) => {
      const id = String(params.file).replace(/\.json$/, '');
      const document = dataset.observations[id];
      return document ? HttpResponse.json(document) : new HttpResponse('Not found', { status: 404 });
    }),
    // build-report.json is written by data:build; the fictional dataset has none (see live-sources.ts).
    http.get(`${baseUrl}build-report.json`, () => new HttpResponse('Not found', { status: 404 })),
  ];
}

/** The document answers with an HTTP error. */
export function documentHttpError(documentName: string, status = 500, baseUrl = TEST_DATA_BASE_URL): HttpHandler {
  return http.get(`${baseUrl}${documentName}`, () => new HttpResponse('error', { status }));
}

/** The document cannot be reached at all. */
export function documentNetworkError(documentName: string, baseUrl = TEST_DATA_BASE_URL): HttpHandler {
  return http.get(`${baseUrl}${documentName}`, () => HttpResponse.error());
}

/** The document answers with this body (any JSON, or a raw string such as broken JSON). */
export function documentBody(documentName: string, body: unknown, baseUrl = TEST_DATA_BASE_URL): HttpHandler {
  return http.get(`${baseUrl}${documentName}`, () =>
    typeof body === 'string' ? new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }) : HttpResponse.json(body as JsonBodyType),
  );
}

/** A valid document with an empty list. */
export function documentEmpty(documentName: keyof typeof documentPaths, baseUrl = TEST_DATA_BASE_URL): HttpHandler {
  const empty: Record<keyof typeof documentPaths, unknown> = {
    'meta.json': createDatasetFixture().meta,
    'areas.geojson': { apiVersion: '1', type: 'FeatureCollection', features: [] },
    'indicators.json': { apiVersion: '1', indicators: [] },
    'goals.json': { apiVersion: '1', goals: [] },
    'sites.geojson': { apiVersion: '1', type: 'FeatureCollection', features: [] },
    'events.json': { apiVersion: '1', events: [] },
  };
  return documentBody(documentName, empty[documentName], baseUrl);
}
