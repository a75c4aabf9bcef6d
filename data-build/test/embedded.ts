/**
 * The embedded dataset as `npm run data:build:embedded` builds it, in memory, for the tests of the
 * published outputs: the same flags (read from package.json), written to a temporary folder, with
 * the `BuiltDataset` the build handed to its outputs captured on the way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapters } from '../adapters/index.ts';
import { runBuild } from '../build.ts';
import { parseArgs } from '../cli.ts';
import { downloadsOutput } from '../outputs/downloads.ts';
import { publishedOutputs } from '../outputs/index.ts';
import type { BuiltDataset } from '../outputs/types.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The arguments of the `data:build:embedded` script (after `tsx data-build/cli.ts`). */
export function embeddedBuildArgs(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return (scripts['data:build:embedded'] ?? '').split(/\s+/).slice(2);
}

export interface EmbeddedBuild {
  /** What the build handed to the downloads output (the documents and feed.xml). */
  dataset: BuiltDataset;
  /** Every public file the build wrote (documents and published outputs), by relative path. */
  files: ReadonlyMap<string, string | Uint8Array>;
}

export async function buildEmbedded(): Promise<EmbeddedBuild> {
  const parsed = parseArgs(embeddedBuildArgs());
  if (typeof parsed === 'string') throw new Error(`data:build:embedded: ${parsed}`);
  const at = (path: string | undefined) => (path === undefined ? undefined : join(ROOT, path));
  const temp = mkdtempSync(join(tmpdir(), 'gsm-embedded-outputs-'));
  let dataset: BuiltDataset | undefined;
  try {
    const result = await runBuild({
      ...parsed,
      sourceDir: join(ROOT, parsed.sourceDir),
      outDir: join(temp, 'public'),
      internalOutDir: join(temp, 'internal'),
      previousDir: at(parsed.previousDir),
      internalPreviousDir: at(parsed.internalPreviousDir),
      adapters, // no network input in the embedded folder: never called
      // The dataset is captured as the downloads output (zip, DCAT) sees it.
      outputs: publishedOutputs.map((output) =>
        output === downloadsOutput
          ? Object.assign(
              (built: BuiltDataset) => {
                dataset = built;
                return output(built);
              },
              { notes: output.notes },
            )
          : output,
      ),
    });
    if (!result.ok || !dataset) throw new Error(`the embedded build failed:\n${result.errors.join('\n')}`);
    return { dataset, files: result.files };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
