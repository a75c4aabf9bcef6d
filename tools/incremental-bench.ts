/**
 * `npm run bench:incremental`: what the nightly build costs once the history is long.
 *
 * A local SensorThings server holds a datastream of 1 000 000 observations (one a minute); a
 * full build reads it all. Then 10 000 new observations arrive and the next build, with the kept
 * state, reads only those. Budget: the second build takes ≤ 10 % of the first's wall time and
 * reads ≤ 2 % of its bytes from the source, and its output equals a full build of the same data
 * byte for byte (every file, build-report.json and the kept build state included). Exit code 1 when
 * over budget or different. Figures: docs/sources.md "Incremental harvest".
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { adapters } from '../data-build/adapters/index.ts';
import { runBuild } from '../data-build/build.ts';

const HISTORY = Number(process.env.BENCH_OBSERVATIONS ?? 1_000_000);
const NEW = Number(process.env.BENCH_NEW ?? 10_000);
const PAGE = 1000;
const START = Date.parse('2023-01-01T00:00:00Z');
const STEP_MS = 60_000;
const LAG_MS = 30_000; // resultTime: half a minute after the reading

let total = HISTORY;
let bytesServed = 0;

const iso = (ms: number) => new Date(ms).toISOString();
const resultTimeOf = (i: number) => START + i * STEP_MS + LAG_MS;

function answer(url: URL, baseUrl: string): string {
  const filter = url.searchParams.get('$filter');
  // Observations are stored in resultTime order: the first index after the mark.
  const after = filter ? Date.parse(filter.replace(/^resultTime gt /, '')) : Number.NEGATIVE_INFINITY;
  const from = Number.isFinite(after) ? Math.max(0, Math.floor((after - START - LAG_MS) / STEP_MS) + 1) : 0;
  const count = Math.max(0, total - from);
  if (url.searchParams.get('$top') === '0') return `{"@iot.count":${count},"value":[]}`;
  const skip = Number(url.searchParams.get('$skip') ?? 0);
  const end = Math.min(from + skip + PAGE, total);
  const value: string[] = [];
  for (let i = from + skip; i < end; i++) {
    value.push(`{"phenomenonTime":"${iso(START + i * STEP_MS)}","resultTime":"${iso(resultTimeOf(i))}","result":${(i % 977) / 10}}`);
  }
  const next = new URL(url.href);
  next.searchParams.set('$skip', String(skip + PAGE));
  const link = end < total ? `,"@iot.nextLink":"${baseUrl}${next.pathname}${next.search.replace(/\+/g, '%20')}"` : '';
  return `{"@iot.count":${count}${link},"value":[${value.join(',')}]}`;
}

function sourceFolder(dir: string, baseUrl: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'dataset.yaml'),
    [
      'title: { sv: Mätvärden, en: Readings }',
      'publisher: { name: Bench }',
      'licence: { name: CC BY 4.0 }',
      'isSample: true',
      'sampleNote: { sv: Påhittade värden., en: Invented values. }',
      'contact: { email: bench@example.org }',
      'timeZone: Europe/Stockholm',
      'endpoints:',
      `  kolada: ${baseUrl}/kolada`,
      `  pxweb: ${baseUrl}/pxweb`,
      `  sensorthings: ${baseUrl}/v1.1`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'areas.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'bench',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [18, 59.3],
                [18.01, 59.3],
                [18.01, 59.31],
                [18, 59.31],
                [18, 59.3],
              ],
            ],
          },
          properties: { name: 'Bench' },
        },
      ],
    }),
  );
  writeFileSync(
    join(dir, 'indicators.yaml'),
    '- id: meter-mean\n  domain: energy\n  name: Meter\n  unit: kWh\n  direction: decrease\n  decimals: 1\n  frequency: monthly\n  visibility: public\n  source: { name: Bench }\n  input: { kind: sensorthings, aggregate: mean, datastreams: [{ id: 1, area: bench }] }\n',
  );
}

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

const work = mkdtempSync(join(tmpdir(), 'gsm-incremental-bench-'));
let baseUrl = '';
const server = createServer((request, response) => {
  const body = answer(new URL(request.url ?? '/', baseUrl), baseUrl);
  bytesServed += Buffer.byteLength(body);
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function timedBuild(
  dir: string,
  today: string,
  extra: { full?: boolean; previous?: string } = {},
): Promise<{ ms: number; bytes: number; points: number; fetched: number }> {
  const before = bytesServed;
  const started = performance.now();
  const result = await runBuild({
    sourceDir: join(work, 'source'),
    outDir: join(work, dir, 'out'),
    internalOutDir: join(work, dir, 'internal'),
    ...(extra.previous ? { previousDir: join(work, extra.previous, 'out'), internalPreviousDir: join(work, extra.previous, 'internal') } : {}),
    today,
    adapters,
    outputs: [],
    timings: false,
    full: extra.full === true,
  });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return { ms, bytes: bytesServed - before, points: result.report?.indicators[0]?.pointsRead ?? 0, fetched: result.fetched.get('meter-mean')?.points ?? 0 };
}

try {
  sourceFolder(join(work, 'source'), baseUrl);
  const first = await timedBuild('a', '2026-01-01');
  cpSync(join(work, 'a'), join(work, 'before'), { recursive: true });
  total = HISTORY + NEW;
  const second = await timedBuild('a', '2026-01-02');
  const full = await timedBuild('b', '2026-01-02', { full: true, previous: 'before' });
  const a = comparable(join(work, 'a'));
  const b = comparable(join(work, 'b'));
  const same = a.size === b.size && [...a].every(([path, text]) => b.get(path) === text);
  const timeShare = second.ms / first.ms;
  const byteShare = second.bytes / first.bytes;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  console.log(
    [
      `Incremental harvest: ${HISTORY.toLocaleString('en')} observations, then ${NEW.toLocaleString('en')} new (SensorThings, pages of ${PAGE}, monthly means)`,
      `  first build (full)          ${(first.ms / 1000).toFixed(2)} s, ${mb(first.bytes)} MB read, ${first.fetched} observations fetched`,
      `  second build (incremental)  ${(second.ms / 1000).toFixed(2)} s, ${mb(second.bytes)} MB read, ${second.fetched} observations fetched (report: ${second.points}, as the full build's ${full.points})`,
      `  full build of the same data ${(full.ms / 1000).toFixed(2)} s, ${mb(full.bytes)} MB read`,
      `  time   ${(timeShare * 100).toFixed(1)} % of the first (budget 10 %) ${timeShare <= 0.1 ? 'OK' : 'OVER'}`,
      `  bytes  ${(byteShare * 100).toFixed(2)} % of the first (budget 2 %) ${byteShare <= 0.02 ? 'OK' : 'OVER'}`,
      `  output ${same ? 'identical to the full build' : 'DIFFERS from the full build'}`,
    ].join('\n'),
  );
  if (timeShare > 0.1 || byteShare > 0.02 || !same) process.exitCode = 1;
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
