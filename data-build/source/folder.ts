/**
 * Reads a source folder (docs/sources.md, "The source folder") into data API records, except the
 * observations, which ./observations.ts and the adapters read per indicator. Records are only
 * shaped here (texts normalised, CSV columns mapped); the contract check of the built output
 * validates them.
 */
import { isObject, type JsonObject } from '../../src/contract/json.ts';
import { readdir } from 'node:fs/promises';
import type { Endpoints, NetworkInput } from '../adapters/types.ts';
import type { AreaFeature, Goal, Indicator, Meta, PilotEvent, SiteFeature } from '../../src/contract/schemas.ts';
import type { BoundingBox } from '../../src/contract/positions.ts';
import { areasBox, grow, inBox } from '../check/geometry.ts';
import { attachAssessments, readAssessmentFile } from './assessments.ts';
import { columnLabel, localizedCell, numberCell, readCsv, textCell, type CsvTable } from './csv.ts';
import { SourceFileError } from './errors.ts';
import { normalisePeriod } from './periods.ts';
import { parseJsonFile, parseYaml, readText } from './yaml-file.ts';

export const DEFAULT_ENDPOINTS: Endpoints = { kolada: 'https://api.kolada.se/v3', pxweb: 'https://statistikdatabasen.scb.se/api/v2' };
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

export interface CsvInput {
  kind: 'csv';
  /** Relative to the source folder; default `observations/<id>.csv`. */
  file?: string;
}
export interface XlsxInput {
  kind: 'xlsx';
  file: string;
  /** Sheet name or 1-based number; the first sheet by default. */
  sheet?: string | number;
}
export type FileInput = CsvInput | XlsxInput;
export type IndicatorInput = FileInput | NetworkInput;

export interface SourceIndicator {
  indicator: Indicator;
  input: IndicatorInput;
}

export interface SourceDataset {
  meta: Omit<Meta, 'apiVersion' | 'updated'>;
  timeZone: string;
  endpoints: Endpoints;
  areas: AreaFeature[];
  indicators: SourceIndicator[];
  goals: Goal[];
  sites: SiteFeature[];
  events: PilotEvent[];
  /** Files read, relative to the folder (for the report). */
  warnings: string[];
}

/** A text field: a plain string is Swedish; `{ sv, en }` stays as it is. */
function text(value: unknown): unknown {
  return typeof value === 'string' ? { sv: value } : value;
}

function withTexts<T extends JsonObject>(record: T, fields: ReadonlyArray<string>): T {
  const out: JsonObject = { ...record };
  for (const field of fields) if (field in out) out[field] = text(out[field]);
  return out as T;
}

async function listFiles(folder: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(folder));
  } catch (error) {
    throw new SourceFileError('.', `the source folder ${folder} cannot be read (${(error as { code?: string }).code ?? String(error)})`);
  }
}

function listOf(json: unknown, file: string, key: string): unknown[] {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json[key])) return json[key] as unknown[];
  throw new SourceFileError(file, `expected a list (or an object with a "${key}" list)`);
}

export interface ReadFolderOptions {
  /** The build date (`YYYY-MM-DD`): no assessment may be dated after it. Default: today (UTC). */
  today?: string | undefined;
}

/** Reads everything but the observations. Throws a SourceFileError at the first broken file. */
export async function readSourceFolder(folder: string, options: ReadFolderOptions = {}): Promise<SourceDataset> {
  const present = await listFiles(folder);
  const warnings: string[] = [];
  const dataset = await readDatasetYaml(folder);
  const areas = await readAreas(folder);
  const indicators = await readIndicators(folder);
  let goals = present.has('goals.yaml') ? await readGoals(folder) : [];
  const assessments = await readAssessmentFile(folder, present);
  if (assessments) {
    if (!present.has('goals.yaml')) throw new SourceFileError(assessments.file, 'there is no goals.yaml: assessments need the targets they assess');
    warnings.push(...assessments.warnings);
    goals = attachAssessments(goals, assessments, options.today ?? new Date().toISOString().slice(0, 10));
  }
  const box = areasBox(areas);
  let sites: SiteFeature[] = [];
  if (present.has('sites.geojson') && present.has('sites.csv')) throw new SourceFileError('sites.csv', 'both sites.csv and sites.geojson exist: keep one');
  if (present.has('sites.geojson')) sites = await readSitesGeojson(folder);
  else if (present.has('sites.csv')) sites = await readSitesCsv(folder, box, warnings);
  let events: PilotEvent[] = [];
  if (present.has('events.json') && present.has('events.csv')) throw new SourceFileError('events.csv', 'both events.csv and events.json exist: keep one');
  if (present.has('events.json')) events = await readEventsJson(folder);
  else if (present.has('events.csv')) events = await readEventsCsv(folder, warnings);
  return { ...dataset, areas, indicators, goals, sites, events, warnings };
}

