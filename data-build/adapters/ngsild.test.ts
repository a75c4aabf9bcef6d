import { afterEach, describe, expect, it } from 'vitest';
import { parseContentRange, readNgsiLd } from './ngsild.ts';
import { releaseNetworkFromMsw, sendJson, startTestServer, testContext, type TestServer } from './test-server.ts';
import type { NgsiLdInput } from './types.ts';

releaseNetworkFromMsw();

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ENTITY = 'urn:ngsi-ld:KeyPerformanceIndicator:arsta-ev-share';
const input: NgsiLdInput = {
  kind: 'ngsild',
  entity: ENTITY,
  area: 'arsta',
  tenant: 'stockholm-pilot',
  context: 'https://example.org/context.jsonld',
};

const values: Array<[number | string, string]> = [
  [10, '2023-03-01T00:00:00Z'],
  [11, '2023-09-01T00:00:00Z'],
  [12, '2024-02-01T00:00:00Z'],
  ['n/a', '2024-05-01T00:00:00Z'],
  [14, '2024-12-31T23:30:00Z'], // 2025 in Stockholm
  [15, '2025-06-01T00:00:00Z'],
];

/** A broker that answers at most two values per request: 206 + Content-Range while cut. */
function temporalBroker(pageSize: number, inclusiveAfter: boolean) {
  return startTestServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const after = Date.parse(url.searchParams.get('timeAt') ?? '');
    const rest = values.filter(([, at]) => (inclusiveAfter ? Date.parse(at) >= after : Date.parse(at) > after));
    const page = rest.slice(0, pageSize);
    const body = { id: ENTITY, type: 'KeyPerformanceIndicator', kpiValue: { type: 'Property', values: page } };
    if (rest.length > pageSize) {
      const start = page[0]?.[1] ?? '';
      const end = page[page.length - 1]?.[1] ?? '';
      sendJson(response, body, 206, { 'Content-Range': `date-time ${start}-${end}/*` });
    } else sendJson(response, body);
  });
}

