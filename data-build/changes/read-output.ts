/**
 * Reads an output folder (laid out like public/data/v1) into what computeUpdate and the
 * published outputs take. Used by scripts/make-changes-fixture.ts and the unit tests; the
 * build itself has its documents in memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAreas, parseEvents, parseGoals, parseIndicators, parseMeta, parseObservations, parseSites } from '../../src/lib/api/documents';
import { changesDocumentSchema, type ChangesDocument, type Indicator } from '../../src/lib/api/schemas';
import type { BuiltDataset } from '../outputs/types';
import type { OutputSnapshot } from './compute-update';

function readJson(folder: string, name: string): unknown {
  return JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown;
}

/** A snapshot of an output's catalogue and observations; `visibility` picks public or internal indicators. */
export function readSnapshot(folder: string, updated: string, visibility: Indicator['visibility']): OutputSnapshot {
  const indicators = parseIndicators(readJson(folder, 'indicators.json')).data.filter((indicator) => indicator.visibility === visibility);
  return {
    updated,
    indicators,
    goals: parseGoals(readJson(folder, 'goals.json')).data,
    observations: indicators.map((indicator) => parseObservations(readJson(folder, `observations/${indicator.id}.json`), indicator.id).data),
  };
}

export function readUpdated(folder: string): string {
  return parseMeta(readJson(folder, 'meta.json')).updated;
}

/** The public output as the build hands it to the published outputs (public indicators only). */
export function readBuiltDataset(folder: string, changes: ChangesDocument | undefined): BuiltDataset {
  const meta = parseMeta(readJson(folder, 'meta.json'));
  const snapshot = readSnapshot(folder, meta.updated, 'public');
  return {
    meta,
    areas: { apiVersion: '1', type: 'FeatureCollection', features: parseAreas(readJson(folder, 'areas.geojson')).data },
    indicators: { apiVersion: '1', indicators: [...snapshot.indicators] },
    goals: { apiVersion: '1', goals: [...snapshot.goals] },
    sites: { apiVersion: '1', type: 'FeatureCollection', features: parseSites(readJson(folder, 'sites.geojson')).data },
    events: { apiVersion: '1', events: parseEvents(readJson(folder, 'events.json')).data },
    observations: snapshot.observations.map((document) => ({ apiVersion: '1', ...document })),
    changes: changes === undefined ? undefined : changesDocumentSchema.parse(changes),
    files: new Map(),
  };
}
