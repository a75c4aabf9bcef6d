/**
 * Measures the pilot map with generated sites, in the production build, in Debian's Chromium
 * with software WebGL (SwiftShader) — the slowest realistic renderer, so real GPUs do better.
 *
 * For each size (default 10 000 and 100 000 sites, clustered) and each run (a fresh page):
 *   source→idle  the map's own User Timing measure "gsm-map:sites-to-idle": from adding the
 *                clustered sites source to the map's next `idle` (the worker has indexed every
 *                point and the first frame with clusters is drawn)
 *   page→idle    from navigation start to that same `idle` (download, parse and validate the
 *                sites.geojson, render the list, load the map library, then the above) — context
 *   zoom         a click on "Zoom in" (no animation: the harness asks for reduced motion) to the
 *                next `idle`, several times in a row
 *   warm         the same source→idle measure when the data is replaced on a running map (a filter
 *                is switched off and on again; the second change sends all sites) — no worker
 *                start-up or shader compilation in it, unlike the first (cold) load
 * and prints medians against the map's targets (10 000 ≤ 400 ms, 100 000 ≤ 1.2 s, zoom ≤ 150 ms).
 *
 * The basemap is the built-in style (config `basemapStyleUrl: "builtin:"`), so only our layers
 * are measured and no network is involved. The sites are served from memory by the test server.
 *
 * Usage (after `npx vite build`):
 *   npx tsx tools/map-perf/map-perf.ts [--sizes 10000,100000] [--runs 5] [--zooms 3] [--json file] [--dist dir]
 * The machine's load average is printed with the results: other work on the same cores slows
 * SwiftShader down a lot, so compare figures taken at similar load.
 */
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateSites, type GeneratedArea } from './generate-sites';
import { DIST, launchBrowser, openPage, startStaticServer } from '../../tests/e2e/harness';
import { isMainModule } from '../../scripts/is-main.ts';
import { median } from '../../scripts/stats';

export const TARGETS_MS: Readonly<Record<string, number>> = { '10000': 400, '100000': 1200, zoom: 150 };

export interface RunResult {
  sites: number;
  sourceToIdleMs: number;
  pageToIdleMs: number;
  zoomMs: number[];
  warmMs: number;
}

export interface SizeSummary {
  sites: number;
  runs: number;
  sourceToIdle: { median: number; min: number; max: number };
  pageToIdle: { median: number; min: number; max: number };
  zoom: { median: number; min: number; max: number; count: number };
  warm: { median: number; min: number; max: number };
}

const stats = (values: ReadonlyArray<number>) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

export function summarise(results: ReadonlyArray<RunResult>): SizeSummary {
  const zooms = results.flatMap((result) => result.zoomMs);
  return {
    sites: results[0]?.sites ?? 0,
    runs: results.length,
    sourceToIdle: stats(results.map((result) => result.sourceToIdleMs)),
    pageToIdle: stats(results.map((result) => result.pageToIdleMs)),
    zoom: { ...stats(zooms), count: zooms.length },
    warm: stats(results.map((result) => result.warmMs)),
  };
}

/** The districts of the embedded dataset with their bounding boxes, to scatter sites in. */
export function embeddedAreas(distDir = DIST): GeneratedArea[] {
  type Ring = Array<[number, number]>;
  const areas = JSON.parse(readFileSync(join(distDir, 'data/v1/areas.geojson'), 'utf8')) as {
    features: Array<{ id: string; geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] } }>;
  };
  return areas.features.map((feature) => {
    const positions = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates.flat() : feature.geometry.coordinates.flat(2);
    const lons = positions.map((position) => position[0]);
    const lats = positions.map((position) => position[1]);
    return {
      id: feature.id,
      bounds: [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
    };
  });
}

