import { afterEach, describe, expect, it } from 'vitest';
import { decodeJsonStat } from './jsonstat.ts';
import { periodOfPxwebTimeCode } from './periods.ts';
import { readPxweb } from './pxweb.ts';
import { releaseNetworkFromMsw, sendJson, startTestServer, testContext, type TestServer } from './test-server.ts';
import type { PxwebInput } from './types.ts';

releaseNetworkFromMsw();

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Region (3) × ContentsCode (2) × Tid (3), row-major: the last id varies fastest, so cell
 * index = region·6 + content·3 + time. Status markers on three missing cells.
 */
const threeDimensions = {
  version: '2.0',
  class: 'dataset',
  label: 'Personbilar i trafik efter region, tabellinnehåll och år',
  source: 'SCB',
  updated: '2025-03-20T08:00:00Z',
  id: ['Region', 'ContentsCode', 'Tid'],
  size: [3, 2, 3],
  dimension: {
    Region: {
      label: 'region',
      category: { index: { '0180R001': 0, '0180R002': 1, '0180R003': 2 }, label: { '0180R001': 'Årsta', '0180R002': 'Hjorthagen', '0180R003': 'Annan' } },
    },
    ContentsCode: {
      label: 'tabellinnehåll',
      category: {
        index: { BE0101AA: 0, BE0101AB: 1 },
        label: { BE0101AA: 'Personbilar i trafik', BE0101AB: 'Personbilar per 1 000 inv' },
        unit: { BE0101AA: { base: 'antal', decimals: 0 } },
      },
    },
    Tid: { label: 'år', category: { index: ['2021', '2022', '2023'] } },
  },
  //       R001: AA 21,22,23 | AB 21,22,23   R002: AA … | AB …            R003: AA … | AB …
  value: [1200, 1250, null, 310, 320, 330, 800, null, 900, 250, 260, null, 5, 6, 7, 8, 9, 10],
  status: { '2': '..', '7': ':', '11': '.' },
  role: { time: ['Tid'], metric: ['ContentsCode'] },
};

const input: PxwebInput = {
  kind: 'pxweb',
  table: 'TAB9999',
  selection: [
    { variableCode: 'Region', valueCodes: ['0180R001', '0180R002', '0180R003'] },
    { variableCode: 'ContentsCode', valueCodes: ['BE0101AA', 'BE0101AB'] },
    { variableCode: 'Tid', valueCodes: ['top(3)'] },
  ],
  regionVariable: 'Region',
  timeVariable: 'Tid',
  areas: { '0180R001': 'arsta', '0180R002': 'norra-djurgardsstaden' },
  contents: 'BE0101AA',
};

describe('readPxweb', () => {
  it('POSTs the selection and decodes a three-dimensional json-stat2 answer with status markers', async () => {
    server = await startTestServer((_request, response) => sendJson(response, threeDimensions));
    const result = await readPxweb(input, testContext(server.baseUrl));

    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/tables/TAB9999/data?lang=sv&outputFormat=json-stat2');
    expect(JSON.parse(request?.body ?? '{}')).toEqual({ selection: input.selection });

    expect(result.series.map((s) => s.areaId)).toEqual(['arsta', 'norra-djurgardsstaden']);
    const values = Object.fromEntries(result.series.map((s) => [s.areaId, s.points.map((p) => [p.period, p.value])]));
    expect(values).toEqual({
      arsta: [
        ['2021', 1200],
        ['2022', 1250],
        ['2023', null],
      ],
      'norra-djurgardsstaden': [
        ['2021', 800],
        ['2022', null],
        ['2023', 900],
      ],
    });
    expect(result.series[0]?.points[0]?.note).toEqual({ sv: 'Källa: SCB, tabell TAB9999', en: 'Source: Statistics Sweden, table TAB9999' });
    expect(result.dropped).toEqual([{ reason: 'region code not mapped to an area', count: 3 }]);
    expect(result.warnings.join(' ')).toContain('0180R003');
  });

  it('reads the other content, quarter and month codes, and a table of four dimensions', async () => {
    const fourDimensions = {
      ...threeDimensions,
      id: ['Drivmedel', 'Region', 'ContentsCode', 'Tid'],
      size: [1, 1, 1, 2],
      dimension: {
        Drivmedel: { category: { label: { el: 'El' } } },
        Region: { category: { index: { '0180R001': 0 } } },
        ContentsCode: { category: { index: { X: 0 } } },
        Tid: { category: { index: { '2023K2': 0, '2023K3': 1 } } },
      },
      value: [17, 18.5],
      status: undefined,
    };
    server = await startTestServer((_request, response) => sendJson(response, fourDimensions));
    const result = await readPxweb({ ...input, contents: undefined }, testContext(server.baseUrl, { frequency: 'quarterly' }));
    expect(result.series[0]?.points.map((p) => [p.period, p.value])).toEqual([
      ['2023-04', 17],
      ['2023-07', 18.5],
    ]);
    expect(periodOfPxwebTimeCode('2023M04')).toBe('2023-04');
    expect(periodOfPxwebTimeCode('2023')).toBe('2023');
    expect(periodOfPxwebTimeCode('2023K4')).toBe('2023-10');
    expect(periodOfPxwebTimeCode('2023H1')).toBeUndefined();
  });

  it('sums several region codes of one area and says so; a missing part makes the sum missing', async () => {
    server = await startTestServer((_request, response) => sendJson(response, threeDimensions));
    const result = await readPxweb({ ...input, areas: { '0180R001': 'arsta', '0180R002': 'arsta' } }, testContext(server.baseUrl));
    expect(result.series[0]?.points.map((p) => p.value)).toEqual([2000, null, null]);
    expect(result.warnings.join(' ')).toMatch(/summed/);
  });

  it('names a dimension that was not narrowed to one category', async () => {
    server = await startTestServer((_request, response) => sendJson(response, threeDimensions));
    await expect(readPxweb({ ...input, contents: undefined }, testContext(server.baseUrl))).rejects.toThrow(/dimension "ContentsCode" has 2 categories/);
  });

  it('rejects a malformed json-stat2 answer with the indicator, kind and URL', async () => {
    server = await startTestServer((_request, response) => sendJson(response, { ...threeDimensions, value: [1, 2, 3] }));
    const error = await readPxweb(input, testContext(server.baseUrl)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'SourceError',
      indicatorId: 'test-indicator',
      sourceKind: 'pxweb',
      url: `${server.baseUrl}/tables/TAB9999/data?lang=sv&outputFormat=json-stat2`,
    });
    expect(String(error)).toMatch(/malformed json-stat2 answer: "value" has 3 cells but the sizes make 18/);
  });
});

describe('decodeJsonStat', () => {
  it('walks the cells row-major with the last dimension fastest', () => {
    const cells = [...decodeJsonStat(threeDimensions).cells()];
    expect(cells).toHaveLength(18);
    expect(cells[7]).toEqual({ codes: { Region: '0180R002', ContentsCode: 'BE0101AA', Tid: '2022' }, value: null, status: ':' });
    expect(cells[17]).toEqual({ codes: { Region: '0180R003', ContentsCode: 'BE0101AB', Tid: '2023' }, value: 10 });
  });
});
