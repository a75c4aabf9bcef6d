/**
 * npm run data:rollback -- --out <dir> --to <release id> [--internal-out <dir>] [--today …]
 *
 * Makes an earlier release the latest again, in one atomic step (docs/sources.md "Rollback"):
 * the release's documents become the top level again with this moment as `meta.updated`;
 * changes.json gains an update saying so (`restoredTo`) with every value and status the rollback
 * changes, from which the feed says "Återställd till …" / "Restored to …"; the zip, DCAT and the
 * feed are made again from the restored documents; and the rollback itself becomes a new
 * release (`restoredFrom`), since it is a publication like any other. Earlier releases are never
 * touched. Everything is written to a staged folder first: a failure leaves the output as it was.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainModule } from '../scripts/is-main.ts';
import type { ObservationsDocument as ParsedObservations } from '../src/contract/documents.ts';
import { changesDocumentSchema, metaSchema, releasesDocumentSchema, type ChangesDocument, type Meta, type ReleasesDocument } from '../src/contract/schemas.ts';
import { buildClock } from './build.ts';
import { compareDatasets, type ComparableDataset } from './changes.ts';
import type { BuiltDataset, PublishedOutput } from './outputs/types.ts';
import { readPreviousOutput, type PreviousOutput } from './previous.ts';
import { listFiles, RELEASES_DOCUMENT, RELEASES_FOLDER, writeReleases } from './releases.ts';
import { discardStaged, stageFolder, swapIn, type StagedFolder } from './write/atomic.ts';
import { stableJson } from './write/canonical.ts';

export interface RollbackOptions {
  outDir: string;
  internalOutDir?: string | undefined;
  to: string;
  /** The rollback's `updated` (`YYYY-MM-DD` or ISO date-time); default now. */
  today?: string | undefined;
  /** Published outputs (default: ./outputs/index.ts). */
  outputs?: ReadonlyArray<PublishedOutput>;
}

export interface RollbackResult {
  ok: boolean;
  errors: string[];
  /** The release the rollback published. */
  releaseId?: string;
  changes?: number;
}

class RollbackFailure extends Error {}

/** Files made from the documents: made again for the restored documents, never carried over. */
const DERIVED = (path: string) => path === 'feed.xml' || path === 'dcat.rdf' || path === 'download.json' || path.endsWith('.zip');

async function readReleases(folder: string): Promise<ReleasesDocument> {
  let text: string;
  try {
    text = await readFile(join(folder, RELEASES_DOCUMENT), 'utf8');
  } catch {
    throw new RollbackFailure(`${join(folder, RELEASES_DOCUMENT)} is missing: this output has no releases to go back to`);
  }
  const parsed = releasesDocumentSchema.safeParse(JSON.parse(text) as unknown);
  if (!parsed.success) throw new RollbackFailure(`${join(folder, RELEASES_DOCUMENT)} does not follow the contract`);
  return parsed.data;
}

function comparableOf(output: PreviousOutput, meta: Meta, areasFrom: PreviousOutput): ComparableDataset {
  return {
    updated: meta.updated,
    archived: meta.archived,
    indicators: output.indicators,
    areas: areasFrom.areas,
    goals: output.goals,
    observations: new Map<string, ParsedObservations>([...output.observations].map(([id, doc]) => [id, doc])),
  };
}

async function readTexts(folder: string): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>();
  for (const path of await listFiles(folder)) {
    const bytes = await readFile(join(folder, ...path.split('/')));
    files.set(path, path.endsWith('.zip') ? bytes : bytes.toString('utf8'));
  }
  return files;
}

/** The files of one restored output: the release's documents, a new meta.updated and the rollback's update in changes.json. */
async function restoredFiles(
  currentDir: string,
  releaseDir: string,
  id: string,
  updated: string,
  publicBase: { current: PreviousOutput; release: PreviousOutput; meta: Meta },
): Promise<{ files: Map<string, string | Buffer>; changes: ChangesDocument; count: number }> {
  const [current, release] = await Promise.all([readPreviousOutput(currentDir), readPreviousOutput(releaseDir)]);
  if (!current || !release) throw new RollbackFailure(`cannot read ${current ? releaseDir : currentDir}`);
  const files = new Map([...(await readTexts(releaseDir))].filter(([path]) => !DERIVED(path)));
  const meta = { ...publicBase.meta, updated };
  const metaText = files.get('meta.json');
  if (typeof metaText === 'string') files.set('meta.json', stableJson(metaSchema, { ...(JSON.parse(metaText) as object), updated }));
  const before = comparableOf(current, publicBase.current.meta as Meta, publicBase.current);
  const after = comparableOf(release, meta, publicBase.release);
  const changes = compareDatasets(before, after);
  const currentChanges = changesDocumentSchema.safeParse(JSON.parse((await readFile(join(currentDir, 'changes.json'), 'utf8').catch(() => 'null')) as string));
  const document: ChangesDocument = {
    apiVersion: '1',
    updates: [{ updated, previousUpdated: before.updated, restoredTo: id, changes }, ...(currentChanges.success ? currentChanges.data.updates : [])],
  };
  files.set('changes.json', stableJson(changesDocumentSchema, document));
  return { files, changes: document, count: changes.length };
}

/** The internal release that was the latest when the public release `id` was published. */
function internalCounterpart(internal: ReleasesDocument, publicUpdated: string): string | undefined {
  const at = new Date(publicUpdated.length === 10 ? `${publicUpdated}T00:00:00Z` : publicUpdated).getTime();
  const earlier = internal.releases.filter(
    (release) => new Date(release.updated.length === 10 ? `${release.updated}T00:00:00Z` : release.updated).getTime() <= at,
  );
  return earlier.at(-1)?.id;
}