async function waitForIdleAfter(page: Page, since: number, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    (after) => {
      const mark = performance.getEntriesByName('gsm-map:idle')[0];
      return mark && mark.startTime > after ? mark.startTime : false;
    },
    since,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** One fresh page: load /map with the server's generated sites, then zoom in `zooms` times. */
export async function measureRun(browser: Browser, baseUrl: string, zooms: number): Promise<RunResult> {
  const { page, context, errors } = await openPage(browser);
  try {
    await page.goto(`${baseUrl}/map`, { timeout: 180_000 });
    const handle = await page.waitForFunction(
      () => {
        const entry = performance.getEntriesByName('gsm-map:sites-to-idle')[0] as PerformanceMeasure | undefined;
        return entry ? { duration: entry.duration, end: entry.startTime + entry.duration, sites: (entry.detail as { sites: number }).sites } : false;
      },
      undefined,
      { timeout: 180_000, polling: 100 },
    );
    const first = (await handle.jsonValue()) as { duration: number; end: number; sites: number };
    // Let the page settle (list rendering, late frames) before timing zooms.
    await page.waitForTimeout(500);
    const zoomMs: number[] = [];
    for (let step = 0; step < zooms; step++) {
      const start = await page.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('.maplibregl-ctrl-zoom-in');
        if (!button) throw new Error('no zoom button');
        const time = performance.now();
        button.click();
        return time;
      });
      const idle = await waitForIdleAfter(page, start, 30_000);
      zoomMs.push(idle - start);
      // Past the map's 250 ms delay before it writes its view to the URL, so that work does not land in the next zoom.
      await page.waitForTimeout(600);
    }
    // Warm: switch a status off and on; the second change hands all sites to the running map again.
    const measures = () => page.evaluate(() => performance.getEntriesByName('gsm-map:sites-to-idle').length);
    for (let step = 0; step < 2; step++) {
      const before = await measures();
      await page.getByRole('checkbox', { name: /Klar|Completed/ }).click();
      await page.waitForFunction((count) => performance.getEntriesByName('gsm-map:sites-to-idle').length > count, before, { timeout: 60_000 });
      await page.waitForTimeout(300);
    }
    const warm = await page.evaluate(() => {
      const entry = performance.getEntriesByName('gsm-map:sites-to-idle').at(-1) as PerformanceMeasure;
      return { duration: entry.duration, sites: (entry.detail as { sites: number }).sites };
    });
    if (warm.sites !== first.sites) throw new Error(`the warm load had ${warm.sites} sites, not ${first.sites}`);
    if (errors.length > 0) throw new Error(`console errors: ${errors.join(' | ')}`);
    return { sites: first.sites, sourceToIdleMs: first.duration, pageToIdleMs: first.end, zoomMs, warmMs: warm.duration };
  } finally {
    await context.close();
  }
}

/** Serves the build with `count` generated sites and the built-in basemap; measures `runs` fresh pages. */
export async function measureSize(browser: Browser, count: number, runs: number, zooms: number, distDir = DIST): Promise<RunResult[]> {
  const sites = generateSites(count, embeddedAreas(distDir), count);
  const server = await startStaticServer(distDir, {
    '/config.json': { dataBaseUrl: 'data/v1/', basemapStyleUrl: 'builtin:', defaultLanguage: 'sv' },
    '/data/v1/sites.geojson': sites,
  });
  try {
    const results: RunResult[] = [];
    for (let run = 0; run < runs; run++) results.push(await measureRun(browser, server.url, zooms));
    return results;
  } finally {
    await server.close();
  }
}

export function formatReport(summaries: ReadonlyArray<SizeSummary>, environment: string): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const verdict = (value: number, target: number | undefined) => (target === undefined ? '' : value <= target ? `✓ ≤ ${target} ms` : `✗ > ${target} ms`);
  const lines = [
    environment,
    '',
    '| sites | runs | source→idle, cold: median (min–max) | target | zoom: median (min–max, n) | target | source→idle, warm: median | page→idle: median |',
    '|---:|---:|---|---|---|---|---:|---:|',
  ];
  for (const summary of summaries) {
    lines.push(
      `| ${summary.sites.toLocaleString('en-GB')} | ${summary.runs} | ${ms(summary.sourceToIdle.median)} (${ms(summary.sourceToIdle.min)}–${ms(summary.sourceToIdle.max)}) | ${verdict(summary.sourceToIdle.median, TARGETS_MS[String(summary.sites)])} | ${ms(summary.zoom.median)} (${ms(summary.zoom.min)}–${ms(summary.zoom.max)}, ${summary.zoom.count}) | ${verdict(summary.zoom.median, TARGETS_MS.zoom)} | ${ms(summary.warm.median)} | ${ms(summary.pageToIdle.median)} |`,
    );
  }
  return lines.join('\n');
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const sizes = option('sizes', '10000,100000').split(',').map(Number);
  const runs = Number(option('runs', '5'));
  const zooms = Number(option('zooms', '3'));
  const jsonFile = option('json', '');
  const distDir = resolve(option('dist', DIST));
  const browser = await launchBrowser();
  try {
    const environment = `Chromium ${browser.version()} (SwiftShader software WebGL), ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${new Date().toISOString()}`;
    const summaries: SizeSummary[] = [];
    const raw: Record<string, RunResult[]> = {};
    for (const size of sizes) {
      process.stderr.write(`measuring ${size} sites × ${runs} runs…\n`);
      const results = await measureSize(browser, size, runs, zooms, distDir);
      raw[size] = results;
      summaries.push(summarise(results));
    }
    const load = `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min) at the end`;
    console.log(formatReport(summaries, `${environment}; ${load}`));
    if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ environment, summaries, raw }, null, 2)}\n`);
  } finally {
    await browser.close();
  }
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
