/**
 * The checks behind `npm run data:check`: everything the dashboard would drop or refuse, plus the
 * consistency rules a data publisher should keep (docs/data-api.md, "Checking a dataset").
 *
 * `checkDataset` is pure apart from the `readDocument` it is given, so it is unit-testable with a
 * temp folder or an in-memory map. It reuses the dashboard's own parsing (documents.ts) and
 * cross-reference checks (references.ts), so the validator and the app never disagree about a
 * record; everything below those is extra, validator-only checking.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DOCUMENT_NAMES,
  parseAreas,
  parseEvents,
  parseGoals,
  parseIndicators,
  parseMeta,
  parseObservations,
  parseSites,
  type ObservationsDocument,
} from '../src/lib/api/documents.ts';
import { DataDocumentError } from '../src/lib/api/errors.ts';
import { formatPath, type DataProblem } from '../src/lib/api/problems.ts';
import {
  resolveEventReferences,
  resolveGoalReferences,
  resolveObservationReferences,
  resolveSiteReferences,
  type KnownIds,
} from '../src/lib/api/references.ts';
import { idSchema, type AreaFeature, type Goal, type Indicator, type Meta, type PilotEvent, type SiteFeature } from '../src/lib/api/schemas.ts';
import { boundingBox, geometryPositions, type BoundingBox } from '../src/lib/geo/positions.ts';

export type Severity = 'error' | 'warning';

export interface CheckProblem {
  severity: Severity;
  /** e.g. `goals.json`, `observations/building-energy-use.json` */
  documentName: string;
  /** e.g. `goals[1].targets[0].indicatorId`; empty for the whole document */
  path: string;
  recordId?: string | undefined;
  message: string;
}

/**
 * Returns the parsed JSON of one document, by its name relative to the dataset root
 * (`meta.json`, `observations/x.json`). Throws a DataDocumentError for a missing document
 * (kind `http`, status 404), one that is not JSON (`invalid-json`) or cannot be fetched.
 */
export type ReadDocument = (documentName: string) => Promise<unknown>;

// ------------------------------------------------------------------------------------------
// Readers

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

function parseJson(documentName: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataDocumentError('invalid-json', documentName, `not valid JSON (${reason})`, { cause: error });
  }
}

/** Reads documents from a folder on disk. */
export function folderReader(folder: string): ReadDocument {
  return async (documentName) => {
    let text: string;
    try {
      text = await readFile(join(folder, ...documentName.split('/')), 'utf8');
    } catch (error) {
      if (isNotFound(error)) {
        throw new DataDocumentError('http', documentName, 'file not found', { status: 404, cause: error });
      }
      throw new DataDocumentError('network', documentName, `could not be read (${String(error)})`, { cause: error });
    }
    return parseJson(documentName, text.replace(/^\uFEFF/, ''));
  };
}

/** Reads documents over HTTP(S) from a base URL, e.g. `https://example.org/data/v1/`. */
export function urlReader(baseUrl: string, fetchImpl: typeof fetch = fetch): ReadDocument {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return async (documentName) => {
    const url = new URL(documentName, base).href;
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { accept: 'application/json, application/geo+json' } });
    } catch (error) {
      throw new DataDocumentError('network', documentName, `could not be fetched from ${url} (${String(error)})`, { cause: error });
    }
    if (!response.ok) {
      const detail = response.status === 404 ? `file not found (HTTP 404 at ${url})` : `HTTP ${response.status} at ${url}`;
      throw new DataDocumentError('http', documentName, detail, { status: response.status });
    }
    return parseJson(documentName, await response.text());
  };
}

// ------------------------------------------------------------------------------------------
// Small helpers

type JsonObject = Record<string, unknown>;
type Position = [number, number];
type Box = BoundingBox;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeError(error: unknown): { path: string; message: string; status?: number | undefined } {
  if (error instanceof DataDocumentError) return { path: error.path, message: error.detail, status: error.status };
  return { path: '', message: error instanceof Error ? error.message : String(error) };
}

