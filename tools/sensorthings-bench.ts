/**
 * Benchmark (not a timed test; `npm run bench:sensorthings`): one SensorThings datastream of
 * 1 000 000 observations served locally in pages of 1 000 is read and aggregated to monthly
 * values. The budget (docs/sources.md "Speed and memory"): ≤ 60 s wall time, ≤ 300 MB peak
 * resident memory. The server runs in this process and the adapter in a child process, so the
 * child's `maxRSS` is the adapter's own peak (plus Node and tsx), not the server's.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readSensorThings } from '../data-build/adapters/sensorthings';
import { REQUEST_TIMEOUT_MS, REQUEST_TRIES } from '../data-build/adapters/http';

const TOTAL = Number(process.env.BENCH_OBSERVATIONS ?? 1_000_000);
const PAGE = 1000;
const START = Date.parse('2023-01-01T00:00:00Z');
const STEP_MS = 60_000; // one reading a minute: 1 000 000 readings ≈ 23 months
const BUDGET_MS = 60_000;
const BUDGET_RSS_MB = 300;

function page(skip: number, baseUrl: string): string {
  const end = Math.min(skip + PAGE, TOTAL);
  const value: string[] = [];
  for (let i = skip; i < end; i++) {
    value.push(`{"phenomenonTime":"${new Date(START + i * STEP_MS).toISOString()}","result":${(i % 977) / 10}}`);
  }
  const next =
    end < TOTAL
      ? `,"@iot.nextLink":"${baseUrl}/v1.1/Datastreams(1)/Observations?$orderby=phenomenonTime%20asc&$select=phenomenonTime,result&$top=${PAGE}&$skip=${end}"`
      : '';
  return `{"@iot.count":${TOTAL}${next},"value":[${value.join(',')}]}`;
}

async function runParent(): Promise<void> {
  let baseUrl = '';
  const server = createServer((request, response) => {
    const skip = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('$skip') ?? 0);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(page(skip, baseUrl));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', baseUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  server.close();
  if (code !== 0) throw new Error(`the adapter process failed (exit ${String(code)})`);

  const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as { wallMs: number; maxRssMb: number; pointsRead: number; periods: number };
  const withinTime = result.wallMs <= BUDGET_MS;
  const withinMemory = result.maxRssMb <= BUDGET_RSS_MB;
  console.log(
    [
      `SensorThings benchmark: ${result.pointsRead.toLocaleString('en')} observations in pages of ${PAGE} → ${result.periods} monthly values`,
      `  wall time     ${(result.wallMs / 1000).toFixed(1)} s   (budget ${BUDGET_MS / 1000} s) ${withinTime ? 'OK' : 'OVER'}`,
      `  peak RSS      ${result.maxRssMb.toFixed(0)} MB   (budget ${BUDGET_RSS_MB} MB) ${withinMemory ? 'OK' : 'OVER'}`,
    ].join('\n'),
  );
  if (!withinTime || !withinMemory) process.exitCode = 1;
}

async function runChild(baseUrl: string): Promise<void> {
  const started = performance.now();
  const result = await readSensorThings(
    { kind: 'sensorthings', datastreams: [{ id: 1, area: 'bench' }], aggregate: 'mean' },
    {
      indicatorId: 'bench',
      frequency: 'monthly',
      timeZone: 'Europe/Stockholm',
      endpoints: { kolada: '', pxweb: '', sensorthings: `${baseUrl}/v1.1` },
      timeoutMs: REQUEST_TIMEOUT_MS,
      tries: REQUEST_TRIES,
      retrievedAt: new Date().toISOString(),
    },
  );
  const wallMs = performance.now() - started;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ wallMs, maxRssMb, pointsRead: result.pointsRead, periods: result.series[0]?.points.length ?? 0 }));
}

// `--child <server URL>` is how the parent starts the measured process; people run it without arguments.
const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { child: { type: 'string' } } });
if (values.child !== undefined) await runChild(values.child);
else await runParent();
