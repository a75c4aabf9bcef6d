/**
 * Measures what a release costs on disk (docs/decisions/0015-releases-by-hard-links.md):
 *
 *   npx tsx tools/release-bytes.ts
 *
 * 1. The embedded dataset, built as `npm run data:build:embedded` does (the committed previous
 *    output becomes the first release), then rebuilt with no change and with one changed value.
 * 2. A 100-indicator × 10-year monthly dataset (tools/monthly-dataset.ts): a first build, then a
 *    month later with one new month in every indicator, then a correction of one indicator.
 *
 * Prints, per release, its files, its bytes as a folder and the bytes it adds on disk (files not
 * hard-linked to an earlier release).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adapters } from '../data-build/adapters/index.ts';
import { runBuild, type BuildOptions } from '../data-build/build.ts';
import { releaseBytes } from '../data-build/releases.ts';
import { writeMonthlyDataset } from './monthly-dataset.ts';

const ROOT = resolve(import.meta.dirname, '..');

async function build(options: Omit<BuildOptions, 'adapters' | 'timings'>): Promise<void> {
  const result = await runBuild({ ...options, adapters, timings: false });
  if (!result.ok) throw new Error(result.errors.join('\n'));
}

async function report(label: string, outDir: string): Promise<void> {
  console.log(`\n${label}`);
  console.log('| release | files | bytes (folder) | bytes added on disk |');
  console.log('|---|---:|---:|---:|');
  for (const row of await releaseBytes(outDir)) console.log(`| ${row.id} | ${row.files} | ${row.bytes} | ${row.newBytes} |`);
}

const work = mkdtempSync(join(tmpdir(), 'gsm-release-bytes-'));
try {
  // ---- embedded
  const source = join(work, 'embedded');
  cpSync(join(ROOT, 'data/source/embedded'), source, { recursive: true });
  const out = join(work, 'embedded-out');
  await build({ sourceDir: source, outDir: out, previousDir: join(ROOT, 'data-build/fixtures/previous-output/public'), today: '2026-11-20T09:00:00Z' });
  await build({ sourceDir: source, outDir: out, today: '2026-11-21T09:00:00Z' });
  const csv = join(source, 'observations/ev-charging-share.csv');
  const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
  const last = lines.at(-1)?.split(',') ?? [];
  last[3] = String(Number(last[3]) + 1);
  lines[lines.length - 1] = last.join(',');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  await build({ sourceDir: source, outDir: out, today: '2026-12-20T09:00:00Z' });
  await report('Embedded dataset (first release adopted from the previous output; a build with no change makes none; then one value changed)', out);

  // ---- 100 indicators × 10 years, monthly
  const monthly = join(work, 'monthly');
  const monthlyOut = join(work, 'monthly-out');
  writeMonthlyDataset(monthly);
  await build({ sourceDir: monthly, outDir: monthlyOut, today: '2026-01-05' });
  writeMonthlyDataset(monthly, { extraMonths: 1 });
  await build({ sourceDir: monthly, outDir: monthlyOut, today: '2026-02-05' });
  const one = join(monthly, 'observations/synthetic-indicator-001.csv');
  writeFileSync(one, readFileSync(one, 'utf8').replace(/\n(2016-01,[^,]+),[^,]+,/, '\n$1,1.5,'));
  await build({ sourceDir: monthly, outDir: monthlyOut, today: '2026-02-06' });
  await report('100 indicators × 10 years monthly (first build; a new month in every indicator; one indicator corrected)', monthlyOut);
} finally {
  rmSync(work, { recursive: true, force: true });
}