describe('readNgsiLd', () => {
  it('starts at 1970, continues after each Content-Range end until a 200, with tenant and Link headers', async () => {
    server = await temporalBroker(2, false);
    const result = await readNgsiLd(
      input,
      testContext(`${server.baseUrl}/ngsi-ld/v1`, { endpoints: { kolada: '', pxweb: '', ngsild: `${server.baseUrl}/ngsi-ld/v1` } }),
    );

    const timeAts = server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('timeAt'));
    expect(timeAts).toEqual(['1970-01-01T00:00:00Z', '2023-09-01T00:00:00Z', '2024-05-01T00:00:00Z']);
    const first = new URL(server.requests[0]?.url ?? '', 'http://x');
    expect(first.pathname).toBe(`/ngsi-ld/v1/temporal/entities/${encodeURIComponent(ENTITY)}`);
    expect(Object.fromEntries(first.searchParams)).toMatchObject({ attrs: 'kpiValue', options: 'temporalValues', timerel: 'after' });
    expect(server.requests[1]?.headers['ngsild-tenant']).toBe('stockholm-pilot');
    expect(server.requests[1]?.headers.link).toBe(
      '<https://example.org/context.jsonld>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"',
    );

    // Annual, aggregate `last`: the last value of each year in Stockholm time.
    expect(result.series[0]?.points.map((p) => [p.period, p.value])).toEqual([
      ['2023', 11],
      ['2024', 12],
      ['2025', 15],
    ]);
    expect(result.series[0]?.points[0]?.note).toEqual({ sv: `Källa: NGSI-LD, ${ENTITY}`, en: `Source: NGSI-LD, ${ENTITY}` });
    expect(result.dropped).toEqual([{ reason: 'non-numeric value', count: 1 }]);
  });

  it('does not count a value twice when the broker repeats the boundary value', async () => {
    server = await temporalBroker(3, true);
    const result = await readNgsiLd({ ...input, aggregate: 'sum' }, testContext(server.baseUrl));
    expect(result.series[0]?.points.map((p) => p.value)).toEqual([21, 12, 29]);
  });

  it('follows a Next-Page anchor when the broker sends one', async () => {
    server = await startTestServer((request, response) => {
      const anchor = new URL(request.url, 'http://x').searchParams.get('pageAnchor');
      if (anchor === null)
        sendJson(response, { id: ENTITY, kpiValue: { values: [[1, '2024-01-01T00:00:00Z']] } }, 206, {
          'Next-Page': 'p2',
          'Content-Range': 'date-time 2024-01-01T00:00:00Z-2024-01-01T00:00:00Z/2',
        });
      else sendJson(response, { id: ENTITY, kpiValue: { values: [[2, '2024-06-01T00:00:00Z']] } });
    });
    const result = await readNgsiLd({ ...input, aggregate: 'sum' }, testContext(server.baseUrl));
    expect(new URL(server.requests[1]?.url ?? '', 'http://x').searchParams.get('pageAnchor')).toBe('p2');
    expect(result.series[0]?.points).toMatchObject([{ period: '2024', value: 3 }]);
  });

  it('reads zone-less broker times as UTC whatever the machine zone (Mintaka writes Content-Range without Z)', async () => {
    // A Mintaka-style broker: observedAt with Z, the Content-Range times in UTC without one.
    const pairs: Array<[number, string]> = [
      [1, '2021-09-16T10:00:00.000Z'],
      [2, '2021-09-16T10:10:00.000Z'],
      [4, '2021-09-16T10:20:00.000Z'],
      [8, '2021-09-16T10:30:00.000Z'],
    ];
    const zoneless = (at: string | undefined) => (at ?? '').replace(/Z$/, '');
    server = await startTestServer((request, response) => {
      const timeAt = new URL(request.url, 'http://x').searchParams.get('timeAt') ?? '';
      const after = Date.parse(timeAt.endsWith('Z') ? timeAt : `${timeAt}Z`);
      const rest = pairs.filter(([, at]) => Date.parse(at) > after);
      const page = rest.slice(0, 2);
      const body = { id: ENTITY, kpiValue: { type: 'Property', values: page } };
      if (rest.length > 2) sendJson(response, body, 206, { 'Content-Range': `date-time ${zoneless(page[0]?.[1])}-${zoneless(page[1]?.[1])}/${pairs.length}` });
      else sendJson(response, body);
    });
    const result = await readNgsiLd({ ...input, aggregate: 'sum' }, testContext(server.baseUrl, { frequency: 'daily', timeZone: 'UTC' }));
    expect(result.dropped).toEqual([]);
    expect(result.series[0]?.points).toMatchObject([{ period: '2021-09-16', value: 15 }]);
  });

  it('places zone-less observedAt times as UTC instants in the dataset zone', async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, { id: ENTITY, kpiValue: { type: 'Property', values: [[5, '2024-12-31T23:30:00']] } }),
    );
    // 23:30 UTC on New Year's Eve is already 2025 in Stockholm.
    const result = await readNgsiLd(input, testContext(server.baseUrl));
    expect(result.series[0]?.points).toMatchObject([{ period: '2025', value: 5 }]);
  });

  it('fails on a 206 that gives no way to continue', async () => {
    server = await startTestServer((_request, response) => sendJson(response, { id: ENTITY, kpiValue: { values: [] } }, 206));
    await expect(readNgsiLd(input, testContext(server.baseUrl))).rejects.toThrow(/206 \(partial\) without a Content-Range or Next-Page/);
  });
});

describe('parseContentRange', () => {
  it('reads start, end and total', () => {
    expect(parseContentRange('date-time 2023-03-01T00:00:00Z-2023-09-01T00:00:00.000Z/*')).toEqual({
      start: '2023-03-01T00:00:00Z',
      end: '2023-09-01T00:00:00.000Z',
    });
    expect(parseContentRange('date-time 2023-03-01T00:00:00+01:00-2023-09-01T00:00:00+02:00/40')).toEqual({
      start: '2023-03-01T00:00:00+01:00',
      end: '2023-09-01T00:00:00+02:00',
      total: 40,
    });
    // Mintaka: UTC without a zone, minutes only at the start.
    expect(parseContentRange('date-time 2021-09-16T11:00-2021-09-16T10:22:39.650/3')).toEqual({
      start: '2021-09-16T11:00',
      end: '2021-09-16T10:22:39.650',
      total: 3,
    });
    expect(parseContentRange('bytes 0-10/20')).toBeUndefined();
  });
});
