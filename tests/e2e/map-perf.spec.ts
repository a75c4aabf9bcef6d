/**
 * The map with 10 000 and 100 000 generated sites (clustered), measured in Chromium with
 * software WebGL — a short version of tools/map-perf/map-perf.ts (which takes more runs; its results
 * are in docs/map.md). Each run is a fresh page with the built-in basemap.
 *
 * On a shared 2-core machine the figures move with the load, so by default this spec only fails
 * on a gross regression (10× the target); set MAP_PERF_STRICT=1 to hold the medians to the
 * map's targets (10 000 ≤ 400 ms, 100 000 ≤ 1.2 s, zoom ≤ 150 ms).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { TARGETS_MS, formatReport, measureSize, summarise, type SizeSummary } from '../../tools/map-perf/map-perf';
import { launchBrowser } from './harness';

const strict = process.env.MAP_PERF_STRICT === '1';
const slack = strict ? 1 : 10;
const summaries: SizeSummary[] = [];
let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (summaries.length > 0) console.log(formatReport(summaries, `map-perf.spec (${strict ? 'strict' : 'regression guard'})`));
});

for (const [size, runs] of [
  [10_000, 3],
  [100_000, 2],
] as const) {
  test(`${size.toLocaleString('en-GB')} clustered sites: adding the source to idle, and zooming, are measured`, async (context) => {
    const results = await measureSize(browser, size, runs, 3);
    const summary = summarise(results);
    summaries.push(summary);
    context.diagnostic(
      `source→idle median ${Math.round(summary.sourceToIdle.median)} ms, zoom median ${Math.round(summary.zoom.median)} ms, warm ${Math.round(summary.warm.median)} ms, page→idle ${Math.round(summary.pageToIdle.median)} ms`,
    );
    assert.equal(summary.sites, size, 'the map was given every generated site');
    for (const value of [summary.sourceToIdle.median, summary.zoom.median, summary.warm.median]) assert.ok(Number.isFinite(value) && value > 0);
    const target = TARGETS_MS[String(size)] ?? Infinity;
    assert.ok(summary.sourceToIdle.median <= target * slack, `source→idle ${Math.round(summary.sourceToIdle.median)} ms > ${target * slack} ms`);
    assert.ok(
      summary.zoom.median <= (TARGETS_MS.zoom ?? Infinity) * slack,
      `zoom ${Math.round(summary.zoom.median)} ms > ${(TARGETS_MS.zoom ?? 0) * slack} ms`,
    );
  });
}
