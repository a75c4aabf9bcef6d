/**
 * The build state of incremental harvests (docs/sources.md "Incremental harvest"): per
 * SensorThings / NGSI-LD indicator, the kept per-period accumulators and where the last harvest
 * stopped. It lives in the internal output as `build-state.json` and is never published (the
 * public output never gets it, and releases leave it out).
 *
 * A kept state is used only when it was written by this state version and for the very same
 * input (URL, datastreams, aggregate, frequency, time zone); otherwise, and with `--full`, the
 * indicator is harvested whole and its state written afresh.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frequency } from '../src/contract/schemas.ts';
import type { HarvestState, NetworkInput } from './adapters/types.ts';

export const BUILD_STATE_FILE = 'build-state.json';
/** Bump when the kept state's meaning changes: a state of another version makes a full harvest. */
export const BUILD_STATE_VERSION = 'harvest-2';

interface KeptIndicator {
  input: string;
  harvest: HarvestState;
}

export interface BuildState {
  version: string;
  indicators: Record<string, KeptIndicator>;
}

/** What a kept state is valid for: the input, the periods it was cut into and their time zone. */
export function harvestKey(input: NetworkInput, frequency: Frequency, timeZone: string): string {
  return JSON.stringify({ input, frequency, timeZone });
}

/** The kept states by indicator id; empty when there is none, it is unreadable or of another version, or with `full`. */
export async function readBuildState(folder: string | undefined, full: boolean): Promise<Map<string, KeptIndicator>> {
  if (folder === undefined || full) return new Map();
  try {
    const state = JSON.parse(await readFile(join(folder, BUILD_STATE_FILE), 'utf8')) as Partial<BuildState>;
    if (state.version !== BUILD_STATE_VERSION || typeof state.indicators !== 'object' || state.indicators === null) return new Map();
    return new Map(Object.entries(state.indicators));
  } catch {
    return new Map();
  }
}

/** The kept state for one indicator, when it fits its input now. */
export function keptHarvest(kept: ReadonlyMap<string, KeptIndicator>, indicatorId: string, key: string): HarvestState | undefined {
  const entry = kept.get(indicatorId);
  return entry?.input === key ? entry.harvest : undefined;
}

export function buildStateText(indicators: ReadonlyMap<string, KeptIndicator>): string {
  const sorted = Object.fromEntries([...indicators].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ version: BUILD_STATE_VERSION, indicators: sorted } satisfies BuildState)}\n`;
}
