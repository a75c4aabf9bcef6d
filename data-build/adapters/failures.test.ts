/**
 * Every adapter, every way a source fails (sources.md "A failing source"): HTTP 500 after three
 * tries, a timeout, and an HTML page instead of JSON each give a SourceError naming indicator,
 * source kind and URL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { adapters } from './index.ts';
import { releaseNetworkFromMsw, startTestServer, testContext, type TestServer } from './test-server.ts';
import { SourceError, type AdapterContext, type AdapterResult, type NetworkInput } from './types.ts';

releaseNetworkFromMsw();

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const cases: Array<{ kind: NetworkInput['kind']; run: (context: AdapterContext) => Promise<AdapterResult>; path: string }> = [
  {
    kind: 'kolada',
    run: (context) => adapters.kolada({ kind: 'kolada', kpi: 'N07945', municipality: '0180', area: 'stockholm' }, context),
    path: '/data/kpi/N07945/municipality/0180',
  },
  {
    kind: 'pxweb',
    run: (context) => adapters.pxweb({ kind: 'pxweb', table: 'TAB1', selection: [], regionVariable: 'Region', timeVariable: 'Tid', areas: {} }, context),
    path: '/tables/TAB1/data?lang=sv&outputFormat=json-stat2',
  },
  {
    kind: 'sensorthings',
    run: (context) => adapters.sensorthings({ kind: 'sensorthings', datastreams: [{ id: 7, area: 'arsta' }], aggregate: 'mean' }, context),
    path: '/Datastreams(7)/Observations?$orderby=phenomenonTime%20asc&$select=phenomenonTime,result,resultTime&$top=1000',
  },
  {
    kind: 'ngsild',
    run: (context) => adapters.ngsild({ kind: 'ngsild', entity: 'urn:ngsi-ld:KeyPerformanceIndicator:x', area: 'arsta' }, context),
    path: '/temporal/entities/urn%3Angsi-ld%3AKeyPerformanceIndicator%3Ax?attrs=kpiValue&options=temporalValues&timerel=after&timeAt=1970-01-01T00%3A00%3A00Z',
  },
];

async function failureOf(run: () => Promise<AdapterResult>): Promise<SourceError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof SourceError)) throw new Error(`expected a SourceError, got ${String(error)}`);
  return error;
}

describe.each(cases)('$kind adapter, failing source', ({ kind, run, path }) => {
  it('HTTP 500: three tries, then a SourceError naming indicator, kind and URL', async () => {
    server = await startTestServer((_request, response) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end('Internal Server Error');
    });
    const error = await failureOf(() => run(testContext(server?.baseUrl ?? '', { timeoutMs: 200 })));
    expect(server.requests).toHaveLength(3);
    expect(error).toMatchObject({ indicatorId: 'test-indicator', sourceKind: kind, url: `${server.baseUrl}${path}` });
    expect(error.message).toBe(`test-indicator: ${kind} source ${server.baseUrl}${path}: HTTP 500: Internal Server Error (3 tries)`);
  });

  it('a timeout: the request is given up after timeoutMs, three times', async () => {
    // Never answers; the test server closes the open connections afterwards.
    server = await startTestServer(() => undefined);
    const error = await failureOf(() => run(testContext(server?.baseUrl ?? '', { timeoutMs: 150 })));
    expect(server.requests).toHaveLength(3);
    expect(error).toMatchObject({ indicatorId: 'test-indicator', sourceKind: kind, url: `${server.baseUrl}${path}` });
    expect(error.message).toMatch(/timed out after 150 ms \(3 tries\)$/);
  });

  it('an HTML page instead of JSON: no retry, a SourceError that says so', async () => {
    server = await startTestServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><html><body>Logga in</body></html>');
    });
    const error = await failureOf(() => run(testContext(server?.baseUrl ?? '')));
    expect(server.requests).toHaveLength(1);
    expect(error).toMatchObject({ indicatorId: 'test-indicator', sourceKind: kind, url: `${server.baseUrl}${path}` });
    expect(error.message).toMatch(/answered HTML instead of JSON \(HTTP 200, text\/html; charset=utf-8\); check the URL$/);
  });
});

describe('retries', () => {
  it('a 503 followed by an answer succeeds on the second try', async () => {
    let calls = 0;
    server = await startTestServer((_request, response) => {
      calls++;
      response.writeHead(calls === 1 ? 503 : 200, { 'Content-Type': 'application/json' });
      response.end(calls === 1 ? '' : JSON.stringify({ values: [], next_url: null }));
    });
    const result = await adapters.kolada(
      { kind: 'kolada', kpi: 'N1', municipality: '0180', area: 'stockholm' },
      testContext(server.baseUrl, { timeoutMs: 100 }),
    );
    expect(calls).toBe(2);
    expect(result.series[0]?.points).toEqual([]);
  });

  it('a 404 fails at once', async () => {
    server = await startTestServer((_request, response) => {
      response.writeHead(404, { 'Content-Type': 'application/json' });
      response.end('{"message":"no such KPI"}');
    });
    const error = await failureOf(() =>
      adapters.kolada({ kind: 'kolada', kpi: 'N1', municipality: '0180', area: 'stockholm' }, testContext(server?.baseUrl ?? '')),
    );
    expect(server.requests).toHaveLength(1);
    expect(error.message).toMatch(/HTTP 404: \{"message":"no such KPI"\}$/);
  });
});
