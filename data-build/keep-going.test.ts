/**
 * A failing source, end to end: for each standard source kind, HTTP 500, a timeout and an
 * HTML page instead of JSON each fail the real build (the CLI with the real adapters, against a
 * real server on 127.0.0.1) with the documented error, leaving the previous output as it was;
 * with --keep-going the indicator keeps its previous series, marked stale (docs/sources.md, "A
 * failing source and --keep-going").
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObservationsDocument } from '../src/contract/schemas.ts';
import { adapters } from './adapters/index.ts';
import { releaseNetworkFromMsw, sendJson, startTestServer, type TestServer } from './adapters/test-server.ts';
import type { NetworkInput } from './adapters/types.ts';
import { runCli } from './cli.ts';
import { FIXTURE_FILES, makeFixture, type Fixture } from './test/fixture.ts';

releaseNetworkFromMsw();

type Kind = NetworkInput['kind'];
type Failure = '500' | 'timeout' | 'html';

/** Short, so that a timeout (three tries, pauses no longer than the timeout) costs about a second. */
const TIMEOUT_MS = 200;
const BASELINE_DAY = '2026-01-15';
const FAILING_DAY = '2026-02-01';

const KINDS: Kind[] = ['kolada', 'pxweb', 'sensorthings', 'ngsild'];
const ENTITY = 'urn:ngsi-ld:KeyPerformanceIndicator:alpha-ev';

/** The first request URL of each kind's indicator below (below the kind's endpoint). */
const FIRST_REQUEST: Record<Kind, string> = {
  kolada: '/data/kpi/N07945/municipality/0180',
  pxweb: '/tables/TAB1/data?lang=sv&outputFormat=json-stat2',
  sensorthings: '/Datastreams(7)/Observations?$orderby=phenomenonTime%20asc&$select=phenomenonTime,result,resultTime&$top=1000',
  ngsild: `/temporal/entities/${encodeURIComponent(ENTITY)}?attrs=kpiValue&options=temporalValues&timerel=after&timeAt=1970-01-01T00%3A00%3A00Z`,
};

const PROBLEM: Record<Failure, string> = {
  '500': 'HTTP 500: Internal Server Error (3 tries)',
  timeout: `timed out after ${TIMEOUT_MS} ms (3 tries)`,
  html: 'answered HTML instead of JSON (HTTP 200, text/html; charset=utf-8); check the URL',
};

/** A healthy answer of each kind: two annual values for one area. */
const ANSWER: Record<Kind, unknown> = {
  kolada: {
    count: 2,
    values: [2022, 2023].map((period, i) => ({ kpi: 'N07945', municipality: '0180', period, values: [{ gender: 'T', count: 1, status: '', value: 8 + i }] })),
    next_url: null,
  },
  pxweb: {
    version: '2.0',
    class: 'dataset',
    id: ['Region', 'Tid'],
    size: [1, 2],
    dimension: {
      Region: { label: 'region', category: { index: { '0180R001': 0 }, label: { '0180R001': 'Alfa' } } },
      Tid: { label: 'år', category: { index: ['2022', '2023'] } },
    },
    value: [1200, 1250],
    role: { time: ['Tid'] },
  },
  sensorthings: {
    value: [
      { phenomenonTime: '2022-06-01T10:00:00Z', result: 10 },
      { phenomenonTime: '2023-06-01T10:00:00Z', result: 30 },
    ],
  },
  ngsild: {
    id: ENTITY,
    type: 'KeyPerformanceIndicator',
    kpiValue: {
      type: 'Property',
      values: [
        [21, '2022-06-01T00:00:00Z'],
        [23, '2023-06-01T00:00:00Z'],
      ],
    },
  },
};

const INDICATORS = [
  ['kolada', '{ kind: kolada, kpi: N07945, municipality: "0180", area: city }'],
  [
    'pxweb',
    '{ kind: pxweb, table: TAB1, regionVariable: Region, timeVariable: Tid, selection: [{ variableCode: Region, valueCodes: ["0180R001"] }, { variableCode: Tid, valueCodes: ["*"] }], areas: { "0180R001": alpha } }',
  ],
  ['sensorthings', '{ kind: sensorthings, aggregate: mean, datastreams: [{ id: 7, area: alpha }] }'],
  ['ngsild', `{ kind: ngsild, entity: "${ENTITY}", area: alpha }`],
] as const;

const indicatorId = (kind: Kind) => `${kind}-share`;

function sourceFiles(baseUrl: string): Record<string, string> {
  const dataset = (FIXTURE_FILES['dataset.yaml'] ?? '').replace(/endpoints:[\s\S]*$/, '');
  return {
    'dataset.yaml': `${dataset}endpoints:\n${KINDS.map((kind) => `  ${kind}: ${baseUrl}/${kind}\n`).join('')}`,
    'areas.geojson': FIXTURE_FILES['areas.geojson'] ?? '',
    'indicators.yaml': INDICATORS.map(
      ([kind, input]) =>
        `- id: ${indicatorId(kind)}\n  domain: mobility\n  name: ${kind}\n  unit: procent\n  direction: increase\n  decimals: 0\n  frequency: annual\n  visibility: public\n  source: { name: ${kind} }\n  input: ${input}\n`,
    ).join(''),
  };
}

