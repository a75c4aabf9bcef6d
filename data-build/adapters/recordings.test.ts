// @vitest-environment node
/**
 * The adapters fed genuine answers recorded from the real services (./recordings/, origin and
 * licence in its README), served byte for byte by a local server.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { decodeJsonStat } from './jsonstat';
import { asUtc, parseContentRange, readNgsiLd } from './ngsild';
import { readPxweb } from './pxweb';
import { readSensorThings } from './sensorthings';
import { releaseNetworkFromMsw, startTestServer, testContext, type TestServer } from './test-server';

releaseNetworkFromMsw();

let server: TestServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

const recording = (file: string) => readFileSync(new URL(`./recordings/${file}`, import.meta.url));

test('SCB PxWebApi 2, TAB638 (population): the recorded json-stat2 answer gives Riket 2024 = 50 937', async () => {
  const body = recording('scb-v2-TAB638-data.json');
  server = await startTestServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
    response.end(body);
  });
  const result = await readPxweb(
    {
      kind: 'pxweb',
      table: 'TAB638',
      regionVariable: 'Region',
      timeVariable: 'Tid',
      contents: 'BE0101N1',
      areas: { '00': 'sweden' },
      selection: [
        { variableCode: 'Region', valueCodes: ['00'] },
        { variableCode: 'Civilstand', valueCodes: ['OG'] },
        { variableCode: 'Alder', valueCodes: ['0'] },
        { variableCode: 'Kon', valueCodes: ['1'] },
        { variableCode: 'ContentsCode', valueCodes: ['BE0101N1'] },
        { variableCode: 'Tid', valueCodes: ['2024'] },
      ],
    },
    testContext(server.baseUrl),
  );
  expect(server.requests[0]?.method).toBe('POST');
  expect(server.requests[0]?.url).toBe('/tables/TAB638/data?lang=sv&outputFormat=json-stat2');
  expect(result.series).toHaveLength(1);
  expect(result.series[0]).toMatchObject({ areaId: 'sweden', points: [{ period: '2024', value: 50937, quality: 'measured' }] });
  expect(result.pointsRead).toBe(1);
});

test('SensorThings (SensorUp, Toronto bike share): a recorded Observations page is read whole, its string results counted, and its absolute @iot.nextLink followed', async () => {
  const body = recording('sensorup-toronto-bike-Datastreams-206051-Observations.json');
  const recordedOrigin = 'https://toronto-bike-snapshot.sensorup.com';
  server = await startTestServer((request, response) => {
    if (request.url.startsWith('/v1.0/Datastreams(206051)/Observations?$top=100&$skip=100')) {
      // The recording stops at its first page; the page its nextLink names was not recorded, so
      // this test ends the stream there with an empty last page (made here, not recorded).
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"value":[]}');
      return;
    }
    if (request.url.startsWith('/v1.0/Datastreams(206051)/Observations?')) {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
      response.end(body);
      return;
    }
    response.writeHead(404).end();
  });
  // The page links to the recorded host by absolute URL; like a hosts-file entry, requests to
  // that origin are sent to the local server (the bodies are untouched).
  const realFetch = globalThis.fetch;
  const localBase = server.baseUrl;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return realFetch(url.startsWith(recordedOrigin) ? localBase + url.slice(recordedOrigin.length) : url, init);
  });
  const input = { kind: 'sensorthings' as const, datastreams: [{ id: 206051, area: 'toronto' }] };
  const context = testContext(server.baseUrl, {
    frequency: 'daily',
    timeZone: 'America/Toronto',
    endpoints: { kolada: server.baseUrl, pxweb: server.baseUrl, sensorthings: `${server.baseUrl}/v1.0` },
  });

  const last = await readSensorThings({ ...input, aggregate: 'last' }, context);
  expect(server.requests.map((r) => r.url)).toEqual([
    '/v1.0/Datastreams(206051)/Observations?$orderby=phenomenonTime%20asc&$select=phenomenonTime,result,resultTime&$top=1000',
    '/v1.0/Datastreams(206051)/Observations?$top=100&$skip=100',
  ]);
  expect(last.pointsRead).toBe(100);
  expect(last.dropped).toEqual([]);
  // The page is newest first (the recording was taken without $orderby): "last" is still the
  // latest reading (23 docks at 21:55:12Z), not the last one in the list (20 at 13:35:10Z).
  expect(last.series).toHaveLength(1);
  expect(last.series[0]).toMatchObject({ areaId: 'toronto', points: [{ period: '2017-02-16', value: 23, quality: 'measured' }] });

  const mean = await readSensorThings({ ...input, aggregate: 'mean' }, context);
  expect(mean.series[0]?.points).toEqual([expect.objectContaining({ period: '2017-02-16', value: 21.63 })]);
  const min = await readSensorThings({ ...input, aggregate: 'min' }, context);
  expect(min.series[0]?.points[0]?.value).toBe(20);
});

test('Mintaka (FIWARE Short-Term-History tutorial): the documented temporalValues answer gives heartRate last = 52, mean = 51', async () => {
  const body = recording('mintaka-temporalValues-cow.json');
  server = await startTestServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/ld+json' });
    response.end(body);
  });
  const input = { kind: 'ngsild' as const, entity: 'urn:ngsi-ld:Animal:cow001', attribute: 'heartRate', area: 'farm', tenant: 'openiot' };
  const context = testContext(server.baseUrl, { frequency: 'daily', timeZone: 'Europe/Berlin' });

  const last = await readNgsiLd(input, context);
  expect(server.requests[0]?.url).toBe(
    '/temporal/entities/urn%3Angsi-ld%3AAnimal%3Acow001?attrs=heartRate&options=temporalValues&timerel=after&timeAt=1970-01-01T00%3A00%3A00Z',
  );
  expect(server.requests[0]?.headers['ngsild-tenant']).toBe('openiot');
  expect(last.pointsRead).toBe(3);
  // Newest first (lastN): "last" is the reading at 10:59:58.790Z, not the last pair in the list.
  expect(last.series[0]).toMatchObject({ areaId: 'farm', points: [{ period: '2021-09-16', value: 52, quality: 'measured' }] });
  const mean = await readNgsiLd({ ...input, aggregate: 'mean' }, context);
  expect(mean.series[0]?.points[0]?.value).toBe(51);
});

test("Mintaka's documented Content-Range header (zone-less UTC times, a start without seconds) is read as UTC", () => {
  // The header line exactly as the tutorial documents it for a 206 answer.
  const range = parseContentRange('date-time 2021-09-16T11:00-2021-09-16T10:22:39.650/3');
  expect(range).toEqual({ start: '2021-09-16T11:00', end: '2021-09-16T10:22:39.650', total: 3 });
  expect(new Date(asUtc(range?.end ?? '')).toISOString()).toBe('2021-09-16T10:22:39.650Z');
  expect(new Date(asUtc(range?.start ?? '')).toISOString()).toBe('2021-09-16T11:00:00.000Z');
});

test('Statistics Norway json-stat2 (table 07221, house price index): quarters, ".." cells as gaps, the other regions reported', async () => {
  const body = recording('ssb-07221-boligindeks-json-stat2.json');
  server = await startTestServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
    response.end(body);
  });
  const result = await readPxweb(
    {
      kind: 'pxweb',
      table: '07221',
      regionVariable: 'Region',
      timeVariable: 'Tid',
      // Boligtype has three categories; "contents" picks 02 (småhus) among them.
      contents: '02',
      areas: { TOTAL: 'norway', '007': 'innlandet' },
      selection: [],
    },
    testContext(server.baseUrl),
  );
  expect(result.pointsRead).toBe(96);
  const norway = result.series.find((s) => s.areaId === 'norway');
  expect(norway?.points.map((p) => [p.period, p.value])).toEqual([
    ['2022-01', 142.3],
    ['2022-04', 145.9],
    ['2022-07', 143.1],
    ['2022-10', 138.1],
    ['2023-01', 141.2],
    ['2023-04', 144.2],
    ['2023-07', 142.1],
    ['2023-10', 136.8],
  ]);
  // SSB marks Innlandet's småhus cells ".." (no data): eight gaps, not zeros.
  const innlandet = result.series.find((s) => s.areaId === 'innlandet');
  expect(innlandet?.points).toHaveLength(8);
  expect(innlandet?.points.every((p) => p.value === null)).toBe(true);
  expect(result.warnings).toContain('region codes without an area were skipped: 001, 002, 003, 004, 005, 006, 008, 009, 010, 011');
});

test('Statistics Finland json-stat2 (population 31.12. by year, sex and age): the decoder finds cells by their codes', () => {
  const dataset = decodeJsonStat(JSON.parse(recording('statfin-vaerak-11rc-json-stat2.json').toString('utf8')));
  expect(dataset.dimensions.map((d) => [d.id, d.codes.length])).toEqual([
    ['Vuosi', 3],
    ['Sukupuoli', 3],
    ['Ikä', 10],
    ['Tiedot', 1],
  ]);
  const cells = [...dataset.cells()];
  expect(cells).toHaveLength(90);
  const at = (year: string, sex: string, age: string) =>
    cells.find((c) => c.codes.Vuosi === year && c.codes.Sukupuoli === sex && c.codes['Ikä'] === age)?.value;
  expect(at('2020', 'SSS', '20-24')).toBe(308410);
  expect(at('2021', '1', '30-34')).toBe(186959);
  expect(at('2022', 'SSS', '65-69')).toBe(349928);
  expect(dataset.dimensions[1]?.labels).toEqual({ SSS: 'Totalt', '1': 'Män', '2': 'Kvinnor' });
});