export async function runRollback(options: RollbackOptions): Promise<RollbackResult> {
  const staged: StagedFolder[] = [];
  try {
    const clock = buildClock(options.today);
    const releases = await readReleases(options.outDir);
    const target = releases.releases.find((release) => release.id === options.to);
    if (!target)
      throw new RollbackFailure(`there is no release ${options.to} in ${options.outDir} (releases: ${releases.releases.map((r) => r.id).join(', ')})`);
    if (target.id === releases.latest) throw new RollbackFailure(`release ${target.id} is already the latest`);
    const releaseDir = join(options.outDir, RELEASES_FOLDER, target.id);
    const [currentPublic, releasePublic] = await Promise.all([readPreviousOutput(options.outDir), readPreviousOutput(releaseDir)]);
    if (!currentPublic?.meta || !releasePublic?.meta) throw new RollbackFailure(`cannot read the documents of ${options.outDir} or of release ${target.id}`);
    const base = { current: currentPublic, release: releasePublic, meta: releasePublic.meta };
    const restored = await restoredFiles(options.outDir, releaseDir, target.id, clock.updated, base);

    // The published outputs (feed with the "restored" entry, zip, DCAT) from the restored documents.
    const files = new Map<string, string | Uint8Array>(restored.files);
    const texts = new Map([...restored.files].flatMap(([path, contents]) => (typeof contents === 'string' ? [[path, contents] as const] : [])));
    const json = <T>(path: string) => JSON.parse(texts.get(path) ?? 'null') as T;
    let built: BuiltDataset = {
      meta: json<Meta>('meta.json'),
      areas: json('areas.geojson'),
      indicators: json('indicators.json'),
      goals: json('goals.json'),
      sites: json('sites.geojson'),
      events: json('events.json'),
      observations: releasePublic.indicators.map((indicator) => json(`observations/${indicator.id}.json`)),
      changes: restored.changes,
      files: texts,
    };
    const outputs = options.outputs ?? (await import('./outputs/index.ts')).publishedOutputs;
    for (const output of outputs) {
      const made = await output(built);
      for (const file of made) files.set(file.path, file.contents);
      const more = made.flatMap((file) => (typeof file.contents === 'string' ? [[file.path, file.contents] as const] : []));
      if (more.length > 0) built = { ...built, files: new Map([...built.files, ...more]) };
    }

    staged.push(await stageFolder(options.outDir, files));
    let internalFiles: Map<string, string | Uint8Array> | undefined;
    let internalId: string | undefined;
    if (options.internalOutDir !== undefined) {
      const internal = await readReleases(options.internalOutDir);
      internalId = internalCounterpart(internal, target.updated);
      if (!internalId) throw new RollbackFailure(`the internal output has no release from before ${target.updated}`);
      const made = await restoredFiles(options.internalOutDir, join(options.internalOutDir, RELEASES_FOLDER, internalId), internalId, clock.updated, base);
      internalFiles = made.files;
      staged.push(await stageFolder(options.internalOutDir, internalFiles));
    }
    const made = await writeReleases(staged[0]?.temp as string, { previousDir: options.outDir, files, updated: clock.updated, restoredFrom: target.id });
    if (internalFiles && staged[1] && internalId !== undefined) {
      await writeReleases(staged[1].temp, { previousDir: options.internalOutDir, files: internalFiles, updated: clock.updated, restoredFrom: internalId });
    }
    await swapIn(staged);
    staged.length = 0;
    return { ok: true, errors: [], releaseId: made.made?.id, changes: restored.count };
  } catch (error) {
    await Promise.all(staged.map(discardStaged));
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}

export const USAGE = 'Usage: npm run data:rollback -- --out <dir> --to <release id> [--internal-out <dir>] [--today YYYY-MM-DD]';

export function parseRollbackArgs(argv: ReadonlyArray<string>): RollbackOptions | string {
  const args = argv.filter((arg) => arg !== '--');
  const options: Partial<RollbackOptions> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (!['--out', '--internal-out', '--to', '--today'].includes(arg)) return `unknown argument ${arg}`;
    if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
    i += 1;
    if (arg === '--out') options.outDir = value;
    else if (arg === '--internal-out') options.internalOutDir = value;
    else if (arg === '--to') options.to = value;
    else options.today = value;
  }
  if (options.outDir === undefined) return '--out is required';
  if (options.to === undefined) return '--to is required';
  return options as RollbackOptions;
}

export async function runRollbackCli(argv: ReadonlyArray<string>, print: (line: string) => void = console.log): Promise<number> {
  const parsed = parseRollbackArgs(argv);
  if (typeof parsed === 'string') {
    print(`data:rollback: ${parsed}`);
    print(USAGE);
    return 2;
  }
  const result = await runRollback(parsed);
  if (!result.ok) {
    for (const error of result.errors) print(`ERROR ${error}`);
    print(`FAILED: ${parsed.outDir} was left as it was.`);
    return 1;
  }
  print(`OK: release ${parsed.to} is the latest again, published as release ${result.releaseId ?? '?'} (${result.changes ?? 0} changes).`);
  return 0;
}

if (isMainModule(import.meta.url)) {
  runRollbackCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error('data:rollback crashed:', error);
      process.exitCode = 2;
    },
  );
}
