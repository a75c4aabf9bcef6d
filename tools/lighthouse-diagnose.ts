/**
 * One Lighthouse run per route with the diagnostics that explain a score: the largest
 * paint's element and phases, the layout shifts, the long main-thread tasks and script start-up.
 * Serves `dist/` as the benchmark does; run `npm run build` first.
 *
 * Usage: npx tsx tools/lighthouse-diagnose.ts [--profile] /route [/other …]
 *
 * `--profile` adds the V8 sampler to Lighthouse's own trace and prints, for every main-thread
 * task of 40 ms or more (observed, before the 4× slowdown), the functions it ran
 * (tools/trace-profile.ts). Profile the unminified build for readable names.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../scripts/chromium-flags';
import { serveDist } from './lighthouse-bench';
import { PROFILER_TRACE_CATEGORY, profileLongTasks } from './trace-profile';

interface Details {
  items?: Array<Record<string, unknown>>;
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: { profile: { type: 'boolean', default: false } },
});
const routes = positionals.filter((arg) => arg.startsWith('/'));
const withProfile = values.profile;
const server = await serveDist(resolve(process.env.DIST ?? 'dist'));
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  for (const route of routes) {
    const result = await lighthouse(`${server.url}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(withProfile ? { additionalTraceCategories: PROFILER_TRACE_CATEGORY } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) continue;
    const audit = (id: string) => lhr.audits[id];
    const items = (id: string) => ((audit(id)?.details ?? {}) as Details).items ?? [];
    console.log(`\n== ${route}: score ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}`);
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive']) {
      console.log(`  ${id}: ${audit(id)?.displayValue} (score ${audit(id)?.score})`);
    }

    for (const shift of items('layout-shifts')) console.log('  shift:', JSON.stringify(shift).slice(0, 400));
    console.log(
      '  render-blocking:',
      items('render-blocking-resources')
        .map((row) => `${String(row.url).replace(server.url, '')} ${Math.round(Number(row.wastedMs))}`)
        .join(', '),
    );
    const observed = (((audit('metrics')?.details ?? {}) as Details).items ?? [])[0] ?? {};
    console.log(
      '  observed:',
      [
        'observedFirstContentfulPaint',
        'observedLargestContentfulPaint',
        'observedDomContentLoaded',
        'observedLoad',
        'firstContentfulPaint',
        'largestContentfulPaint',
      ]
        .map((key) => `${key.replace('observed', 'obs')} ${Math.round(Number(observed[key]))}`)
        .join(', '),
    );
    console.log('  lcp element:', JSON.stringify(lhr.audits['largest-contentful-paint-element']?.details ?? null).slice(0, 500));
    console.log('  long tasks:');
    for (const task of items('long-tasks').slice(0, 12))
      console.log(`    ${String(task.url).replace(server.url, '')} start ${Math.round(Number(task.startTime))} dur ${Math.round(Number(task.duration))}`);
    console.log('  bootup:');
    for (const row of items('bootup-time').slice(0, 6))
      console.log(
        `    ${String(row.url).replace(server.url, '')} total ${Math.round(Number(row.total))} scripting ${Math.round(Number(row.scripting))} parse ${Math.round(Number(row.scriptParseCompile))}`,
      );
    console.log(
      '  main-thread:',
      items('mainthread-work-breakdown')
        .map((row) => `${String(row.groupLabel)} ${Math.round(Number(row.duration))}`)
        .join(', '),
    );
    if (withProfile) {
      for (const task of profileLongTasks(result.artifacts.Trace.traceEvents, 40)) {
        console.log(`  task at ${Math.round(task.startMs)} ms, ${Math.round(task.durationMs)} ms observed, ${task.samples} samples`);
        for (const [name, count] of task.inclusive.slice(0, 12)) console.log(`    ${String(count).padStart(5)} ${name}`);
        console.log('    innermost:');
        for (const [stack, count] of task.self.slice(0, 5)) console.log(`    ${String(count).padStart(5)} ${stack}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
