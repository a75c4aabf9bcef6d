/**
 * Parsing of each data document, per the contract's "Bad data" rules:
 * - the envelope (object, apiVersion, the list) is all-or-nothing: a broken one throws a
 *   DataDocumentError naming the document and the first problem;
 * - each record (indicator, goal, target, series, point, site, event, area) is checked on its own;
 *   a bad record, or one repeating an id already seen, is dropped and reported as a DataProblem.
 */
import * as z from 'zod/mini';
import { isObject, type JsonObject } from './json';
import { DataDocumentError } from './errors';
import { describeFirstIssue, formatPath, type DataProblem, type Parsed } from './problems';
import {
  SUPPORTED_API_MAJOR,
  areaFeatureSchema,
  assessmentSchema,
  buildReportDocumentSchema,
  eventSchema,
  goalSchema,
  idSchema,
  indicatorSchema,
  metaSchema,
  pointSchema,
  seriesSchema,
  siteFeatureSchema,
  targetSchema,
  type AreaFeature,
  type BuildReportDocument,
  type Goal,
  type Indicator,
  type Meta,
  type PilotEvent,
  type Series,
  type SiteFeature,
} from './schemas';
import { compareCodeUnits } from './compare';

export const DOCUMENT_NAMES = {
  meta: 'meta.json',
  areas: 'areas.geojson',
  indicators: 'indicators.json',
  goals: 'goals.json',
  sites: 'sites.geojson',
  events: 'events.json',
  observations: (indicatorId: string) => `observations/${indicatorId}.json`,
  buildReport: 'build-report.json',
} as const;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Checks the envelope shared by every document and returns it as an object. */
export function checkEnvelope(documentName: string, json: unknown, listKey?: string): JsonObject {
  if (!isObject(json)) {
    throw new DataDocumentError('schema', documentName, `expected a JSON object, got ${describeType(json)}`);
  }
  const { apiVersion } = json;
  if (typeof apiVersion !== 'string') {
    throw new DataDocumentError('schema', documentName, 'apiVersion: expected a string such as "1"', {
      path: 'apiVersion',
    });
  }
  const major = apiVersion.split('.')[0];
  if (major !== SUPPORTED_API_MAJOR) {
    throw new DataDocumentError(
      'unsupported-version',
      documentName,
      `apiVersion "${apiVersion}" is not supported (this dashboard reads version ${SUPPORTED_API_MAJOR})`,
      { path: 'apiVersion' },
    );
  }
  if (listKey !== undefined && !Array.isArray(json[listKey])) {
    throw new DataDocumentError('schema', documentName, `${listKey}: expected an array, got ${describeType(json[listKey])}`, {
      path: listKey,
    });
  }
  return json;
}

function recordIdOf(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  const { id, indicatorId, areaId, siteId, period } = item;
  for (const candidate of [id, siteId, indicatorId, areaId, period]) {
    if (typeof candidate === 'string') return candidate;
  }
  return undefined;
}

const recordPaths = new WeakMap<object, string>();

/**
 * Where a parsed record stood in its raw document (e.g. `goals[3].targets[1]`), so later
 * checks report paths that match the file even after earlier records were dropped.
 */
export function recordPath(record: object, fallback: string): string {
  return recordPaths.get(record) ?? fallback;
}

function rememberPath<T extends object>(record: T, path: string): T {
  recordPaths.set(record, path);
  return record;
}

/**
 * Parses each item of a list on its own; drops and reports bad items and repeated ids.
 * `uniqueKey` returns the identity that must not repeat (first one wins).
 */
export function parseRecords<S extends z.ZodMiniType>(
  documentName: string,
  items: ReadonlyArray<unknown>,
  pathPrefix: ReadonlyArray<PropertyKey>,
  schema: S,
  uniqueKey?: (record: z.infer<S>) => string,
): Parsed<Array<z.infer<S>>> {
  const data: Array<z.infer<S>> = [];
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const at = [...pathPrefix, index];
    const result = schema.safeParse(item);
    if (!result.success) {
      const { path, message } = describeFirstIssue(result.error, at);
      problems.push({ documentName, path, recordId: recordIdOf(item), message });
      return;
    }
    const key = uniqueKey?.(result.data);
    if (key !== undefined) {
      if (seen.has(key)) {
        problems.push({ documentName, path: formatPath(at), recordId: key, message: `repeats the id "${key}" (the first one is kept)` });
        return;
      }
      seen.add(key);
    }
    if (typeof result.data === 'object' && result.data !== null) rememberPath(result.data, formatPath(at));
    data.push(result.data);
  });
  return { data, problems };
}

export function parseMeta(json: unknown): Meta {
  const envelope = checkEnvelope(DOCUMENT_NAMES.meta, json);
  const result = metaSchema.safeParse(envelope);
  if (!result.success) {
    const { path, message } = describeFirstIssue(result.error);
    throw new DataDocumentError('schema', DOCUMENT_NAMES.meta, `${path}: ${message}`, { path });
  }
  return result.data;
}

/** build-report.json (written by data:build): whole or not at all, like meta.json. */
export function parseBuildReport(json: unknown): BuildReportDocument {
  const envelope = checkEnvelope(DOCUMENT_NAMES.buildReport, json, 'indicators');
  const result = buildReportDocumentSchema.safeParse(envelope);
  if (!result.success) {
    const { path, message } = describeFirstIssue(result.error);
    throw new DataDocumentError('schema', DOCUMENT_NAMES.buildReport, `${path}: ${message}`, { path });
  }
  return result.data;
}

