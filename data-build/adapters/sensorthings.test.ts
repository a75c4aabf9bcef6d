import { afterEach, describe, expect, it } from 'vitest';
import { readSensorThings } from './sensorthings.ts';
import { releaseNetworkFromMsw, sendJson, startTestServer, testContext, type TestServer } from './test-server.ts';

releaseNetworkFromMsw();

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FIRST = '/v1.1/Datastreams(42)/Observations?$orderby=phenomenonTime%20asc&$select=phenomenonTime,result,resultTime&$top=1000';

/** Two pages linked by @iot.nextLink (FROST gives absolute links): instants, intervals, junk. */
function pages(baseUrl: string): Record<string, unknown> {
  return {
    [FIRST]: {
      '@iot.count': 7,
      '@iot.nextLink': `${baseUrl}/v1.1/Datastreams(42)/Observations?$orderby=phenomenonTime%20asc&$select=phenomenonTime,result,resultTime&$top=4&$skip=4`,
      value: [
        { phenomenonTime: '2024-01-15T10:00:00Z', result: 10 },
        // An interval: its start (January 31st 23:30 UTC) is February 1st in Stockholm.
        { phenomenonTime: '2024-01-31T23:30:00Z/2024-02-01T00:30:00Z', result: 20 },
        { phenomenonTime: '2024-01-20T10:00:00Z', result: 'sensor offline' },
        { phenomenonTime: '2024-01-21T10:00:00Z', result: '30' },
      ],
    },
    '/v1.1/Datastreams(42)/Observations?$orderby=phenomenonTime%20asc&$select=phenomenonTime,result,resultTime&$top=4&$skip=4': {
      '@iot.count': 7,
      value: [
        { phenomenonTime: '2024-02-10T12:00:00+01:00', result: 40 },
        { phenomenonTime: '2024-02-11T12:00:00Z', result: null },
        { phenomenonTime: '2024-02-12T12:00:00Z', result: { kWh: 3 } },
      ],
    },
  };
}

describe('readSensorThings', () => {
  it('follows @iot.nextLink, reads interval starts in the dataset zone and counts non-numeric results', async () => {
    server = await startTestServer((request, response, baseUrl) => {
      const page = pages(baseUrl)[request.url];
      if (page === undefined) sendJson(response, { code: 404, type: 'error', message: 'Nothing found.' }, 404);
      else sendJson(response, page);
    });
    const progress: number[] = [];
    const result = await readSensorThings(
      { kind: 'sensorthings', datastreams: [{ id: 42, area: 'arsta', site: 'arsta-meter' }], aggregate: 'mean' },
      testContext(server.baseUrl, {
        frequency: 'monthly',
        endpoints: { kolada: '', pxweb: '', sensorthings: `${server.baseUrl}/v1.1` },
        onProgress: (p) => progress.push(p.pagesRead),
      }),
    );

    expect(server.requests).toHaveLength(2);
    expect(result.url).toBe(`${server.baseUrl}${FIRST}`);
    expect(result.series).toHaveLength(1);
    expect(result.series[0]).toMatchObject({ areaId: 'arsta', siteId: 'arsta-meter' });
    expect(result.series[0]?.points.map((p) => [p.period, p.value])).toEqual([
      ['2024-01', 20], // mean of 10 and "30"
      ['2024-02', 30], // mean of 20 (the interval) and 40
    ]);
    expect(result.pointsRead).toBe(7);
    expect(result.dropped).toEqual([{ reason: 'non-numeric result', count: 3 }]);
    expect(progress).toEqual([1, 2]);
  });

  it('aggregates with sum, min, max and last', async () => {
    server = await startTestServer((request, response, baseUrl) => sendJson(response, pages(baseUrl)[request.url] ?? {}, 200));
    const read = (aggregate: 'sum' | 'min' | 'max' | 'last') =>
      readSensorThings(
        { kind: 'sensorthings', datastreams: [{ url: `${server?.baseUrl}/v1.1/Datastreams(42)`, area: 'arsta' }], aggregate },
        testContext(server?.baseUrl ?? '', { frequency: 'monthly' }),
      );
    const values = async (aggregate: 'sum' | 'min' | 'max' | 'last') => (await read(aggregate)).series[0]?.points.map((p) => p.value);
    expect(await values('sum')).toEqual([40, 60]);
    expect(await values('min')).toEqual([10, 20]);
    expect(await values('max')).toEqual([30, 40]);
    expect(await values('last')).toEqual([30, 40]);
  });
});
