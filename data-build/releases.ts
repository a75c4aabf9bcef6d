/**
 * Dated releases (docs/data-api.md "Releases"; docs/decisions/0015-releases-by-hard-links.md).
 *
 * Every publication whose documents differ from the latest release is also kept, immutable, in
 * `releases/<id>/` beside the documents, and `releases.json` lists them all. The function here is
 * called once, in the publish step, on a folder that has been staged but not yet swapped in: it
 * carries the earlier releases over from the previous output, adds this publication's release
 * when it is due, and writes `releases.json`. Nothing is ever written into an existing release:
 * earlier releases are hard-linked (same files, no bytes copied), and a new release's unchanged
 * files are hard links to the earlier release's files, so a release costs only the bytes of the
 * files that changed.
 */
import { copyFile, link, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { releasesDocumentSchema, type Release, type ReleasesDocument } from '../src/contract/schemas.ts';
import { stableJson } from './write/canonical.ts';
import { exists } from './write/atomic.ts';

export const RELEASES_DOCUMENT = 'releases.json';
export const RELEASES_FOLDER = 'releases';
/** The internal output's incremental-harvest state (data-build/harvest-state.ts): never part of a release. */
const BUILD_STATE = 'build-state.json';

/**
 * Files that change on every build without the data changing (timings, time stamps, files made
 * from the documents): they travel with a release but never make one due by themselves.
 */
const DERIVED = new Set(['build-report.json', 'feed.xml', 'dcat.rdf', 'download.json']);
const isDerived = (path: string) => DERIVED.has(path) || path.endsWith('.zip');

export class ReleaseError extends Error {}

export interface ReleaseOptions {
  /** The previous output (where the earlier releases and releases.json are read from). */
  previousDir: string | undefined;
  /** The staged folder's files by relative path, exactly as written (the top-level documents). */
  files: ReadonlyMap<string, string | Uint8Array>;
  /** meta.updated of this publication. */
  updated: string;
  /** meta.updated of the previous output, for an output without meta.json of its own (the internal base). */
  previousUpdated?: string | undefined;
  /** Set by `data:rollback`: the release whose documents this publication restores (always makes a release). */
  restoredFrom?: string | undefined;
}

export interface ReleaseOutcome {
  document: ReleasesDocument;
  /** The release this publication made, if it made one. */
  made: Release | undefined;
}

/** Every file under `folder`, as `/`-separated paths relative to it (sorted). */
export async function listFiles(folder: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(folder, path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** A hard link; a copy when the two folders are on different file systems (or links are refused). */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    await copyFile(from, to);
  }
}

async function readReleasesDocument(folder: string): Promise<ReleasesDocument | undefined> {
  const path = join(folder, RELEASES_DOCUMENT);
  if (!(await exists(path))) return undefined;
  const parsed = releasesDocumentSchema.safeParse(JSON.parse(await readFile(path, 'utf8')) as unknown);
  // Never guess at a broken history: publishing over it could lose releases.
  if (!parsed.success) throw new ReleaseError(`${path} does not follow the contract: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** `2026-05-20T09:00:00Z` → the next free id of that day: `2026-05-20`, `2026-05-20-2`, … */
export function nextReleaseId(updated: string, taken: ReadonlySet<string>): string {
  const day = updated.slice(0, 10);
  if (!taken.has(day)) return day;
  let n = 2;
  while (taken.has(`${day}-${n}`)) n += 1;
  return `${day}-${n}`;
}

const bytesOf = (contents: string | Uint8Array) => (typeof contents === 'string' ? Buffer.from(contents) : Buffer.from(contents));

/**
 * meta.json without `updated`, series without `retrievedAt`: a new date alone (every network
 * source is re-read, and stamped, on every build) is no new release.
 */
function comparableText(path: string, contents: Buffer): Buffer {
  if (path.startsWith('observations/')) return Buffer.from(contents.toString('utf8').replace(/"retrievedAt": "[^"]*"/g, '"retrievedAt": ""'));
  if (path !== 'meta.json') return contents;
  try {
    const meta = JSON.parse(contents.toString('utf8')) as Record<string, unknown>;
    delete meta.updated;
    return Buffer.from(JSON.stringify(meta));
  } catch {
    return contents;
  }
}

/** True when the non-derived files of `files` equal those of the release folder `releaseDir`. */
async function sameDocuments(files: ReadonlyMap<string, string | Uint8Array>, releaseDir: string): Promise<boolean> {
  const ours = [...files.keys()].filter((path) => !isDerived(path) && path !== RELEASES_DOCUMENT && path !== BUILD_STATE).sort();
  const theirs = (await listFiles(releaseDir)).filter((path) => !isDerived(path));
  if (ours.length !== theirs.length || ours.some((path, i) => path !== theirs[i])) return false;
  for (const path of ours) {
    const a = comparableText(path, bytesOf(files.get(path) as string | Uint8Array));
    const b = comparableText(path, await readFile(join(releaseDir, ...path.split('/'))));
    if (!a.equals(b)) return false;
  }
  return true;
}

/** The number of changes in the update of changes.json made at `updated` (0 when there is none). */
function changeCount(changesText: string | Uint8Array | undefined, updated: string): number {
  if (changesText === undefined) return 0;
  try {
    const doc = JSON.parse(bytesOf(changesText).toString('utf8')) as { updates?: Array<{ updated?: string; changes?: unknown[] }> };
    const first = doc.updates?.[0];
    return first?.updated === updated ? (first.changes?.length ?? 0) : 0;
  } catch {
    return 0;
  }
}

function zipOf(files: ReadonlyMap<string, string | Uint8Array>): Release['zip'] {
  const name = [...files.keys()].find((path) => !path.includes('/') && path.endsWith('.zip'));
  return name === undefined ? undefined : { fileName: name, bytes: bytesOf(files.get(name) as string | Uint8Array).byteLength };
}

async function readFolderFiles(folder: string): Promise<Map<string, Buffer>> {
  const paths = (await listFiles(folder)).filter((path) => path !== RELEASES_DOCUMENT && path !== BUILD_STATE && !path.startsWith(`${RELEASES_FOLDER}/`));
  return new Map(await Promise.all(paths.map(async (path) => [path, await readFile(join(folder, ...path.split('/')))] as const)));
}

/**
 * Writes the releases into the staged folder `staged` (not yet swapped in): the earlier releases,
 * this publication's release when due, and releases.json. Throws (and the build fails, leaving the
 * published output as it was) when the previous history cannot be carried over whole.
 */
export async function writeReleases(staged: string, options: ReleaseOptions): Promise<ReleaseOutcome> {
  const { previousDir, files, updated } = options;
  const releases: Release[] = [];
  const into = (id: string, path = '') => join(staged, RELEASES_FOLDER, id, ...(path ? path.split('/') : []));

  const previous = previousDir === undefined ? undefined : await readReleasesDocument(previousDir);
  if (previous && previousDir !== undefined) {
    for (const release of previous.releases) {
      const folder = join(previousDir, RELEASES_FOLDER, release.id);
      if (!(await exists(folder))) throw new ReleaseError(`release ${release.id} is listed in ${RELEASES_DOCUMENT} but ${folder} is missing`);
      for (const path of await listFiles(folder)) await linkOrCopy(join(folder, ...path.split('/')), into(release.id, path));
      releases.push(release);
    }
  } else if (previousDir !== undefined && (await exists(join(previousDir, 'indicators.json')))) {
    // An output from before releases existed: it becomes the first release, so nothing that was
    // published is lost when the first build with releases replaces it.
    const old = await readFolderFiles(previousDir);
    const metaText = old.get('meta.json');
    const oldUpdated = metaText ? (JSON.parse(metaText.toString('utf8')) as { updated?: unknown }).updated : options.previousUpdated;
    if (typeof oldUpdated === 'string') {
      const id = nextReleaseId(oldUpdated, new Set());
      for (const path of old.keys()) await linkOrCopy(join(previousDir, ...path.split('/')), into(id, path));
      const zip = zipOf(old);
      releases.push({
        id,
        updated: oldUpdated,
        changes: changeCount(old.get('changes.json'), oldUpdated),
        path: `${RELEASES_FOLDER}/${id}/`,
        ...(zip ? { zip } : {}),
      });
    }
  }

  const latest = releases.at(-1);
  const restored = options.restoredFrom === undefined ? undefined : releases.find((release) => release.id === options.restoredFrom);
  if (options.restoredFrom !== undefined && !restored) throw new ReleaseError(`there is no release ${options.restoredFrom}`);
  const due = latest === undefined || restored !== undefined || !(await sameDocuments(files, into(latest.id)));
  let made: Release | undefined;
  if (due) {
    const id = nextReleaseId(updated, new Set(releases.map((release) => release.id)));
    // Unchanged files become links to the same file of the latest (or restored) release.
    const candidates = [latest, restored].flatMap((release) => (release ? [release.id] : []));
    for (const [path, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (path === RELEASES_DOCUMENT || path === BUILD_STATE) continue;
      const bytes = bytesOf(contents);
      let source = join(staged, ...path.split('/'));
      for (const candidate of candidates) {
        const file = into(candidate, path);
        if ((await exists(file)) && (await readFile(file)).equals(bytes)) {
          source = file;
          break;
        }
      }
      await linkOrCopy(source, into(id, path));
    }
    const zip = zipOf(files);
    made = {
      id,
      updated,
      changes: changeCount(files.get('changes.json'), updated),
      path: `${RELEASES_FOLDER}/${id}/`,
      ...(zip ? { zip } : {}),
      ...(restored ? { restoredFrom: restored.id } : {}),
    };
    releases.push(made);
  }
  const document: ReleasesDocument = { apiVersion: '1', latest: (made ?? latest)?.id ?? '', releases };
  await writeFile(join(staged, RELEASES_DOCUMENT), stableJson(releasesDocumentSchema, document));
  return { document, made };
}

/** Bytes on disk each release adds: the sizes of its files not shared (hard-linked) with an earlier release. */
export async function releaseBytes(outDir: string): Promise<Array<{ id: string; files: number; bytes: number; newBytes: number }>> {
  const doc = await readReleasesDocument(outDir);
  const seen = new Set<string>();
  const out: Array<{ id: string; files: number; bytes: number; newBytes: number }> = [];
  for (const release of doc?.releases ?? []) {
    const folder = join(outDir, RELEASES_FOLDER, release.id);
    let bytes = 0;
    let newBytes = 0;
    const paths = await listFiles(folder);
    for (const path of paths) {
      const info = await stat(join(folder, ...path.split('/')), { bigint: true });
      const key = `${info.dev}:${info.ino}`;
      bytes += Number(info.size);
      if (!seen.has(key)) {
        seen.add(key);
        newBytes += Number(info.size);
      }
    }
    out.push({ id: release.id, files: paths.length, bytes, newBytes });
  }
  return out;
}

/** The publish step's one call: the releases of each staged folder (public first, then internal). */
export async function publishReleases(staged: ReadonlyArray<{ temp: string }>, options: ReadonlyArray<ReleaseOptions>): Promise<ReleaseOutcome[]> {
  const outcomes: ReleaseOutcome[] = [];
  for (const [i, folder] of staged.entries()) {
    const option = options[i];
    if (option) outcomes.push(await writeReleases(folder.temp, option));
  }
  return outcomes;
}
