/**
 * Until `data:build` publishes its outputs, this makes them for a dataset folder that is already
 * published (by default the embedded one, public/data/v1):
 *
 *   npm run data:zip -- [folder]
 *
 * It reads the folder as the build would hand it to its outputs — public indicators only, and
 * nothing that names an internal one — runs the same `publishedOutputs` the build runs (today the
 * zip, dcat.rdf and download.json of issue 13) and writes their files into the folder, replacing
 * an older zip. Run it again whenever the embedded dataset changes (a unit test says so).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  areasDocumentSchema,
  changesDocumentSchema,
  eventsDocumentSchema,
  goalsDocumentSchema,
  indicatorsDocumentSchema,
  metaSchema,
  observationsDocumentSchema,
  sitesDocumentSchema,
} from '../src/lib/api/schemas.ts';
import { publishedOutputs } from '../data-build/outputs/index.ts';
import type { BuiltDataset } from '../data-build/outputs/types.ts';
import { DEFAULT_ZIP_BASE_NAME } from '../data-build/outputs/zip.ts';
import { isMainModule } from './is-main.ts';

export const DEFAULT_FOLDER = 'public/data/v1';

const json = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;

/** The public part of a published dataset folder, as `BuiltDataset` (internal indicators removed). */
export function readPublishedDataset(folder: string): BuiltDataset {
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');
  const meta = metaSchema.parse(JSON.parse(read('meta.json')));
  const allIndicators = indicatorsDocumentSchema.parse(JSON.parse(read('indicators.json')));
  const publicIds = new Set(allIndicators.indicators.filter((indicator) => indicator.visibility === 'public').map((indicator) => indicator.id));
  const indicators = { ...allIndicators, indicators: allIndicators.indicators.filter((indicator) => publicIds.has(indicator.id)) };
  const rawGoals = goalsDocumentSchema.parse(JSON.parse(read('goals.json')));
  const goals = { ...rawGoals, goals: rawGoals.goals.map((goal) => ({ ...goal, targets: goal.targets.filter((target) => publicIds.has(target.indicatorId)) })) };
  const rawSites = sitesDocumentSchema.parse(JSON.parse(read('sites.geojson')));
  const sites = {
    ...rawSites,
    features: rawSites.features.map((site) =>
      site.properties.indicatorIds ? { ...site, properties: { ...site.properties, indicatorIds: site.properties.indicatorIds.filter((id) => publicIds.has(id)) } } : site,
    ),
  };
  const areas = areasDocumentSchema.parse(JSON.parse(read('areas.geojson')));
  const events = eventsDocumentSchema.parse(JSON.parse(read('events.json')));
  const observations = indicators.indicators.map((indicator) => observationsDocumentSchema.parse(JSON.parse(read(`observations/${indicator.id}.json`))));
  const changesText = readdirSync(folder).includes('changes.json') ? read('changes.json') : undefined;
  const changes = changesText ? changesDocumentSchema.parse(JSON.parse(changesText)) : undefined;

  const files = new Map<string, string>([
    ['meta.json', read('meta.json')],
    ['areas.geojson', read('areas.geojson')],
    // Re-written only where internal indicators had to be removed.
    ['indicators.json', publicIds.size === allIndicators.indicators.length ? read('indicators.json') : json(JSON.stringify(indicators))],
    ['goals.json', JSON.stringify(goals) === JSON.stringify(rawGoals) ? read('goals.json') : json(JSON.stringify(goals))],
    ['sites.geojson', JSON.stringify(sites) === JSON.stringify(rawSites) ? read('sites.geojson') : json(JSON.stringify(sites))],
    ['events.json', read('events.json')],
    ...indicators.indicators.map((indicator): [string, string] => [`observations/${indicator.id}.json`, read(`observations/${indicator.id}.json`)]),
    ...(changesText ? ([['changes.json', changesText]] as Array<[string, string]>) : []),
  ]);
  return { meta, areas, indicators, goals, sites, events, observations, changes, files };
}

export async function runDataZip(folder: string = DEFAULT_FOLDER, print: (line: string) => void = console.log): Promise<void> {
  const dataset = readPublishedDataset(folder);
  for (const name of readdirSync(folder)) {
    if (name.startsWith(`${DEFAULT_ZIP_BASE_NAME}-`) && name.endsWith('.zip')) rmSync(join(folder, name));
  }
  for (const output of publishedOutputs) {
    for (const file of await output(dataset)) {
      const target = join(folder, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
      print(`wrote ${target} (${typeof file.contents === 'string' ? Buffer.byteLength(file.contents) : file.contents.byteLength} bytes)`);
    }
  }
}

if (isMainModule(import.meta.url)) {
  await runDataZip(process.argv[2] ?? DEFAULT_FOLDER);
}
