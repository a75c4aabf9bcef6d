import { afterEach, describe, expect, it } from 'vitest';
import { readKolada } from './kolada.ts';
import { releaseNetworkFromMsw, sendJson, startTestServer, testContext, type TestServer } from './test-server.ts';

releaseNetworkFromMsw();

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const row = (period: number | string, values: Array<{ gender: string; value: number | null; status?: string }>, extra: object = {}) => ({
  kpi: 'N07945',
  municipality: '0180',
  period,
  values: values.map((v) => ({ count: 1, status: '', ...v })),
  ...extra,
});

/** Three pages: relative and absolute next_url, then next_url null. */
function koladaPages(baseUrl: string): Record<string, unknown> {
  return {
    '/data/kpi/N07945/municipality/0180': {
      count: 3,
      values: [
        row(2021, [
          { gender: 'T', value: 4.1 },
          { gender: 'K', value: 3.2 },
          { gender: 'M', value: 5.0 },
        ]),
        row(2022, [
          { gender: 'T', value: null, status: 'Missing' },
          { gender: 'K', value: 3.9 },
        ]),
        row(2019, [{ gender: 'T', value: 99 }], { isdeleted: true }),
      ],
      next_url: '/data/kpi/N07945/municipality/0180?page=2&per_page=3',
      previous_url: null,
    },
    '/data/kpi/N07945/municipality/0180?page=2&per_page=3': {
      count: 2,
      values: [
        row('2023', [
          { gender: 'T', value: 12.5 },
          { gender: 'K', value: 11.25 },
        ]),
        row(2020, [{ gender: 'M', value: 2 }]),
      ],
      next_url: `${baseUrl}/data/kpi/N07945/municipality/0180?page=3&per_page=3`,
    },
    '/data/kpi/N07945/municipality/0180?page=3&per_page=3': {
      count: 1,
      values: [
        row(
          2024,
          [
            { gender: 'T', value: 0 },
            { gender: 'K', value: 0.5 },
          ],
          { isdeleted: false },
        ),
      ],
      next_url: null,
    },
  };
}

async function startKolada(): Promise<TestServer> {
  return startTestServer((request, response, baseUrl) => {
    const page = koladaPages(baseUrl)[request.url];
    if (page === undefined) sendJson(response, { error: 'no such page' }, 404);
    else sendJson(response, page);
  });
}

describe('readKolada', () => {
  it('follows next_url to the end, drops deleted rows and keeps null as null', async () => {
    server = await startKolada();
    const result = await readKolada({ kind: 'kolada', kpi: 'N07945', municipality: '0180', area: 'stockholm' }, testContext(server.baseUrl));

    expect(server.requests.map((r) => r.url)).toEqual([
      '/data/kpi/N07945/municipality/0180',
      '/data/kpi/N07945/municipality/0180?page=2&per_page=3',
      '/data/kpi/N07945/municipality/0180?page=3&per_page=3',
    ]);
    expect(result.url).toBe(`${server.baseUrl}/data/kpi/N07945/municipality/0180`);
    expect(result.series).toHaveLength(1);
    const [series] = result.series;
    expect(series?.areaId).toBe('stockholm');
    expect(series?.points.map((p) => [p.period, p.value])).toEqual([
      ['2021', 4.1],
      ['2022', null],
      ['2023', 12.5],
      ['2024', 0],
    ]);
    expect(series?.points[0]?.note).toEqual({ sv: 'Källa: Kolada, N07945', en: 'Source: Kolada, N07945' });
    expect(series?.points[0]?.quality).toBe('measured');
    expect(series?.source).toMatchObject({ name: 'Kolada', url: result.url });
    expect(result.pointsRead).toBe(6);
    expect(result.dropped).toEqual(
      expect.arrayContaining([
        { reason: 'deleted in Kolada (isdeleted)', count: 1 },
        { reason: 'no value for gender T', count: 1 },
      ]),
    );
  });

  it('picks the chosen gender entry of each year', async () => {
    server = await startKolada();
    const result = await readKolada(
      { kind: 'kolada', kpi: 'N07945', municipality: '0180', area: 'stockholm', gender: 'K', quality: 'provisional' },
      testContext(server.baseUrl),
    );
    expect(result.series[0]?.points.map((p) => [p.period, p.value, p.quality])).toEqual([
      ['2021', 3.2, 'provisional'],
      ['2022', 3.9, 'provisional'],
      ['2023', 11.25, 'provisional'],
      ['2024', 0.5, 'provisional'],
    ]);
  });

  it('stops when next_url is absent or empty, and accepts v2 next_page', async () => {
    server = await startTestServer((request, response) => {
      if (request.url === '/v2-style') sendJson(response, { values: [row(2020, [{ gender: 'T', value: 1 }])], next_page: '/v2-style?page=2' });
      else sendJson(response, { values: [row(2021, [{ gender: 'T', value: 2 }])], next_url: '' });
    });
    const result = await readKolada(
      { kind: 'kolada', kpi: 'N07945', municipality: '0180', area: 'stockholm', url: `${server.baseUrl}/v2-style` },
      testContext(server.baseUrl),
    );
    expect(server.requests).toHaveLength(2);
    expect(result.series[0]?.points.map((p) => p.value)).toEqual([1, 2]);
  });

  it('fails with a SourceError on a paging loop', async () => {
    server = await startTestServer((_request, response, baseUrl) => sendJson(response, { values: [], next_url: `${baseUrl}/loop` }));
    await expect(
      readKolada({ kind: 'kolada', kpi: 'N07945', municipality: '0180', area: 'stockholm', url: `${server.baseUrl}/loop` }, testContext(server.baseUrl)),
    ).rejects.toThrow(/paging loop/);
  });
});
