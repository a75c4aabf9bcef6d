/**
 * All-or-nothing output: the files are written to a temporary folder beside the target, and the
 * target is replaced only when everything is in place. A failed build never touches the target.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface StagedFolder {
  target: string;
  temp: string;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes `files` (relative `/`-separated path → contents) into a new temp folder beside `target`. */
export async function stageFolder(target: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<StagedFolder> {
  const absolute = resolve(target);
  const parent = dirname(absolute);
  await mkdir(parent, { recursive: true });
  const temp = join(parent, `.${basename(absolute)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(temp);
  try {
    for (const [path, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const file = join(temp, ...path.split('/'));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, contents);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return { target: absolute, temp };
}

/** Removes a staged folder that will not be published. */
export async function discardStaged(staged: StagedFolder): Promise<void> {
  await rm(staged.temp, { recursive: true, force: true });
}

/**
 * Puts each staged folder in place of its target: the old target is first renamed aside, then the
 * temp folder renamed in, then the old one removed. Renames within one folder are atomic on POSIX
 * file systems, so a reader sees the old or the new output, never a mix.
 */
export async function swapIn(staged: ReadonlyArray<StagedFolder>): Promise<void> {
  for (const { target, temp } of staged) {
    const old = `${temp}.old`;
    const hadTarget = await exists(target);
    if (hadTarget) await rename(target, old);
    try {
      await rename(temp, target);
    } catch (error) {
      if (hadTarget) await rename(old, target);
      throw error;
    }
    if (hadTarget) await rm(old, { recursive: true, force: true });
  }
}
