/**
 * Chart performance with a long series: the indicator page opened with an observations document
 * of 100 000 daily values (served as an override of the built dataset). The page reduces it with
 * LTTB to about one point per pixel before drawing; the chart reports its mount time through
 * `window.__indicatorChartMetrics` (performance measure "indicator-chart:mount"): from the chart
 * component's first render to every line in the DOM.
 *
 * The first mount also pays for parsing and compiling the chart library (~400 KB of JavaScript);
 * the target (≤ 50 ms after reduction) is checked on the following mounts — switching to the
 * table and back mounts a new chart — and both are printed (docs/indicators.md).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { median } from '../../scripts/stats';
import { DIST, openPage, shareServerAndBrowser } from './harness';

const INDICATOR = 'building-energy-use';
const LENGTH = 100_000;
const MOUNT_TARGET_MS = 50;
// Timings on a shared 2-core machine are noisy: by default the test fails on a gross regression
// (2× the target) and reports the median; CHART_PERF_STRICT=1 holds it to the target itself
// (as MAP_PERF_STRICT does for the map). Measured medians are in the closing notes.
const strict = process.env.CHART_PERF_STRICT === '1';
const MOUNT_LIMIT_MS = strict ? MOUNT_TARGET_MS : 2 * MOUNT_TARGET_MS;

interface ChartMetric {
  mountMs: number;
  reduceMs: number;
  totalPoints: number;
  drawnPoints: number;
  width: number;
}

/** 100 000 consecutive days from 1750-01-01, a yearly wave plus noise; every 50th value estimated. */
function longDocument() {
  const start = Date.UTC(1750, 0, 1);
  const points = Array.from({ length: LENGTH }, (_, index) => ({
    period: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
    value: Math.round((120 + 30 * Math.sin((index / 365.25) * 2 * Math.PI) - index / 2000 + ((index * 7919) % 13)) * 10) / 10,
    quality: index % 50 === 0 ? 'estimated' : 'measured',
  }));
  const original = JSON.parse(readFileSync(join(DIST, `data/v1/observations/${INDICATOR}.json`), 'utf8')) as {
    series: Array<{ areaId: string; siteId?: string }>;
  };
  const others = original.series.filter((series) => series.areaId !== 'arsta' || series.siteId !== undefined);
  return { apiVersion: '1', indicatorId: INDICATOR, series: [{ areaId: 'arsta', points }, ...others] };
}

const shared = shareServerAndBrowser({ [`/data/v1/observations/${INDICATOR}.json`]: longDocument() });

async function metrics(page: Page, count: number): Promise<ChartMetric[]> {
  await page.waitForFunction((n) => (window.__indicatorChartMetrics?.length ?? 0) >= n, count, { timeout: 60_000 });
  return page.evaluate(() => window.__indicatorChartMetrics ?? []);
}

test(`a ${LENGTH.toLocaleString('en')}-point series is reduced to about one point per pixel and the chart mounts within ${MOUNT_TARGET_MS} ms`, async () => {
  const { page, context, errors } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${shared.server.url}/indicators/${INDICATOR}?series=arsta`);
    // The page draws the chart as plain SVG first; recharts mounts when the reader points at it.
    await page.locator('.ts-static').hover({ timeout: 60_000 });
    const [first] = await metrics(page, 1);
    assert.ok(first, 'the chart reported its mount');
    assert.ok(first.totalPoints >= LENGTH, `the range holds every value (${first.totalPoints})`);
    assert.ok(first.drawnPoints <= first.width, `at most one point per pixel: ${first.drawnPoints} points for ${first.width} px`);

    // Remount the chart five times (Table tab, then Chart tab) for the steady-state mount time.
    const runs = 5;
    for (let run = 0; run < runs; run++) {
      await page.getByRole('tab', { name: 'Tabell' }).click();
      await page.getByRole('table', { name: /alla värden/ }).waitFor();
      await page.getByRole('tab', { name: 'Diagram' }).click();
      await metrics(page, run + 2);
    }
    const all = await metrics(page, runs + 1);
    const warm = all.slice(1).map((metric) => metric.mountMs);
    const reduce = all.map((metric) => metric.reduceMs);
    const summary = {
      points: first.totalPoints,
      drawn: first.drawnPoints,
      widthPx: first.width,
      firstMountMs: Number(first.mountMs.toFixed(1)),
      mountMsMedian: Number(median(warm).toFixed(1)),
      mountMsRuns: warm.map((ms) => Number(ms.toFixed(1))),
      reduceMsMedian: Number(median(reduce).toFixed(2)),
    };
    console.log(`chart performance: ${JSON.stringify(summary)}`);
    assert.ok(
      summary.mountMsMedian <= MOUNT_LIMIT_MS,
      `chart mount median ${summary.mountMsMedian} ms exceeds ${MOUNT_LIMIT_MS} ms (target ${MOUNT_TARGET_MS} ms)`,
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
