/**
 * Writes a large synthetic source folder for measurements: `indicators` monthly indicators ×
 * `years` years × the embedded dataset's areas (default 100 × 10 × 2 areas = 24 000 values).
 * The values are invented and the folder says so (isSample); it is never published.
 *
 *   npx tsx tools/monthly-dataset.ts <folder> [--indicators 100] [--years 10] [--months-extra N]
 *
 * `--months-extra N` adds N further months to every indicator: the next build's new data.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMainModule } from '../scripts/is-main.ts';

const EMBEDDED = resolve(import.meta.dirname, '../data/source/embedded');

export interface MonthlyDatasetOptions {
  indicators?: number;
  years?: number;
  /** Further months after the `years` (a later build's new values). */
  extraMonths?: number;
}

/** A deterministic value for indicator i, area a, month m (no randomness: reruns give the same bytes). */
const valueOf = (i: number, a: number, m: number) => Math.round((50 + 30 * Math.sin((m + i * 7 + a * 3) / 6) + (i % 10)) * 10) / 10;

export function writeMonthlyDataset(folder: string, options: MonthlyDatasetOptions = {}): void {
  const count = options.indicators ?? 100;
  const months = (options.years ?? 10) * 12 + (options.extraMonths ?? 0);
  mkdirSync(join(folder, 'observations'), { recursive: true });
  const dataset = readFileSync(join(EMBEDDED, 'dataset.yaml'), 'utf8');
  writeFileSync(join(folder, 'dataset.yaml'), dataset);
  copyFileSync(join(EMBEDDED, 'areas.geojson'), join(folder, 'areas.geojson'));
  const areaIds = (
    JSON.parse(readFileSync(join(EMBEDDED, 'areas.geojson'), 'utf8')) as { features: Array<{ id: string; properties: { role?: string } }> }
  ).features
    .filter((feature) => feature.properties.role !== 'reference')
    .map((feature) => feature.id);
  const yaml: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `synthetic-indicator-${String(i + 1).padStart(3, '0')}`;
    yaml.push(
      `- id: ${id}`,
      `  domain: ${['energy', 'mobility', 'housing'][i % 3]}`,
      `  name: { sv: Syntetisk indikator ${i + 1}, en: Synthetic indicator ${i + 1} }`,
      `  description: { sv: Påhittade månadsvärden för mätningar., en: Invented monthly values for measurements. }`,
      `  unit: { sv: enheter, en: units }`,
      `  direction: increase`,
      `  decimals: 1`,
      `  frequency: monthly`,
      `  visibility: public`,
      `  source: { name: Syntetiska testdata, url: https://example.org/synthetic }`,
    );
    const rows = ['period,area,value,quality'];
    for (const [a, area] of areaIds.entries()) {
      for (let m = 0; m < months; m += 1) {
        const period = `${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
        rows.push(`${period},${area},${valueOf(i, a, m)},modelled`);
      }
    }
    writeFileSync(join(folder, 'observations', `${id}.csv`), `${rows.join('\n')}\n`);
  }
  writeFileSync(join(folder, 'indicators.yaml'), `${yaml.join('\n')}\n`);
}

if (isMainModule(import.meta.url)) {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const folder = args[0];
  if (!folder) {
    console.error('Usage: npx tsx tools/monthly-dataset.ts <folder> [--indicators 100] [--years 10] [--months-extra N]');
    process.exitCode = 2;
  } else {
    const flag = (name: string) => {
      const at = args.indexOf(name);
      return at >= 0 ? Number(args[at + 1]) : undefined;
    };
    writeMonthlyDataset(folder, { indicators: flag('--indicators'), years: flag('--years'), extraMonths: flag('--months-extra') });
    console.log(`wrote ${folder}`);
  }
}