/** First day of an ISO period, in ms (UTC). The period has passed the schema already. */
function periodStart(period: string): number {
  const [year = 0, month = 1, day = 1] = period.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Index of the first raw list item matching, as documents.ts does when it builds paths. */
function rawIndex(list: unknown, match: (item: JsonObject) => boolean): number {
  return Array.isArray(list) ? list.findIndex((item) => isObject(item) && match(item)) : -1;
}

/** All positions of a geometry (already schema-checked), as plain pairs. */
function positionsOf(geometry: SiteFeature['geometry'] | AreaFeature['geometry']): Position[] {
  return geometryPositions(geometry).map(([lon, lat]): Position => [lon, lat]);
}

function boxOf(positions: ReadonlyArray<Position>): Box {
  return boundingBox(positions);
}

function grow(box: Box, margin: number): Box {
  return { minLon: box.minLon - margin, minLat: box.minLat - margin, maxLon: box.maxLon + margin, maxLat: box.maxLat + margin };
}

function inBox(box: Box, [lon, lat]: Position): boolean {
  return lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat;
}

function boxesMeet(a: Box, b: Box): boolean {
  return a.minLon <= b.maxLon && b.minLon <= a.maxLon && a.minLat <= b.maxLat && b.minLat <= a.maxLat;
}

function swap([lon, lat]: Position): Position {
  return [lat, lon];
}

/** Ray casting on one ring (lon/lat treated as plane coordinates; fine at district scale). */
function inRing(ring: ReadonlyArray<ReadonlyArray<number>>, [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inArea(area: AreaFeature, position: Position): boolean {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  return polygons.some(([outer, ...holes]) => outer !== undefined && inRing(outer, position) && !holes.some((hole) => inRing(hole, position)));
}

/**
 * Localised text objects (`{ sv, en }`) that carry only one language: the UI falls back, but a
 * publisher should know. A text object is recognised as an object whose keys are only sv / en.
 */
function findOneLanguageTexts(json: unknown, at: PropertyKey[] = []): Array<{ path: string; missing: string }> {
  if (Array.isArray(json)) return json.flatMap((item, index) => findOneLanguageTexts(item, [...at, index]));
  if (!isObject(json)) return [];
  const keys = Object.keys(json);
  if (keys.length > 0 && keys.length < 2 && keys.every((key) => key === 'sv' || key === 'en') && keys.every((key) => typeof json[key] === 'string')) {
    return [{ path: formatPath(at), missing: keys[0] === 'sv' ? 'en' : 'sv' }];
  }
  return keys.flatMap((key) => findOneLanguageTexts(json[key], [...at, key]));
}

// ------------------------------------------------------------------------------------------
// The check

/** Extra margin (degrees, ≈ 11 km north–south) around the areas' boxes for the site checks. */
const SITE_BOX_MARGIN = 0.1;
/** How near (degrees) another area must be for an area to count as "in the same region". */
const AREA_REGION_MARGIN = 1;

/**
 * Checks a whole dataset and returns every problem found (errors and warnings), in document
 * order. Never throws for bad data; a thrown error means a bug in the checker.
 */
export async function checkDataset(readDocument: ReadDocument): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = [];
  const add = (severity: Severity, documentName: string, path: string, message: string, recordId?: string) => {
    problems.push({ severity, documentName, path, message, ...(recordId === undefined ? {} : { recordId }) });
  };
  const addAll = (list: ReadonlyArray<DataProblem>) => {
    for (const p of list) add('error', p.documentName, p.path, p.message, p.recordId);
  };

  /** Reads a document; on failure reports it and returns undefined. */
  const load = async (name: string): Promise<{ json: unknown } | undefined> => {
    try {
      return { json: await readDocument(name) };
    } catch (error) {
      const { path, message } = describeError(error);
      add('error', name, path, message);
      return undefined;
    }
  };
  /** Runs a documents.ts parser; a thrown envelope error is reported and yields undefined. */
  const parse = <T>(name: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      const { path, message } = describeError(error);
      add('error', name, path, message);
      return undefined;
    }
  };
  const checkTexts = (name: string, json: unknown) => {
    for (const { path, missing } of findOneLanguageTexts(json)) {
      add('warning', name, path, `text has no "${missing}" version (the dashboard falls back to the other language)`);
    }
  };

  const names = [DOCUMENT_NAMES.meta, DOCUMENT_NAMES.areas, DOCUMENT_NAMES.indicators, DOCUMENT_NAMES.goals, DOCUMENT_NAMES.sites, DOCUMENT_NAMES.events];
  const [metaRaw, areasRaw, indicatorsRaw, goalsRaw, sitesRaw, eventsRaw] = await Promise.all(names.map(load));

  // ---- meta.json
  let meta: Meta | undefined;
  if (metaRaw) {
    meta = parse(DOCUMENT_NAMES.meta, () => parseMeta(metaRaw.json));
    if (meta?.isSample && meta.sampleNote === undefined) {
      add('warning', DOCUMENT_NAMES.meta, 'sampleNote', 'isSample is true but there is no sampleNote saying what is illustrative');
    }
    checkTexts(DOCUMENT_NAMES.meta, metaRaw.json);
  }

  // ---- areas.geojson
  let areas: AreaFeature[] | undefined;
  if (areasRaw) {
    const parsed = parse(DOCUMENT_NAMES.areas, () => parseAreas(areasRaw.json));
    if (parsed) {
      addAll(parsed.problems);
      areas = parsed.data;
      checkTexts(DOCUMENT_NAMES.areas, areasRaw.json);
    }
  }

  // ---- indicators.json
  let indicators: Indicator[] | undefined;
  if (indicatorsRaw) {
    const parsed = parse(DOCUMENT_NAMES.indicators, () => parseIndicators(indicatorsRaw.json));
    if (parsed) {
      addAll(parsed.problems);
      indicators = parsed.data;
      checkTexts(DOCUMENT_NAMES.indicators, indicatorsRaw.json);
    }
  }

  // ---- sites.geojson (parsed before the others: events and observations refer to sites)
  let sites: SiteFeature[] | undefined;
  if (sitesRaw) {
    const parsed = parse(DOCUMENT_NAMES.sites, () => parseSites(sitesRaw.json));
    if (parsed) {
      addAll(parsed.problems);
      sites = parsed.data;
      checkTexts(DOCUMENT_NAMES.sites, sitesRaw.json);
    }
  }

  const areaById = new Map((areas ?? []).map((area) => [area.id, area]));
  const siteById = new Map((sites ?? []).map((site) => [site.id, site]));
  const indicatorById = new Map((indicators ?? []).map((indicator) => [indicator.id, indicator]));
  // References are checked against every id a document declares, even on a record that was
  // dropped for another reason: that record's own error is the one to fix, and repeating it as
  // "unknown id" on everything that names it would only bury it.
  const declaredIds = (raw: { json: unknown } | undefined, listKey: string): Set<string> => {
    const list = raw && isObject(raw.json) ? raw.json[listKey] : undefined;
    return new Set(Array.isArray(list) ? list.flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : [])) : []);
  };
  const areaIds = areas ? declaredIds(areasRaw, 'features') : undefined;
  const siteIds = sites ? declaredIds(sitesRaw, 'features') : undefined;
  const known: KnownIds | undefined =
    areaIds && indicators ? { areaIds, indicatorIds: declaredIds(indicatorsRaw, 'indicators'), siteIds } : undefined;

  // ---- geometry: rings, swapped coordinates, sites inside their area
  if (areas && areasRaw) {
    const rawFeatures = (areasRaw.json as JsonObject).features;
    const boxes = areas.map((area) => boxOf(positionsOf(area.geometry)));
    areas.forEach((area, i) => {
      const index = rawIndex(rawFeatures, (item) => item.id === area.id);
      const path = `features[${index}].geometry.coordinates`;
      const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
      polygons.forEach((polygon, p) =>
        polygon.forEach((ring, r) => {
          const first = ring[0];
          const last = ring[ring.length - 1];
          if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
            const ringPath = area.geometry.type === 'Polygon' ? `${path}[${r}]` : `${path}[${p}][${r}]`;
            add('error', DOCUMENT_NAMES.areas, ringPath, 'ring is not closed: its last position must repeat the first (GeoJSON)', area.id);
          }
        }),
      );
      // Swapped area: far from every other area as given, but next to one of them when swapped.
      const others = boxes.filter((_, j) => j !== i).map((box) => grow(box, AREA_REGION_MARGIN));
      const own = boxes[i];
      if (own && others.length > 0 && !others.some((box) => boxesMeet(box, own))) {
        const swapped = boxOf(positionsOf(area.geometry).map(swap));
        if (others.some((box) => boxesMeet(box, swapped))) {
          add('error', DOCUMENT_NAMES.areas, path, 'coordinates look swapped: GeoJSON positions are [longitude, latitude], and swapping them puts this area next to the others', area.id);
        }
      }
    });
  }

  if (sites && sitesRaw && areas && areas.length > 0) {
    const rawFeatures = (sitesRaw.json as JsonObject).features;
    const areaBoxes = areas.map((area) => grow(boxOf(positionsOf(area.geometry)), SITE_BOX_MARGIN));
    for (const site of sites) {
      const index = rawIndex(rawFeatures, (item) => item.id === site.id);
      const path = `features[${index}].geometry.coordinates`;
      const positions = positionsOf(site.geometry);
      const outside = positions.filter((position) => !areaBoxes.some((box) => inBox(box, position)));
      if (outside.length > 0) {
        const swappedInside = outside.every((position) => areaBoxes.some((box) => inBox(box, swap(position))));
        if (swappedInside) {
          add('error', DOCUMENT_NAMES.sites, path, `coordinates look swapped: [${outside[0]?.join(', ')}] is outside every area, but [latitude, longitude] read the other way round would be inside one (GeoJSON is [longitude, latitude])`, site.id);
        } else {
          add('warning', DOCUMENT_NAMES.sites, path, `[${outside[0]?.join(', ')}] is far outside every area in areas.geojson`, site.id);
        }
        continue;
      }
      const area = areaById.get(site.properties.areaId);
      if (area && site.geometry.type === 'Point' && !positions.every((position) => inArea(area, position))) {
        add('warning', DOCUMENT_NAMES.sites, path, `the point is outside the outline of its area "${area.id}"`, site.id);
      }
    }
  }

  // Schema failures with a latitude outside ±90 and a plausible latitude first: say why.
  for (const [name, raw] of [[DOCUMENT_NAMES.areas, areasRaw], [DOCUMENT_NAMES.sites, sitesRaw]] as const) {
    const features = raw && isObject(raw.json) && Array.isArray(raw.json.features) ? raw.json.features : [];
    features.forEach((feature: unknown, index: number) => {
      const geometry = isObject(feature) && isObject(feature.geometry) ? feature.geometry.coordinates : undefined;
      const flat: unknown[] = [];
      const walk = (value: unknown) => {
        if (Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number')) flat.push(value);
        else if (Array.isArray(value)) value.forEach(walk);
      };
      walk(geometry);
      const bad = flat.find((p) => {
        const [lon, lat] = p as number[];
        return lon !== undefined && lat !== undefined && Math.abs(lat) > 90 && Math.abs(lon) <= 90;
      });
      if (bad) {
        add('error', name, `features[${index}].geometry.coordinates`, `[${(bad as number[]).join(', ')}] has a latitude outside -90…90: the position looks swapped (GeoJSON is [longitude, latitude])`);
      }
    });
  }

  // ---- sites: references and dates
  if (sites && sitesRaw && known) {
    // references.ts reports paths of the raw document (documents.ts remembers them per record).
    addAll(resolveSiteReferences(sites, known).problems);
  }
  if (sites && sitesRaw) {
    const rawFeatures = (sitesRaw.json as JsonObject).features;
    for (const site of sites) {
      const { started, completed } = site.properties;
      if (started !== undefined && completed !== undefined && periodStart(completed) < periodStart(started)) {
        const index = rawIndex(rawFeatures, (item) => item.id === site.id);
        add('error', DOCUMENT_NAMES.sites, `features[${index}].properties.completed`, `completed (${completed}) is before started (${started})`, site.id);
      }
    }
  }

  // ---- events.json
  if (eventsRaw) {
    const parsed = parse(DOCUMENT_NAMES.events, () => parseEvents(eventsRaw.json));
    if (parsed) {
      addAll(parsed.problems);
      checkTexts(DOCUMENT_NAMES.events, eventsRaw.json);
      let events: PilotEvent[] = parsed.data;
      if (areaIds) {
        // The app resolves events against areas and (when they loaded) sites.
        const references = resolveEventReferences(events, { areaIds: areaIds ?? new Set(), indicatorIds: new Set(), siteIds });
        addAll(references.problems);
        events = references.data;
      }
      const rawEvents = (eventsRaw.json as JsonObject).events;
      for (const event of events) {
        const site = event.siteId === undefined ? undefined : siteById.get(event.siteId);
        if (site && event.areaId !== undefined && site.properties.areaId !== event.areaId) {
          const index = rawIndex(rawEvents, (item) => item.id === event.id);
          add('error', DOCUMENT_NAMES.events, `events[${index}].siteId`, `site "${site.id}" belongs to area "${site.properties.areaId}", not "${event.areaId}"`, event.id);
        }
      }
    }
  }

  // ---- observations/{id}.json for every indicator
  const observations = new Map<string, ObservationsDocument>();
  if (indicators && known) {
    // Every declared indicator id, so a broken indicator record does not hide its data file.
    const indicatorIds = [...known.indicatorIds].filter((id) => idSchema.safeParse(id).success);
    const loaded = await Promise.all(
      indicatorIds.map(async (indicatorId) => {
        const name = DOCUMENT_NAMES.observations(indicatorId);
        try {
          return { indicatorId, name, raw: { json: await readDocument(name) } };
        } catch (error) {
          const { path, message, status } = describeError(error);
          add('error', name, path, status === 404 ? `${message}: every indicator in indicators.json needs an observations file` : message, indicatorId);
          return { indicatorId, name, raw: undefined };
        }
      }),
    );
    for (const { indicatorId, name, raw } of loaded) {
      if (!raw) continue;
      const parsed = parse(name, () => parseObservations(raw.json, indicatorId));
      if (!parsed) continue;
      addAll(parsed.problems);
      checkTexts(name, raw.json);
      let doc = parsed.data;
      const rawSeries = (raw.json as JsonObject).series;
      {
        const references = resolveObservationReferences(doc, known);
        addAll(references.problems);
        doc = references.data;
      }
      for (const series of doc.series) {
        const index = rawIndex(rawSeries, (item) => item.areaId === series.areaId && item.siteId === series.siteId);
        const site = series.siteId === undefined ? undefined : siteById.get(series.siteId);
        if (site && site.properties.areaId !== series.areaId) {
          add('error', name, `series[${index}].siteId`, `site "${site.id}" belongs to area "${site.properties.areaId}", not "${series.areaId}"`, site.id);
        }
        if (!series.points.some((point) => point.value !== null)) {
          add('warning', name, `series[${index}]`, 'the series has no values (only nulls or no points)', series.siteId ?? series.areaId);
        }
      }
      observations.set(indicatorId, doc);
    }
  }

  // ---- goals.json
  if (goalsRaw) {
    const parsed = parse(DOCUMENT_NAMES.goals, () => parseGoals(goalsRaw.json));
    if (parsed) {
      addAll(parsed.problems);
      checkTexts(DOCUMENT_NAMES.goals, goalsRaw.json);
      let goals: Goal[] = parsed.data;
      const rawGoals = (goalsRaw.json as JsonObject).goals;
      /** `goals[i].targets[j]` of the parsed goals → the same target's path in the raw document. */
      const rawTargetPath = (goal: Goal | undefined, target: Goal['targets'][number] | undefined): string | undefined => {
        if (!goal || !target) return undefined;
        const goalIndex = rawIndex(rawGoals, (item) => item.id === goal.id);
        const rawGoal = Array.isArray(rawGoals) ? rawGoals[goalIndex] : undefined;
        const rawTargets = isObject(rawGoal) ? rawGoal.targets : undefined;
        const targetIndex = rawIndex(rawTargets, (item) => item.indicatorId === target.indicatorId && item.areaId === target.areaId);
        return `goals[${goalIndex}].targets[${targetIndex}]`;
      };
      if (known) {
        const references = resolveGoalReferences(goals, known);
        addAll(references.problems);
        goals = references.data;
      }
      for (const goal of goals) {
        for (const target of goal.targets) {
          const path = rawTargetPath(goal, target) ?? '';
          const recordId = `${goal.id}: ${target.indicatorId}/${target.areaId}`;
          const { baseline, target: goalTarget } = target;
          if (periodStart(baseline.period) >= periodStart(goalTarget.period)) {
            add('error', DOCUMENT_NAMES.goals, `${path}.target.period`, `the target period (${goalTarget.period}) must come after the baseline period (${baseline.period})`, recordId);
          }
          if (baseline.value === goalTarget.value) {
            add('error', DOCUMENT_NAMES.goals, `${path}.target.value`, 'the target value equals the baseline value, so progress cannot be measured', recordId);
          }
          const indicator = indicatorById.get(target.indicatorId);
          if (indicator && baseline.value !== goalTarget.value) {
            const wantsIncrease = goalTarget.value > baseline.value;
            if (wantsIncrease !== (indicator.direction === 'increase')) {
              add('warning', DOCUMENT_NAMES.goals, `${path}.target.value`, `the target asks for ${wantsIncrease ? 'an increase' : 'a decrease'}, but indicator "${indicator.id}" says "${indicator.direction}" is better`, recordId);
            }
          }
          const doc = observations.get(target.indicatorId);
          if (doc) {
            const series = doc.series.find((s) => s.areaId === target.areaId && s.siteId === undefined);
            const after = series?.points.some((point) => point.value !== null && periodStart(point.period) > periodStart(baseline.period));
            if (!after) {
              add('warning', DOCUMENT_NAMES.goals, path, `no value after the baseline in the area series of "${target.indicatorId}" for "${target.areaId}": the status will be "no data"`, recordId);
            }
          }
        }
      }
    }
  }

  return problems;
}

// ------------------------------------------------------------------------------------------
// Output

/** `ERROR goals.json goals[0].targets[1].indicatorId: names an unknown indicator "x" (record …)` */
export function formatProblem(problem: CheckProblem): string {
  const level = problem.severity === 'error' ? 'ERROR' : 'WARN';
  const where = problem.path === '' ? problem.documentName : `${problem.documentName} ${problem.path}`;
  const record = problem.recordId === undefined ? '' : ` (record "${problem.recordId}")`;
  return `${level} ${where}: ${problem.message}${record}`;
}

export function summarize(problems: ReadonlyArray<CheckProblem>, documentsRead: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict = errors === 0 ? 'OK' : 'FAILED';
  return `${verdict}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(documentsRead, 'document')}`;
}