export function parseIndicators(json: unknown): Parsed<Indicator[]> {
  const name = DOCUMENT_NAMES.indicators;
  const envelope = checkEnvelope(name, json, 'indicators');
  return parseRecords(name, envelope.indicators as unknown[], ['indicators'], indicatorSchema, (indicator) => indicator.id);
}

const goalShellSchema = z.extend(goalSchema, { targets: z.array(z.unknown()) });
const targetShellSchema = z.extend(targetSchema, { assessments: z.optional(z.array(z.unknown())) });

/**
 * A target's assessments are records of their own: a bad one is dropped and reported (named by
 * its target, so the views showing the target report it), the target stays. Views order them.
 */
function parseTarget(name: string, shell: z.infer<typeof targetShellSchema>, at: ReadonlyArray<PropertyKey>, problems: DataProblem[]): Goal['targets'][number] {
  if (!shell.assessments) return shell as Goal['targets'][number];
  const { data, problems: dropped } = parseRecords(name, shell.assessments, [...at, 'assessments'], assessmentSchema);
  for (const problem of dropped) problems.push({ ...problem, recordId: `${shell.indicatorId}/${shell.areaId}` });
  return rememberPath({ ...shell, assessments: data }, recordPath(shell, formatPath(at)));
}

export function parseGoals(json: unknown): Parsed<Goal[]> {
  const name = DOCUMENT_NAMES.goals;
  const envelope = checkEnvelope(name, json, 'goals');
  const shells = parseRecords(name, envelope.goals as unknown[], ['goals'], goalShellSchema, (goal) => goal.id);
  const problems = [...shells.problems];
  const goals = shells.data.map((shell) => {
    const index = (envelope.goals as unknown[]).findIndex((item) => isObject(item) && item.id === shell.id);
    const targetShells = parseRecords(
      name,
      shell.targets,
      ['goals', index, 'targets'],
      targetShellSchema,
      (target) => `${target.indicatorId}/${target.areaId}`,
    );
    problems.push(...targetShells.problems);
    const targets = targetShells.data.map((target) => {
      const targetIndex = shell.targets.findIndex((item) => isObject(item) && item.indicatorId === target.indicatorId && item.areaId === target.areaId);
      return parseTarget(name, target, ['goals', index, 'targets', targetIndex], problems);
    });
    return rememberPath({ ...shell, targets }, recordPath(shell, `goals[${index}]`));
  });
  return { data: goals, problems };
}

export function parseEvents(json: unknown): Parsed<PilotEvent[]> {
  const name = DOCUMENT_NAMES.events;
  const envelope = checkEnvelope(name, json, 'events');
  return parseRecords(name, envelope.events as unknown[], ['events'], eventSchema, (event) => event.id);
}

export function parseAreas(json: unknown): Parsed<AreaFeature[]> {
  const name = DOCUMENT_NAMES.areas;
  const envelope = checkEnvelope(name, json, 'features');
  return parseRecords(name, envelope.features as unknown[], ['features'], areaFeatureSchema, (area) => area.id);
}

export function parseSites(json: unknown): Parsed<SiteFeature[]> {
  const name = DOCUMENT_NAMES.sites;
  const envelope = checkEnvelope(name, json, 'features');
  return parseRecords(name, envelope.features as unknown[], ['features'], siteFeatureSchema, (site) => site.id);
}

export interface ObservationsDocument {
  indicatorId: string;
  series: Series[];
  /** The source could not be read at the last update: the series are older (data:build --keep-going). */
  stale?: boolean;
  /** When the failed read happened (ISO date-time). */
  staleSince?: string;
}

/** `stale` and `staleSince` as the contract gives them; anything else is ignored (an optional addition). */
function staleFields(envelope: Record<string, unknown>): Pick<ObservationsDocument, 'stale' | 'staleSince'> {
  if (envelope.stale !== true) return {};
  const since = z.iso.datetime({ offset: true }).safeParse(envelope.staleSince);
  return since.success ? { stale: true, staleSince: since.data } : { stale: true };
}

const seriesShellSchema = z.extend(seriesSchema, { points: z.array(z.unknown()) });

export function parseObservations(json: unknown, expectedIndicatorId: string): Parsed<ObservationsDocument> {
  const name = DOCUMENT_NAMES.observations(expectedIndicatorId);
  const envelope = checkEnvelope(name, json, 'series');
  const indicatorId = idSchema.safeParse(envelope.indicatorId);
  if (!indicatorId.success || indicatorId.data !== expectedIndicatorId) {
    throw new DataDocumentError('schema', name, `indicatorId: expected "${expectedIndicatorId}"`, { path: 'indicatorId' });
  }
  const rawSeries = envelope.series as unknown[];
  const shells = parseRecords(name, rawSeries, ['series'], seriesShellSchema, (series) => `${series.areaId}/${series.siteId ?? ''}`);
  const problems = [...shells.problems];
  const series = shells.data.map((shell) => {
    const index = rawSeries.findIndex((item) => isObject(item) && item.areaId === shell.areaId && item.siteId === shell.siteId);
    const points = parseRecords(name, shell.points, ['series', index, 'points'], pointSchema, (point) => point.period);
    problems.push(...points.problems);
    const sorted = [...points.data].sort((a, b) => compareCodeUnits(a.period, b.period));
    return rememberPath({ ...shell, points: sorted }, recordPath(shell, `series[${index}]`));
  });
  return { data: { indicatorId: indicatorId.data, series, ...staleFields(envelope) }, problems };
}
