// @vitest-environment node
// Incremental harvest against real local SensorThings and NGSI-LD servers: a build with a kept
// state asks only for what arrived since and gives the same output as a full build of the same
// data. Run it under another TZ as well (TZ=America/New_York): the periods follow the dataset's zone.
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { adapters } from './adapters/index.ts';
import { releaseNetworkFromMsw, sendJson, startTestServer, type TestServer } from './adapters/test-server.ts';
import { runBuild, type BuildOptions } from './build.ts';
import { BUILD_STATE_FILE } from './harvest-state.ts';
import { FIXTURE_FILES, makeFixture, type Fixture } from './test/fixture.ts';

releaseNetworkFromMsw();

const ENTITY = 'urn:ngsi-ld:KeyPerformanceIndicator:alpha-meter';
/** Servers cut answers at 3 values, so every harvest pages. */
const PAGE = 3;

interface StObservation {
  phenomenonTime: string;
  resultTime: string;
  result: number;
}
let st: StObservation[] = [];
let ngsi: Array<[number, string]> = [];
let server: TestServer;
let fixture: Fixture;

function answerSensorThings(url: URL, baseUrl: string): unknown {
  const filter = url.searchParams.get('$filter');
  const after = filter ? Date.parse(filter.replace(/^resultTime gt /, '')) : Number.NEGATIVE_INFINITY;
  const list = st.filter((o) => Date.parse(o.resultTime) > after).sort((a, b) => Date.parse(a.phenomenonTime) - Date.parse(b.phenomenonTime));
  if (url.searchParams.get('$count') === 'true' && url.searchParams.get('$top') === '0') return { '@iot.count': list.length, value: [] };
  const skip = Number(url.searchParams.get('$skip') ?? 0);
  const top = Math.min(Number(url.searchParams.get('$top') ?? 1000), PAGE);
  const next = new URL(url.href);
  next.searchParams.set('$skip', String(skip + top));
  return {
    value: list.slice(skip, skip + top),
    ...(skip + top < list.length ? { '@iot.nextLink': `${baseUrl}${next.pathname}${next.search.replace(/\+/g, '%20')}` } : {}),
  };
}

beforeAll(async () => {
  server = await startTestServer((request, response, baseUrl) => {
    const url = new URL(request.url, baseUrl);
    if (url.pathname.startsWith('/st/')) return sendJson(response, answerSensorThings(url, baseUrl));
    if (url.pathname.startsWith('/ngsild/temporal/entities/')) {
      const after = Date.parse(url.searchParams.get('timeAt') ?? '1970-01-01T00:00:00Z');
      const list = ngsi.filter(([, at]) => Date.parse(at) > after).sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]));
      const page = list.slice(0, PAGE);
      const body = { id: ENTITY, type: 'KeyPerformanceIndicator', kpiValue: { type: 'Property', values: page } };
      if (list.length <= PAGE) return sendJson(response, body);
      return sendJson(response, body, 206, { 'Content-Range': `date-time ${page[0]?.[1] ?? ''}-${page.at(-1)?.[1] ?? ''}/*` });
    }
    sendJson(response, { message: 'no such path' }, 404);
  });
});
afterAll(() => server.close());
afterEach(() => fixture?.cleanup());

function sourceFiles(baseUrl: string): Record<string, string> {
  const dataset = (FIXTURE_FILES['dataset.yaml'] ?? '').replace(/endpoints:[\s\S]*$/, '');
  const indicator = (id: string, aggregate: string, input: string) =>
    `- id: ${id}\n  domain: energy\n  name: ${id}\n  unit: kWh\n  direction: decrease\n  decimals: 2\n  frequency: monthly\n  visibility: public\n  source: { name: test }\n  input: ${input.replace('AGG', aggregate)}\n`;
  return {
    'dataset.yaml': `${dataset}timeZone: Europe/Stockholm\nendpoints:\n  kolada: ${baseUrl}/kolada\n  pxweb: ${baseUrl}/pxweb\n  sensorthings: ${baseUrl}/st/v1.1\n  ngsild: ${baseUrl}/ngsild\n`,
    'areas.geojson': FIXTURE_FILES['areas.geojson'] ?? '',
    'indicators.yaml': [
      indicator('meter-mean', 'mean', '{ kind: sensorthings, aggregate: AGG, datastreams: [{ id: 1, area: alpha }] }'),
      indicator('meter-sum', 'sum', '{ kind: sensorthings, aggregate: AGG, datastreams: [{ id: 1, area: alpha }] }'),
      indicator('meter-max', 'max', '{ kind: sensorthings, aggregate: AGG, datastreams: [{ id: 1, area: alpha }] }'),
      indicator('kpi-last', 'last', `{ kind: ngsild, entity: "${ENTITY}", aggregate: AGG, area: alpha }`),
      indicator('kpi-mean', 'mean', `{ kind: ngsild, entity: "${ENTITY}", aggregate: AGG, area: alpha }`),
    ].join(''),
  };
}

