/**
 * The previous output of a build, read back for `--keep-going` (the series a failing source had)
 * and for changes.json (what changed). A missing or unreadable previous output is no error: the
 * build then has nothing to keep and nothing to compare.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCUMENT_NAMES, parseAreas, parseGoals, parseIndicators, parseMeta, parseObservations, type ObservationsDocument } from '../src/contract/documents.ts';
import { changesDocumentSchema, type AreaFeature, type ChangesDocument, type Goal, type Indicator, type Meta } from '../src/contract/schemas.ts';

export interface PreviousObservations extends ObservationsDocument {
  stale?: boolean;
  staleSince?: string;
}

export interface PreviousOutput {
  meta: Meta | undefined;
  areas: AreaFeature[];
  indicators: Indicator[];
  goals: Goal[];
  observations: Map<string, PreviousObservations>;
  changes: ChangesDocument | undefined;
}

async function readJson(folder: string, name: string): Promise<unknown> {
  try {
    return JSON.parse((await readFile(join(folder, ...name.split('/')), 'utf8')).replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** Reads what a previous build left in `folder` (undefined when there is no previous output). */
export async function readPreviousOutput(folder: string | undefined): Promise<PreviousOutput | undefined> {
  if (folder === undefined) return undefined;
  const [metaJson, areasJson, indicatorsJson, goalsJson, changesJson] = await Promise.all(
    [DOCUMENT_NAMES.meta, DOCUMENT_NAMES.areas, DOCUMENT_NAMES.indicators, DOCUMENT_NAMES.goals, 'changes.json'].map((name) => readJson(folder, name)),
  );
  if (indicatorsJson === undefined) return undefined;
  const indicators = attempt(() => parseIndicators(indicatorsJson).data) ?? [];
  const observations = new Map<string, PreviousObservations>();
  for (const indicator of indicators) {
    const json = await readJson(folder, DOCUMENT_NAMES.observations(indicator.id));
    const doc = json === undefined ? undefined : attempt(() => parseObservations(json, indicator.id).data);
    if (!doc) continue;
    const raw = json as { stale?: unknown; staleSince?: unknown };
    observations.set(indicator.id, {
      ...doc,
      ...(raw.stale === true ? { stale: true } : {}),
      ...(typeof raw.staleSince === 'string' ? { staleSince: raw.staleSince } : {}),
    });
  }
  const changes = changesDocumentSchema.safeParse(changesJson);
  return {
    meta: metaJson === undefined ? undefined : attempt(() => parseMeta(metaJson)),
    areas: (areasJson === undefined ? undefined : attempt(() => parseAreas(areasJson).data)) ?? [],
    indicators,
    goals: (goalsJson === undefined ? undefined : attempt(() => parseGoals(goalsJson).data)) ?? [],
    observations,
    changes: changes.success ? changes.data : undefined,
  };
}