async function readDatasetYaml(folder: string): Promise<Pick<SourceDataset, 'meta' | 'timeZone' | 'endpoints'>> {
  const file = 'dataset.yaml';
  const json = parseYaml(await readText(folder, file), file);
  if (!isObject(json)) throw new SourceFileError(file, 'expected the dataset fields (title, publisher, licence, isSample, …)');
  const { timeZone = DEFAULT_TIME_ZONE, endpoints = {}, updated, apiVersion, ...meta } = json;
  void updated; // set by the build
  void apiVersion; // the build writes the version it implements
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone))
    throw new SourceFileError(file, `timeZone "${String(timeZone)}" is not an IANA time zone (e.g. Europe/Stockholm)`);
  if (!isObject(endpoints)) throw new SourceFileError(file, 'endpoints must map source kinds to base URLs');
  for (const [kind, url] of Object.entries(endpoints)) {
    if (!['kolada', 'pxweb', 'sensorthings', 'ngsild'].includes(kind))
      throw new SourceFileError(file, `endpoints: unknown source kind "${kind}" (kolada, pxweb, sensorthings, ngsild)`);
    if (typeof url !== 'string' || !URL.canParse(url)) throw new SourceFileError(file, `endpoints.${kind}: "${String(url)}" is not a URL`);
  }
  return {
    meta: withTexts(meta, ['title', 'sampleNote']) as SourceDataset['meta'],
    timeZone,
    endpoints: { ...DEFAULT_ENDPOINTS, ...(endpoints as Partial<Endpoints>) },
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

async function readAreas(folder: string): Promise<AreaFeature[]> {
  const file = 'areas.geojson';
  const json = parseJsonFile(await readText(folder, file), file);
  return listOf(json, file, 'features').map((item) => {
    if (!isObject(item)) return item as AreaFeature;
    const properties = isObject(item.properties) ? withTexts(item.properties, ['name', 'description']) : item.properties;
    return { ...item, properties } as AreaFeature;
  });
}

const FILE_KINDS = ['csv', 'xlsx'];
const NETWORK_KINDS = ['kolada', 'pxweb', 'sensorthings', 'ngsild'];

async function readIndicators(folder: string): Promise<SourceIndicator[]> {
  const file = 'indicators.yaml';
  const list = listOf(parseYaml(await readText(folder, file), file), file, 'indicators');
  const seen = new Set<string>();
  return list.map((item, index) => {
    if (!isObject(item) || typeof item.id !== 'string') throw new SourceFileError(file, `item ${index + 1} has no id`);
    const { input = { kind: 'csv' }, ...fields } = item;
    const where = `indicator "${item.id}"`;
    if (seen.has(item.id)) throw new SourceFileError(file, `${where} appears twice`);
    seen.add(item.id);
    if (!isObject(input) || typeof input.kind !== 'string' || ![...FILE_KINDS, ...NETWORK_KINDS].includes(input.kind)) {
      throw new SourceFileError(file, `${where}: input.kind must be one of ${[...FILE_KINDS, ...NETWORK_KINDS].join(', ')}`);
    }
    if (input.kind === 'xlsx' && typeof input.file !== 'string') throw new SourceFileError(file, `${where}: an xlsx input needs "file"`);
    if (input.kind === 'csv' && input.file !== undefined && typeof input.file !== 'string')
      throw new SourceFileError(file, `${where}: input.file must be a path`);
    const indicator = withTexts(fields, ['name', 'description', 'unit', 'methodology']) as unknown as Indicator;
    return { indicator, input: input as unknown as IndicatorInput };
  });
}

async function readGoals(folder: string): Promise<Goal[]> {
  const file = 'goals.yaml';
  return listOf(parseYaml(await readText(folder, file), file), file, 'goals').map((item) => {
    if (!isObject(item)) return item as Goal;
    const goal = withTexts(item, ['title', 'summary']);
    if (Array.isArray(goal.targets)) goal.targets = goal.targets.map(targetFromYaml);
    return goal as unknown as Goal;
  });
}

/** A target's `responsible` and its assessments' `text` may be plain (Swedish) strings too. */
function targetFromYaml(target: unknown): unknown {
  if (!isObject(target)) return target;
  const out = withTexts(target, ['responsible']);
  if (Array.isArray(out.assessments))
    out.assessments = out.assessments.map((assessment: unknown) => (isObject(assessment) ? withTexts(assessment, ['text']) : assessment));
  return out;
}

function siteFromGeojson(item: unknown): SiteFeature {
  if (!isObject(item) || !isObject(item.properties)) return item as SiteFeature;
  const properties = withTexts(item.properties, ['name', 'summary']);
  if (Array.isArray(properties.facts)) {
    properties.facts = properties.facts.map((fact: unknown) => (isObject(fact) ? withTexts(fact, ['label', 'unit']) : fact));
  }
  return { ...item, properties } as SiteFeature;
}

async function readSitesGeojson(folder: string): Promise<SiteFeature[]> {
  const file = 'sites.geojson';
  return listOf(parseJsonFile(await readText(folder, file), file), file, 'features').map(siteFromGeojson);
}

const SITE_COLUMNS = [
  'id',
  'area',
  'name_sv',
  'name_en',
  'domain',
  'kind',
  'status',
  'started',
  'completed',
  'summary_sv',
  'summary_en',
  'indicators',
  'url',
  'lat',
  'lon',
];
/** Degrees around the areas' box within which a site is plausible (as data:check). */
const SITE_MARGIN = 0.1;

function periodCell(table: CsvTable, row: CsvTable['rows'][number], name: string): string | undefined {
  const raw = textCell(row, name);
  if (raw === undefined) return undefined;
  const period = normalisePeriod(raw);
  if (period === undefined)
    throw new SourceFileError(table.file, `"${raw}" is not a period (2023, 2023-Q2, 2023-04 or 2023-04-15)`, {
      line: row.line,
      column: columnLabel(table, name),
    });
  return period;
}

async function readSitesCsv(folder: string, box: BoundingBox | undefined, warnings: string[]): Promise<SiteFeature[]> {
  const table = readCsv(await readText(folder, 'sites.csv'), 'sites.csv', { known: SITE_COLUMNS, required: ['id', 'area', 'lat', 'lon'] });
  warnings.push(...table.warnings);
  const plausible = box ? grow(box, SITE_MARGIN) : undefined;
  return table.rows.map((row) => {
    const lat = numberCell(table, row, 'lat');
    const lon = numberCell(table, row, 'lon');
    if (lat === null || lon === null)
      throw new SourceFileError(table.file, 'a site needs both lat and lon', { line: row.line, column: columnLabel(table, lat === null ? 'lat' : 'lon') });
    if (lat < -90 || lat > 90) {
      throw new SourceFileError(table.file, `latitude ${lat} is outside -90…90${Math.abs(lon) <= 90 ? ' (are lat and lon swapped?)' : ''}`, {
        line: row.line,
        column: columnLabel(table, 'lat'),
      });
    }
    if (lon < -180 || lon > 180)
      throw new SourceFileError(table.file, `longitude ${lon} is outside -180…180`, { line: row.line, column: columnLabel(table, 'lon') });
    if (plausible && !inBox(plausible, [lon, lat]) && inBox(plausible, [lat, lon])) {
      throw new SourceFileError(
        table.file,
        `lat ${lat}, lon ${lon} look swapped: the point is far from every area, but read the other way round it lies among them`,
        {
          line: row.line,
          column: columnLabel(table, 'lat'),
        },
      );
    }
    const indicators = textCell(row, 'indicators')?.split(/\s+/).filter(Boolean);
    const started = periodCell(table, row, 'started');
    const completed = periodCell(table, row, 'completed');
    const properties = {
      name: localizedCell(row, 'name'),
      areaId: textCell(row, 'area'),
      domain: textCell(row, 'domain'),
      kind: textCell(row, 'kind'),
      status: textCell(row, 'status'),
      started,
      completed,
      summary: localizedCell(row, 'summary'),
      indicatorIds: indicators,
      url: textCell(row, 'url'),
    };
    return { type: 'Feature', id: textCell(row, 'id'), geometry: { type: 'Point', coordinates: [lon, lat] }, properties } as unknown as SiteFeature;
  });
}

async function readEventsJson(folder: string): Promise<PilotEvent[]> {
  const file = 'events.json';
  return listOf(parseJsonFile(await readText(folder, file), file), file, 'events').map((item) =>
    isObject(item) ? (withTexts(item, ['title', 'description']) as unknown as PilotEvent) : (item as PilotEvent),
  );
}

const EVENT_COLUMNS = ['id', 'period', 'area', 'site', 'title_sv', 'title_en', 'description_sv', 'description_en'];

async function readEventsCsv(folder: string, warnings: string[]): Promise<PilotEvent[]> {
  const table = readCsv(await readText(folder, 'events.csv'), 'events.csv', { known: EVENT_COLUMNS, required: ['id', 'period'] });
  warnings.push(...table.warnings);
  return table.rows.map(
    (row) =>
      ({
        id: textCell(row, 'id'),
        period: periodCell(table, row, 'period'),
        areaId: textCell(row, 'area'),
        siteId: textCell(row, 'site'),
        title: localizedCell(row, 'title'),
        description: localizedCell(row, 'description'),
      }) as PilotEvent,
  );
}