/** Which kind fails, and how; every other request is answered. */
let failing: { kind: Kind; failure: Failure } | undefined;

function answer(url: string, response: ServerResponse): void {
  const kind = KINDS.find((k) => url.startsWith(`/${k}/`));
  if (kind === undefined) return sendJson(response, { message: 'no such path' }, 404);
  if (failing?.kind !== kind) return sendJson(response, ANSWER[kind]);
  if (failing.failure === '500') {
    response.writeHead(500, { 'Content-Type': 'text/plain' });
    response.end('Internal Server Error');
  } else if (failing.failure === 'html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html><body>Logga in</body></html>');
  }
  // timeout: never answer; closing the server drops the connection.
}

/** Every file under `dir` as bytes, for a byte-for-byte comparison. */
function bytesOf(dir: string): Map<string, string> {
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

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

let server: TestServer;
let fixture: Fixture;
let baseline: Map<string, string>;

async function build(out: string, today: string, ...extra: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(
    [fixture.source, '--out', out, '--today', today, '--no-timings', ...extra],
    { DATA_BUILD_TIMEOUT_MS: String(TIMEOUT_MS) },
    adapters,
    (line) => lines.push(line),
  );
  return { code, lines };
}

beforeAll(async () => {
  server = await startTestServer((request, response) => answer(request.url, response));
  fixture = makeFixture(sourceFiles(server.baseUrl));
  failing = undefined;
  const first = await build(fixture.out, BASELINE_DAY);
  expect(first.lines.filter((line) => line.startsWith('ERROR'))).toEqual([]);
  expect(first.code).toBe(0);
  baseline = bytesOf(fixture.out);
});

afterAll(async () => {
  await server.close();
  fixture.cleanup();
});

const cases = KINDS.flatMap((kind) => (['500', 'timeout', 'html'] as const).map((failure) => ({ kind, failure })));

describe.each(cases)('$kind source, $failure', ({ kind, failure }) => {
  const id = indicatorId(kind);
  const url = () => `${server.baseUrl}/${kind}${FIRST_REQUEST[kind]}`;
  let out: string;

  beforeAll(() => {
    out = join(mkdtempSync(join(tmpdir(), 'gsm-keep-going-')), 'v1');
    cpSync(fixture.out, out, { recursive: true });
    failing = { kind, failure };
  });
  afterAll(() => {
    failing = undefined;
    rmSync(join(out, '..'), { recursive: true, force: true });
  });

  it('fails the build naming indicator, source kind and URL, and leaves the previous output byte for byte', async () => {
    const { code, lines } = await build(out, FAILING_DAY);
    expect(code).toBe(1);
    expect(lines.filter((line) => line.startsWith('ERROR'))).toEqual([`ERROR ${id}: ${kind} source ${url()}: ${PROBLEM[failure]}`]);
    expect(bytesOf(out)).toEqual(baseline);
  });

  it('with --keep-going succeeds, keeping the previous series marked stale, and reports it stale', async () => {
    const { code, lines } = await build(out, FAILING_DAY, '--keep-going');
    expect(lines.filter((line) => line.startsWith('ERROR'))).toEqual([]);
    expect(code).toBe(0);
    const previous = readJson<ObservationsDocument>(join(fixture.out, 'observations', `${id}.json`));
    expect(previous.series[0]?.points).toHaveLength(2);
    expect(readJson<ObservationsDocument>(join(out, 'observations', `${id}.json`))).toEqual({
      ...previous,
      stale: true,
      staleSince: `${FAILING_DAY}T00:00:00Z`,
    });
    const report = readJson<{ indicators: Array<Record<string, unknown>> }>(join(out, 'build-report.json'));
    expect(report.indicators).toHaveLength(KINDS.length);
    for (const entry of report.indicators) {
      if (entry.indicatorId === id) {
        expect(entry).toMatchObject({ sourceKind: kind, location: url(), outcome: 'stale', error: `${id}: ${kind} source ${url()}: ${PROBLEM[failure]}` });
      } else expect(entry).toMatchObject({ outcome: 'ok', pointsRead: 2 });
    }
  });
});

describe('--today is the clock of the whole build', () => {
  it('two builds with the same --today from the same network answers are byte-identical', async () => {
    failing = undefined;
    const again = join(mkdtempSync(join(tmpdir(), 'gsm-repeat-')), 'v1');
    try {
      // Let the wall clock move on, so a time stamp taken from it would differ.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const { code } = await build(again, BASELINE_DAY);
      expect(code).toBe(0);
      expect(bytesOf(again)).toEqual(baseline);
      for (const kind of KINDS) {
        const doc = readJson<ObservationsDocument>(join(again, 'observations', `${indicatorId(kind)}.json`));
        expect(doc.series[0]?.source?.retrievedAt, kind).toBe(`${BASELINE_DAY}T00:00:00Z`);
      }
    } finally {
      rmSync(join(again, '..'), { recursive: true, force: true });
    }
  });
});
