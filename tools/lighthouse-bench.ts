/**
 * Lighthouse benchmark of the production build: builds, serves `dist/` with gzip and an
 * SPA fallback, points config.json at the built-in basemap (no tile server on this machine), and
 * runs Lighthouse 12.2.3's default (mobile, simulated throttling) preset N times per route in
 * Debian's Chromium. Prints the median score, LCP, TBT, CLS and transferred bytes per route and
 * exits non-zero when a route's median score is below the budget or its median CLS above it.
 *
 * Usage:
 *   npm run bench:lighthouse -- [--runs 5] [--routes /,/en/map] [--no-build] [--json file]
 * The load average is printed with the results: the machine is shared, so compare figures taken
 * at similar load.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../scripts/chromium-flags';
import { isMainModule } from '../scripts/is-main.ts';
import { median } from '../scripts/stats';
import { resolveStaticPath } from '../scripts/static-host';
import { APP_ROUTES, routePath, type RouteParameter } from '../src/core/paths.ts';

export const SCORE_BUDGET = 95;
export const CLS_BUDGET = 0.02;

const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The routes measured: every single page of the route table in both languages, one of each parametrised page. */
export function benchRoutes(distDir: string): string[] {
  const indicators = JSON.parse(readFileSync(join(distDir, 'data/v1/indicators.json'), 'utf8')) as { indicators: Array<{ id: string; visibility?: string }> };
  const areas = JSON.parse(readFileSync(join(distDir, 'data/v1/areas.geojson'), 'utf8')) as { features: Array<{ id: string }> };
  const indicator = indicators.indicators.find((entry) => entry.visibility !== 'internal')?.id ?? 'missing';
  const area = areas.features[0]?.id ?? 'missing';
  const single = APP_ROUTES.filter((route) => !('each' in route)).map((route) => routePath(route));
  const values: Record<RouteParameter, string> = { indicator, area };
  return [
    ...single,
    ...single.map((path) => `/en${path === '/' ? '' : path}`),
    ...APP_ROUTES.flatMap((route) => ('each' in route ? [routePath(route, values[route.each])] : [])),
  ];
}

/** A static host like production: gzip for text, SPA fallback, config.json with the built-in basemap. */
export async function serveDist(distDir: string) {
  const config = { ...(JSON.parse(readFileSync(join(distDir, 'config.json'), 'utf8')) as object), basemapStyleUrl: 'builtin:' };
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const served = resolveStaticPath(distDir, pathname);
    let body: Buffer;
    if (pathname === '/config.json') body = Buffer.from(JSON.stringify(config));
    else body = cache.get(served) ?? readFileSync(served);
    const type = pathname === '/config.json' ? CONTENT_TYPES['.json'] : (CONTENT_TYPES[extname(served)] ?? 'application/octet-stream');
    const headers: Record<string, string> = { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (/text|json|javascript|svg/.test(headers['Content-Type'] ?? '') && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const key = `gz:${served}:${pathname === '/config.json'}`;
      const zipped = cache.get(key) ?? gzipSync(body);
      cache.set(key, zipped);
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

export interface RouteResult {
  route: string;
  scores: number[];
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  kb: number;
}

async function main() {
  const { values: options } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '5' },
      routes: { type: 'string' },
      json: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const distDir = resolve(options.dist);
  const runs = Number(options.runs);
  if (!options['no-build']) {
    // The deployed build: the bundle, then every route prerendered to HTML. Without the second
    // step every page would wait for its JavaScript to paint, which is not what is served.
    for (const [command, ...args] of [
      ['npx', 'vite', 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'],
      ['npx', 'tsx', 'scripts/prerender.ts', '--dist', distDir],
    ] as const) {
      const step = spawnSync(command, args, { stdio: 'inherit' });
      if (step.status !== 0) process.exit(step.status ?? 1);
    }
  }
  const only = options.routes?.split(',');
  const routes = only ?? benchRoutes(distDir);
  const server = await serveDist(distDir);
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS });
  const results: RouteResult[] = [];
  const loadBefore = loadavg();
  try {
    for (const route of routes) {
      const samples: Array<{ score: number; lcp: number; tbt: number; cls: number; fcp: number; bytes: number }> = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${server.url}${route}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${route}`);
        if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.message}`);
        const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        samples.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcp: value('largest-contentful-paint'),
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          fcp: value('first-contentful-paint'),
          bytes: value('total-byte-weight'),
        });
      }
      const pick = (key: keyof (typeof samples)[number]) => median(samples.map((sample) => sample[key]));
      const row: RouteResult = {
        route,
        scores: samples.map((sample) => sample.score),
        score: pick('score'),
        lcpMs: pick('lcp'),
        tbtMs: pick('tbt'),
        cls: pick('cls'),
        fcpMs: pick('fcp'),
        kb: pick('bytes') / 1024,
      };
      results.push(row);
      console.log(
        `${route.padEnd(34)} ${String(row.score).padStart(3)}  FCP ${(row.fcpMs / 1000).toFixed(1)} s  LCP ${(row.lcpMs / 1000).toFixed(1)} s  TBT ${Math.round(row.tbtMs)} ms  CLS ${row.cls.toFixed(3)}  ${Math.round(row.kb)} KB  [${row.scores.join(' ')}]`,
      );
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const loadAfter = loadavg();
  console.log(
    `\n${runs} run(s) per route, medians. Load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}.`,
  );
  const jsonFile = options.json;
  if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ runs, loadBefore, loadAfter, results }, null, 2));
  const failing = results.filter((row) => row.score < SCORE_BUDGET || row.cls > CLS_BUDGET);
  if (failing.length > 0) {
    console.error(`Below budget (score ≥ ${SCORE_BUDGET}, CLS ≤ ${CLS_BUDGET}): ${failing.map((row) => row.route).join(', ')}`);
    process.exit(1);
  }
  console.log(`Every route: median score ≥ ${SCORE_BUDGET}, CLS ≤ ${CLS_BUDGET}.`);
}

if (isMainModule(import.meta.url)) await main();