const minutes = (iso: string, n: number) => new Date(Date.parse(iso) + n * 60_000).toISOString();

/** Readings every ~9 hours from mid-January, across the month ends (23:30Z on the 31st is February in Stockholm). */
function history(from: number, to: number): { st: StObservation[]; ngsi: Array<[number, string]> } {
  const out: StObservation[] = [];
  const pairs: Array<[number, string]> = [];
  for (let i = from; i < to; i += 1) {
    const at = new Date(Date.parse('2026-01-15T02:30:00Z') + i * 9 * 3_600_000 + (i % 3) * 1_800_000).toISOString();
    const value = Math.round(((i * 7919) % 1000) * 1.1) / 10 + 0.1; // awkward binary fractions on purpose
    out.push({ phenomenonTime: at, resultTime: minutes(at, 5), result: value });
    pairs.push([value, at]);
  }
  return { st: out, ngsi: pairs };
}

const build = (dir: string, overrides: Partial<BuildOptions> = {}) =>
  runBuild({
    sourceDir: fixture.source,
    outDir: join(fixture.root, dir, 'out'),
    internalOutDir: join(fixture.root, dir, 'internal'),
    today: '2026-03-10',
    adapters,
    outputs: [],
    timings: false,
    ...overrides,
  });

/** Every file of both outputs (public and internal, the build report and the kept build state included), byte for byte. */
function comparable(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

const requestsSince = (count: number) => server.requests.slice(count).map((r) => decodeURIComponent(r.url));
const pointsOf = (dir: string) =>
  (JSON.parse(readFileSync(join(fixture.root, dir, 'out', 'build-report.json'), 'utf8')) as { indicators: Array<{ indicatorId: string; pointsRead: number }> })
    .indicators;

test('an incremental build reads only what arrived, folds in a late observation, and equals a full build of the same data', async () => {
  fixture = makeFixture(sourceFiles(server.baseUrl));
  const first = history(0, 40);
  st = first.st;
  ngsi = first.ngsi;
  expect((await build('a')).errors).toEqual([]);
  const state = JSON.parse(readFileSync(join(fixture.root, 'a/internal', BUILD_STATE_FILE), 'utf8')) as {
    version: string;
    indicators: Record<string, unknown>;
  };
  expect(Object.keys(state.indicators)).toEqual(['kpi-last', 'kpi-mean', 'meter-max', 'meter-mean', 'meter-sum']);
  // The state is never published.
  expect(readdirSync(join(fixture.root, 'a/out'))).not.toContain(BUILD_STATE_FILE);
  cpSync(join(fixture.root, 'a'), join(fixture.root, 'before'), { recursive: true });

  // New readings, and one that arrives late: measured in January, sent now.
  const more = history(40, 47);
  const late = { phenomenonTime: '2026-01-20T12:00:00Z', resultTime: '2026-03-01T00:00:00Z', result: 999.9 };
  st = [...st, ...more.st, late];
  ngsi = [...ngsi, ...more.ngsi];
  const mark = server.requests.length;
  const incremental = await build('a', { today: '2026-03-11' });
  expect(incremental.errors).toEqual([]);
  const asked = requestsSince(mark);
  const lastResultTime = first.st.at(-1)?.resultTime ?? '';
  const observationPages = asked.filter((url) => url.startsWith('/st/') && !url.includes('$count=true'));
  expect(observationPages.length).toBeGreaterThan(1);
  expect(observationPages.every((url) => url.includes(`$filter=resultTime gt ${lastResultTime}`))).toBe(true);
  // Then one count per datastream checks that nothing slipped past the mark.
  expect(asked.filter((url) => url.includes('$count=true'))).toHaveLength(3);
  expect(asked.some((url) => url.includes(`timeAt=${first.ngsi.at(-1)?.[1] ?? ''}`))).toBe(true);
  // This run's cost: only the new readings (7, and the late one for the meter)…
  expect(incremental.fetched.get('meter-mean')).toEqual({ mode: 'incremental', points: 8 });
  expect(incremental.fetched.get('kpi-last')).toEqual({ mode: 'incremental', points: 7 });
  // …while the report counts what the series rest on, as a full build would.
  expect(pointsOf('a').find((entry) => entry.indicatorId === 'meter-mean')?.pointsRead).toBe(48);
  expect(pointsOf('a').find((entry) => entry.indicatorId === 'kpi-last')?.pointsRead).toBe(47);
  // January was recomputed with the late value (the max is it).
  const max = JSON.parse(readFileSync(join(fixture.root, 'a/out/observations/meter-max.json'), 'utf8')) as {
    series: Array<{ points: Array<{ period: string; value: number }> }>;
  };
  expect(max.series[0]?.points.find((p) => p.period === '2026-01')?.value).toBe(999.9);

  // A full build of the same data, from the same previous output: the same bytes.
  const full = await build('b', {
    today: '2026-03-11',
    full: true,
    previousDir: join(fixture.root, 'before/out'),
    internalPreviousDir: join(fixture.root, 'before/internal'),
  });
  expect(full.errors).toEqual([]);
  expect(full.fetched.get('meter-mean')).toEqual({ mode: 'full', points: 48 });
  expect(pointsOf('b').find((entry) => entry.indicatorId === 'meter-mean')?.pointsRead).toBe(48);
  expect(comparable(join(fixture.root, 'a'))).toEqual(comparable(join(fixture.root, 'b')));
});

test('a source whose count went down is harvested whole, as with --full', async () => {
  fixture = makeFixture(sourceFiles(server.baseUrl));
  const first = history(0, 30);
  st = first.st;
  ngsi = first.ngsi;
  expect((await build('a')).ok).toBe(true);
  cpSync(join(fixture.root, 'a'), join(fixture.root, 'before'), { recursive: true });

  // An observation is deleted at the source (a correction): the kept sums would be wrong.
  st = st.filter((_, i) => i !== 4);
  const mark = server.requests.length;
  expect((await build('a', { today: '2026-03-11' })).ok).toBe(true);
  const asked = requestsSince(mark).filter((url) => url.startsWith('/st/'));
  expect(asked.some((url) => url.includes('$count=true'))).toBe(true);
  expect(asked.some((url) => !url.includes('$filter') && url.includes('$orderby'))).toBe(true);
  expect(
    (
      await build('b', {
        today: '2026-03-11',
        full: true,
        previousDir: join(fixture.root, 'before/out'),
        internalPreviousDir: join(fixture.root, 'before/internal'),
      })
    ).ok,
  ).toBe(true);
  expect(comparable(join(fixture.root, 'a'))).toEqual(comparable(join(fixture.root, 'b')));

  // --full asks for everything even with a good state.
  const again = server.requests.length;
  expect((await build('a', { today: '2026-03-12', full: true })).ok).toBe(true);
  expect(requestsSince(again).some((url) => url.includes('$filter'))).toBe(false);
});

test('what an incremental run cannot see: an NGSI-LD value stamped before the mark, until the full run', async () => {
  fixture = makeFixture(sourceFiles(server.baseUrl));
  const first = history(0, 20);
  st = first.st;
  ngsi = first.ngsi;
  expect((await build('a')).ok).toBe(true);
  const lastOf = () =>
    (
      JSON.parse(readFileSync(join(fixture.root, 'a/out/observations/kpi-mean.json'), 'utf8')) as {
        series: Array<{ points: Array<{ period: string; value: number }> }>;
      }
    ).series[0]?.points.find((p) => p.period === '2026-01')?.value;
  const before = lastOf();
  ngsi = [...ngsi, [5000, '2026-01-16T00:00:00Z']];
  expect((await build('a', { today: '2026-03-11' })).ok).toBe(true);
  expect(lastOf()).toBe(before);
  expect((await build('a', { today: '2026-03-12', full: true })).ok).toBe(true);
  expect(lastOf()).not.toBe(before);
});
