/**
 * `data:build`: source folder (+ the standard endpoints it names) → data API documents
 * (docs/sources.md). The network adapters come in as a parameter (`adapters`), so tests inject
 * fakes and the CLI passes the real registry (./adapters/index.ts).
 *
 * `runBuild` runs named stages, each below with its reason: read (the source folder and the
 * previous outputs) → harvest (every indicator's source, at most 4 at a time per host) → assemble
 * public → assemble internal (documents, changes.json, build-report.json as stable JSON texts) →
 * check (the contract check of those very texts) → outputs (zip, DCAT, feed, …) → publish (stage
 * in temp folders, dated releases, swap in). Any failure before the swap leaves the previous
 * output untouched.
 */
import type { ObservationsDocument as ParsedObservations } from '../src/contract/documents.ts';
import {
  areasDocumentSchema,
  buildReportDocumentSchema,
  changesDocumentSchema,
  eventsDocumentSchema,
  goalsDocumentSchema,
  indicatorsDocumentSchema,
  metaSchema,
  observationsDocumentSchema,
  sitesDocumentSchema,
  type AreasDocument,
  type BuildReportDocument,
  type BuildReportIndicator,
  type ChangesDocument,
  type EventsDocument,
  type Goal,
  type GoalsDocument,
  type Indicator,
  type IndicatorsDocument,
  type Meta,
  type ObservationsDocument,
  type Series,
  type SitesDocument,
  type SourceKind,
} from '../src/contract/schemas.ts';
import { SourceError, type Adapter, type AdapterContext, type AdapterResult, type HarvestCost, type NetworkInput } from './adapters/types.ts';
import { REQUEST_TIMEOUT_MS, REQUEST_TRIES } from './adapters/http.ts';
import { nextChangesDocument, type ComparableDataset } from './changes.ts';
import { rewind } from './check/geometry.ts';
import { goalsFor, splitGoals } from './goals-split.ts';
import { checkDataset, formatProblem, memoryReader, type Audience, type CheckProblem } from './check/index.ts';
import { keyedLimiter } from './limit.ts';
import type { BuiltDataset, PublishedOutput } from './outputs/types.ts';
import { readPreviousOutput, type PreviousOutput } from './previous.ts';
import { publishReleases, ReleaseError } from './releases.ts';
import { BUILD_STATE_FILE, buildStateText, harvestKey, keptHarvest, readBuildState } from './harvest-state.ts';
import { SourceFileError } from './source/errors.ts';
import { readSourceFolder, type IndicatorInput, type SourceDataset, type SourceIndicator } from './source/folder.ts';
import { observationFile, readObservationFile } from './source/observations.ts';
import { discardStaged, stageFolder, swapIn, type StagedFolder } from './write/atomic.ts';
import { stableJson } from './write/canonical.ts';
import { parseUtcDate } from '../src/core/calendar.ts';

export const API_VERSION = '1';
export const MAX_PER_HOST = 4;

export type AdapterRegistry = { [K in NetworkInput['kind']]: Adapter<Extract<NetworkInput, { kind: K }>> };

/** Names of the standard sources as the series' `source.name` shows them. */
const SOURCE_NAMES: Record<NetworkInput['kind'], string> = {
  kolada: 'Kolada',
  pxweb: 'SCB PxWebApi',
  sensorthings: 'OGC SensorThings',
  ngsild: 'NGSI-LD',
};

export interface SourceProgress {
  indicatorId: string;
  sourceKind: SourceKind;
  location: string;
}

export interface BuildProgress {
  /** A source is about to be read. */
  start?(source: SourceProgress): void;
  /** A page of a paged source was read. */
  page?(source: SourceProgress, progress: { pagesRead: number; pointsRead: number; totalPoints?: number }): void;
  /** A source was read (or failed); `fetched`: what this run asked an incrementally harvested source for. */
  done?(entry: BuildReportIndicator, fetched?: HarvestCost): void;
}

export interface BuildOptions {
  sourceDir: string;
  outDir: string;
  internalOutDir?: string | undefined;
  /** The previous public output to compare with (changes.json) and keep stale series from; default `outDir`. */
  previousDir?: string | undefined;
  /** The previous internal output, likewise; default `internalOutDir`. */
  internalPreviousDir?: string | undefined;
  keepGoing?: boolean;
  /** Harvest SensorThings and NGSI-LD sources whole, ignoring the kept build state. */
  full?: boolean;
  /** `updated` of meta.json: `YYYY-MM-DD` or an ISO date-time (from --today or SOURCE_DATE_EPOCH); default now. */
  today?: string | undefined;
  adapters: AdapterRegistry;
  /** Published outputs (default: ./outputs/index.ts). */
  outputs?: ReadonlyArray<PublishedOutput>;
  /** Write real durations into build-report.json (default true; false for byte-identical reports). */
  timings?: boolean;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  progress?: BuildProgress;
  /** Where notes for the person running the build go (terminal). */
  log?: (line: string) => void;
}

export interface BuildResult {
  ok: boolean;
  /** Errors that failed the build: file/line/column, indicator/source/URL, or contract problems. */
  errors: string[];
  /** Warnings of the build (report) and of the contract check. */
  warnings: string[];
  report: BuildReportDocument | undefined;
  internalReport: BuildReportDocument | undefined;
  /** The public files written, by relative path (documents and published outputs). */
  files: ReadonlyMap<string, string | Uint8Array>;
  /**
   * What this run asked each SensorThings / NGSI-LD source for, by indicator id. Not in the
   * report: the report describes the data (an incremental build's equals a full build's); this
   * is the run's cost, for the terminal and the bench.
   */
  fetched: ReadonlyMap<string, HarvestCost>;
}

interface SourceOutcome {
  source: SourceIndicator;
  series: Series[];
  /** The incremental-harvest state to keep (build-state.json in the internal output). */
  kept?: { input: string; harvest: NonNullable<AdapterResult['harvest']> } | undefined;
  stale?: { since: string };
  entry: BuildReportIndicator;
  fetched?: HarvestCost | undefined;
}

class BuildFailure extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(errors.join('\n'));
    this.errors = errors;
  }
}

/** `--today` / SOURCE_DATE_EPOCH → the `updated` text and the instant used for every time stamp. */
export function buildClock(today: string | undefined): { updated: string; now: Date; iso: string } {
  if (today === undefined) {
    const iso = `${new Date().toISOString().slice(0, 19)}Z`;
    return { updated: iso, now: new Date(iso), iso };
  }
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(today);
  const now = parseUtcDate(today);
  if (Number.isNaN(now.getTime()) || (isDate && now.toISOString().slice(0, 10) !== today)) {
    throw new BuildFailure([`--today "${today}" is not a date (YYYY-MM-DD) or an ISO date-time`]);
  }
  const iso = `${now.toISOString().slice(0, 19)}Z`;
  return { updated: isDate ? today : iso, now, iso };
}

function sourceKindOf(input: IndicatorInput): SourceKind {
  return input.kind;
}

function isNetwork(input: IndicatorInput): input is NetworkInput {
  return input.kind !== 'csv' && input.kind !== 'xlsx';
}

/** The URL the report names for a network source before (or without) a response. */
function plannedUrl(input: NetworkInput, endpoints: SourceDataset['endpoints']): string {
  if (input.url) return input.url;
  if (input.kind === 'sensorthings') {
    const first = input.datastreams[0];
    if (first?.url) return first.url;
    return `${endpoints.sensorthings ?? '(no sensorthings endpoint)'}/Datastreams(${String(first?.id ?? '?')})`;
  }
  return endpoints[input.kind] ?? `(no ${input.kind} endpoint)`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads one indicator's source; a network failure becomes stale (keep-going) or a thrown error. */
async function readSource(
  source: SourceIndicator,
  dataset: SourceDataset,
  options: BuildOptions,
  clock: ReturnType<typeof buildClock>,
  previous: PreviousOutput | undefined,
  kept: Awaited<ReturnType<typeof readBuildState>> = new Map(),
): Promise<SourceOutcome> {
  const { indicator, input } = source;
  const started = performance.now();
  const elapsed = () => (options.timings === false ? 0 : Math.round(performance.now() - started));
  const sourceKind = sourceKindOf(input);
  if (!isNetwork(input)) {
    const location = observationFile(indicator.id, input);
    options.progress?.start?.({ indicatorId: indicator.id, sourceKind, location });
    const result = await readObservationFile(options.sourceDir, indicator.id, indicator.frequency, input);
    const entry: BuildReportIndicator = {
      indicatorId: indicator.id,
      sourceKind,
      location,
      outcome: 'ok',
      readAt: clock.iso,
      pointsRead: result.pointsRead,
      dropped: [],
      warnings: result.warnings,
      durationMs: elapsed(),
    };
    return { source, series: result.series, entry };
  }

  const location = plannedUrl(input, dataset.endpoints);
  const progressSource = { indicatorId: indicator.id, sourceKind, location };
  options.progress?.start?.(progressSource);
  const context: AdapterContext = {
    indicatorId: indicator.id,
    frequency: indicator.frequency,
    timeZone: dataset.timeZone,
    endpoints: dataset.endpoints,
    timeoutMs: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    tries: REQUEST_TRIES,
    retrievedAt: clock.iso,
    onProgress: (progress) => options.progress?.page?.(progressSource, progress),
  };
  const key = harvestKey(input, indicator.frequency, dataset.timeZone);
  context.harvest = keptHarvest(kept, indicator.id, key);
  try {
    const adapter = options.adapters[input.kind] as Adapter;
    const result = await adapter(input, context);
    const series = result.series.map((s) => ({ ...s, source: s.source ?? { name: SOURCE_NAMES[input.kind], url: result.url, retrievedAt: clock.iso } }));
    const entry: BuildReportIndicator = {
      indicatorId: indicator.id,
      sourceKind,
      location: result.url,
      outcome: 'ok',
      readAt: clock.iso,
      pointsRead: result.pointsRead,
      dropped: result.dropped.filter((d) => d.count > 0),
      warnings: result.warnings,
      durationMs: elapsed(),
    };
    return { source, series, entry, kept: result.harvest ? { input: key, harvest: result.harvest } : undefined, fetched: result.fetched };
  } catch (error) {
    const failure = error instanceof SourceError ? error : new SourceError(indicator.id, input.kind, location, message(error));
    if (!options.keepGoing) throw failure;
    const kept = previous?.observations.get(indicator.id);
    const since = kept?.stale && kept.staleSince ? kept.staleSince : clock.iso;
    const warnings = kept ? [] : ['the previous output has no series for this indicator: it is published empty'];
    const entry: BuildReportIndicator = {
      indicatorId: indicator.id,
      sourceKind,
      location: failure.url,
      outcome: 'stale',
      readAt: clock.iso,
      pointsRead: 0,
      dropped: [],
      warnings,
      error: failure.message,
      durationMs: elapsed(),
    };
    const keptState = context.harvest ? { input: key, harvest: context.harvest } : undefined;
    return { source, series: kept?.series ?? [], stale: { since }, entry, kept: keptState };
  }
}

function observationsDocument(outcome: SourceOutcome): ObservationsDocument {
  return {
    apiVersion: API_VERSION,
    indicatorId: outcome.source.indicator.id,
    series: outcome.series,
    ...(outcome.stale ? { stale: true, staleSince: outcome.stale.since } : {}),
  };
}

function comparable(
  meta: { updated: string; archived?: boolean | undefined },
  docs: { indicators: Indicator[]; areas: AreasDocument['features']; goals: Goal[]; observations: ReadonlyArray<ParsedObservations> },
): ComparableDataset {
  return {
    updated: meta.updated,
    archived: meta.archived,
    indicators: docs.indicators,
    areas: docs.areas,
    goals: docs.goals,
    observations: new Map(docs.observations.map((doc) => [doc.indicatorId, doc])),
  };
}

/**
 * The previous output as comparable, limited to indicators `keep` accepts (never name now-internal
 * ones in public). The internal output's goals are taken whole (`keepAllGoals`): they also repeat
 * public targets to carry internal assessments, which must be compared with the new ones.
 */
function previousComparable(
  previous: PreviousOutput | undefined,
  base: PreviousOutput | undefined,
  keep: (indicatorId: string) => boolean,
  keepAllGoals = false,
): ComparableDataset | undefined {
  if (!previous || !base?.meta) return undefined;
  return comparable(base.meta, {
    indicators: previous.indicators.filter((indicator) => keep(indicator.id)),
    areas: base.areas,
    goals: keepAllGoals ? previous.goals : goalsFor(previous.goals, keep),
    observations: [...previous.observations.values()].filter((doc) => keep(doc.indicatorId)),
  });
}

function checkErrors(problems: ReadonlyArray<CheckProblem>, label: string): { errors: string[]; warnings: string[] } {
  const lines = problems.map((problem) => `${label}: ${formatProblem(problem)}`);
  return { errors: lines.filter((_, i) => problems[i]?.severity === 'error'), warnings: lines.filter((_, i) => problems[i]?.severity === 'warning') };
}

/**
 * RFC 7946 §3.1.6: a GeoJSON producer writes exterior rings counter-clockwise and holes
 * clockwise. Outlines exported from GIS tools often run the other way, so the build turns them
 * and says so once per file (not once per ring: a city's outlines can have thousands).
 */
function windAreasAndSites(dataset: SourceDataset): { dataset: SourceDataset; warnings: string[] } {
  const warnings: string[] = [];
  const wind = <F extends { geometry: unknown }>(features: F[], file: string, noun: string): F[] => {
    let rings = 0;
    let turnedFeatures = 0;
    const out = features.map((feature) => {
      const geometry = feature.geometry as { type?: unknown } | null;
      if (geometry === null || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return feature;
      const { geometry: wound, turned } = rewind(feature.geometry as Parameters<typeof rewind>[0]);
      if (turned === 0) return feature;
      rings += turned;
      turnedFeatures += 1;
      return { ...feature, geometry: wound };
    });
    if (rings > 0)
      warnings.push(
        `${file}: ${rings} ring${rings === 1 ? '' : 's'} in ${turnedFeatures} ${noun}${turnedFeatures === 1 ? '' : 's'} ${rings === 1 ? 'was' : 'were'} turned round to RFC 7946 order (exterior rings counter-clockwise, holes clockwise)`,
      );
    return out;
  };
  const areas = wind(dataset.areas, 'areas.geojson', 'area');
  const sites = wind(dataset.sites, 'sites', 'site');
  return { dataset: { ...dataset, areas, sites }, warnings };
}

/** What the read stage hands on: the wound source folder, the previous outputs and who sees what. */
interface BuildInputs {
  clock: ReturnType<typeof buildClock>;
  dataset: SourceDataset;
  previousPublic: PreviousOutput | undefined;
  previousInternal: PreviousOutput | undefined;
  keptState: Awaited<ReturnType<typeof readBuildState>>;
  publicSources: SourceIndicator[];
  internalSources: SourceIndicator[];
  isInternalId: ReadonlySet<string>;
  withInternal: boolean;
  /** Warnings for the public report so far (folder, winding, left-out internal indicators). */
  publicWarnings: string[];
}

type Outcomes = ReadonlyMap<string, SourceOutcome>;
type ReportOf = (list: BuildReportIndicator[], warnings: string[]) => BuildReportDocument;

/** The public documents, their stable texts and the public report. */
interface PublicAssembly {
  built: BuiltDataset;
  report: BuildReportDocument;
  internalGoals: Goal[];
}

/** The internal documents' texts (areas, sites, events and meta come from the public base). */
interface InternalAssembly {
  files: Map<string, string>;
  report: BuildReportDocument;
}

/**
 * Read: the source folder and the previous outputs, before any network request, so a broken
 * folder fails fast with its file and line. Outlines are wound here so every later stage (and
 * the changes comparison) sees the published geometry.
 */
async function readInputs(options: BuildOptions, clock: BuildInputs['clock'], log: (line: string) => void): Promise<BuildInputs> {
  let dataset: SourceDataset;
  try {
    dataset = await readSourceFolder(options.sourceDir, { today: clock.iso.slice(0, 10) });
  } catch (error) {
    if (error instanceof SourceFileError) throw new BuildFailure([error.message]);
    throw error;
  }
  const [previousPublic, previousInternal, keptState] = await Promise.all([
    readPreviousOutput(options.previousDir ?? options.outDir),
    readPreviousOutput(options.internalPreviousDir ?? options.internalOutDir),
    readBuildState(options.internalPreviousDir ?? options.internalOutDir, options.full === true),
  ]);

  const wound = windAreasAndSites(dataset);
  dataset = wound.dataset;

  const publicSources = dataset.indicators.filter((s) => s.indicator.visibility !== 'internal');
  const internalSources = dataset.indicators.filter((s) => s.indicator.visibility === 'internal');
  const withInternal = options.internalOutDir !== undefined;
  const publicWarnings = [...dataset.warnings, ...wound.warnings];
  if (!withInternal && internalSources.length > 0) {
    const count = internalSources.length;
    publicWarnings.push(`${count} internal indicator${count === 1 ? ' was' : 's were'} left out: no --internal-out was given`);
    log(`Internal indicators left out (no --internal-out): ${internalSources.map((s) => s.indicator.id).join(', ')}`);
  }
  const isInternalId = new Set(internalSources.map((s) => s.indicator.id));
  return { clock, dataset, previousPublic, previousInternal, keptState, publicSources, internalSources, isInternalId, withInternal, publicWarnings };
}

/**
 * Harvest: every indicator's source, at most MAX_PER_HOST at a time per host (files share one
 * key), so one slow endpoint neither floods nor blocks the others. Internal sources are read
 * only when there is an internal output to put them in.
 */
async function harvest(inputs: BuildInputs, options: BuildOptions): Promise<Outcomes> {
  const { dataset, clock, previousPublic, previousInternal, keptState } = inputs;
  const limit = keyedLimiter(MAX_PER_HOST);
  const toRead = inputs.withInternal ? dataset.indicators : inputs.publicSources;
  const settled = await Promise.allSettled(
    toRead.map((source) => {
      const key = isNetwork(source.input) ? hostOf(plannedUrl(source.input, dataset.endpoints)) : 'files';
      const previous = source.indicator.visibility === 'internal' ? previousInternal : previousPublic;
      return limit(key, async () => {
        const outcome = await readSource(source, dataset, options, clock, previous, keptState);
        options.progress?.done?.(outcome.entry, outcome.fetched);
        return outcome;
      });
    }),
  );
  const failures = settled.flatMap((result) => (result.status === 'rejected' ? [message(result.reason)] : []));
  if (failures.length > 0) throw new BuildFailure(failures);
  return new Map(settled.flatMap((result) => (result.status === 'fulfilled' ? [[result.value.source.indicator.id, result.value] as const] : [])));
}

const outcomeOf = (outcomes: Outcomes, source: SourceIndicator) => outcomes.get(source.indicator.id) as SourceOutcome;

/**
 * Assemble public: the documents anyone may read, with internal indicators taken out of sites
 * and goals, changes.json against the previous public output, and their stable texts.
 */
function assemblePublic(inputs: BuildInputs, outcomes: Outcomes, outputs: ReadonlyArray<PublishedOutput>, reportOf: ReportOf): PublicAssembly {
  const { dataset, clock, previousPublic, publicSources, isInternalId } = inputs;
  const meta: Meta = { apiVersion: API_VERSION, ...dataset.meta, updated: clock.updated } as Meta;
  const areas: AreasDocument = { apiVersion: API_VERSION, type: 'FeatureCollection', features: dataset.areas };
  const sites: SitesDocument = {
    apiVersion: API_VERSION,
    type: 'FeatureCollection',
    features: dataset.sites.map((site) => {
      const ids = site.properties?.indicatorIds;
      if (!Array.isArray(ids) || !ids.some((id) => isInternalId.has(id))) return site;
      const kept = ids.filter((id) => !isInternalId.has(id));
      const properties = { ...site.properties };
      delete properties.indicatorIds;
      return { ...site, properties: kept.length > 0 ? { ...properties, indicatorIds: kept } : properties };
    }),
  };
  const events: EventsDocument = { apiVersion: API_VERSION, events: dataset.events };
  const publicIndicators = publicSources.map((s) => s.indicator);
  const indicators: IndicatorsDocument = { apiVersion: API_VERSION, indicators: publicIndicators };
  const split = splitGoals(dataset.goals, (id) => isInternalId.has(id));
  const goals: GoalsDocument = { apiVersion: API_VERSION, goals: split.public };
  const observations = publicSources.map((s) => observationsDocument(outcomeOf(outcomes, s)));

  const changes = nextChangesDocument(
    previousComparable(previousPublic, previousPublic, (id) => !isInternalId.has(id)),
    previousPublic?.changes,
    comparable(meta, { indicators: publicIndicators, areas: areas.features, goals: goals.goals, observations }),
  );
  // Published outputs say beforehand what they will leave out (e.g. no DCAT without meta.url);
  // as report warnings these reach build-report.json and the terminal's WARN lines.
  inputs.publicWarnings.push(...outputs.flatMap((output) => output.notes?.(meta) ?? []));
  const report = reportOf(
    publicSources.map((s) => outcomeOf(outcomes, s).entry),
    inputs.publicWarnings,
  );

  const files = new Map<string, string>([
    ['meta.json', stableJson(metaSchema, meta)],
    ['areas.geojson', stableJson(areasDocumentSchema, areas)],
    ['indicators.json', stableJson(indicatorsDocumentSchema, indicators)],
    ['goals.json', stableJson(goalsDocumentSchema, goals)],
    ['sites.geojson', stableJson(sitesDocumentSchema, sites)],
    ['events.json', stableJson(eventsDocumentSchema, events)],
    ...observations.map((doc) => [`observations/${doc.indicatorId}.json`, stableJson(observationsDocumentSchema, doc)] as const),
    ['build-report.json', stableJson(buildReportDocumentSchema, report)],
    ...(changes ? [['changes.json', stableJson(changesDocumentSchema, changes)] as const] : []),
  ]);
  const built: BuiltDataset = { meta, areas, indicators, goals, sites, events, observations, changes, files };
  return { built, report, internalGoals: split.internal };
}

/**
 * Assemble internal: only the internal indicators, their goals and series, compared with the
 * previous internal output; a reader of the internal output overlays it on the public base.
 */
function assembleInternal(inputs: BuildInputs, outcomes: Outcomes, base: PublicAssembly, reportOf: ReportOf): InternalAssembly {
  const { previousPublic, previousInternal, internalSources, isInternalId } = inputs;
  const { meta, areas } = base.built;
  const internalIndicators = internalSources.map((s) => s.indicator);
  const internalGoals = base.internalGoals;
  const internalObservations = internalSources.map((s) => observationsDocument(outcomeOf(outcomes, s)));
  const internalChanges = nextChangesDocument(
    previousComparable(previousInternal, previousPublic, (id) => isInternalId.has(id), true),
    previousInternal?.changes,
    comparable(meta, { indicators: internalIndicators, areas: areas.features, goals: internalGoals, observations: internalObservations }),
  );
  const report = reportOf(
    internalSources.map((s) => outcomeOf(outcomes, s).entry),
    [],
  );
  const files = new Map<string, string>([
    ['indicators.json', stableJson(indicatorsDocumentSchema, { apiVersion: API_VERSION, indicators: internalIndicators })],
    ['goals.json', stableJson(goalsDocumentSchema, { apiVersion: API_VERSION, goals: internalGoals })],
    ...internalObservations.map((doc) => [`observations/${doc.indicatorId}.json`, stableJson(observationsDocumentSchema, doc)] as const),
    ['build-report.json', stableJson(buildReportDocumentSchema, report)],
    ...(internalChanges ? [['changes.json', stableJson(changesDocumentSchema, internalChanges as ChangesDocument)] as const] : []),
  ]);
  return { files, report };
}

/**
 * Check: the contract check of the exact texts about to be written (not of the objects they came
 * from), so what is published is what was checked. Returns the check's warnings; errors fail.
 */
async function checkTexts(inputs: BuildInputs, files: ReadonlyMap<string, string>, internal: InternalAssembly | undefined): Promise<string[]> {
  const checks: Array<{ audience: Audience; label: string; files: ReadonlyMap<string, string> }> = [{ audience: 'public', label: 'output', files }];
  if (internal) {
    // What a project lead sees: the public base with every indicator, goal and series.
    const whole = new Map([...files, ...internal.files]);
    whole.set(
      'indicators.json',
      stableJson(indicatorsDocumentSchema, { apiVersion: API_VERSION, indicators: inputs.dataset.indicators.map((s) => s.indicator) }),
    );
    whole.set('goals.json', stableJson(goalsDocumentSchema, { apiVersion: API_VERSION, goals: inputs.dataset.goals }));
    checks.push({ audience: 'internal', label: 'internal output', files: whole });
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const check of checks) {
    const found = checkErrors(await checkDataset(memoryReader(check.files), { audience: check.audience }), check.label);
    errors.push(...found.errors);
    warnings.push(...found.warnings);
  }
  if (errors.length > 0) throw new BuildFailure(errors);
  return warnings;
}

/**
 * Outputs: the published outputs (zip, DCAT, feed, …), from the public documents only; none may
 * overwrite a document, and later outputs see earlier ones' text files.
 */
async function buildOutputs(base: BuiltDataset, outputs: ReadonlyArray<PublishedOutput>): Promise<Map<string, string | Uint8Array>> {
  const outputFiles = new Map<string, string | Uint8Array>(base.files);
  let built = base;
  for (const output of outputs) {
    const made = await output(built);
    for (const file of made) {
      if (outputFiles.has(file.path))
        throw new BuildFailure([`published output ${output.name || '(anonymous)'} writes ${file.path}, which the build already writes`]);
      outputFiles.set(file.path, file.contents);
    }
    // Later outputs see the text files of earlier ones, so the zip holds the feed too.
    const texts = made.flatMap((file) => (typeof file.contents === 'string' ? [[file.path, file.contents] as const] : []));
    if (texts.length > 0) built = { ...built, files: new Map([...built.files, ...texts]) };
  }
  return outputFiles;
}

/**
 * Publish: all or nothing. Both outputs are staged next to their folders, the dated releases
 * written, then swapped in; `staged` is the caller's, so a failure anywhere discards what was
 * staged. The build state goes with the internal output only, never published.
 */
async function publish(
  options: BuildOptions,
  inputs: BuildInputs,
  outcomes: Outcomes,
  outputFiles: ReadonlyMap<string, string | Uint8Array>,
  internal: InternalAssembly | undefined,
  updated: string,
  staged: StagedFolder[],
): Promise<void> {
  const keptNow = new Map([...outcomes].flatMap(([id, outcome]) => (outcome.kept ? [[id, outcome.kept] as const] : [])));
  if (internal && keptNow.size > 0) internal.files.set(BUILD_STATE_FILE, buildStateText(keptNow));
  staged.push(await stageFolder(options.outDir, outputFiles));
  if (options.internalOutDir !== undefined && internal) staged.push(await stageFolder(options.internalOutDir, internal.files));
  await publishReleases(staged, [
    { previousDir: options.previousDir ?? options.outDir, files: outputFiles, updated },
    {
      previousDir: options.internalPreviousDir ?? options.internalOutDir,
      files: internal?.files ?? new Map(),
      updated,
      previousUpdated: inputs.previousPublic?.meta?.updated,
    },
  ]);
  await swapIn(staged);
  staged.length = 0;
}

/** Runs the build. Never throws for bad input: failures come back as `ok: false` with errors. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const startedAt = performance.now();
  const log = options.log ?? (() => {});
  const staged: StagedFolder[] = [];
  try {
    const clock = buildClock(options.today);
    const reportOf: ReportOf = (list, warnings) => ({
      apiVersion: API_VERSION,
      builtAt: clock.iso,
      durationMs: options.timings === false ? 0 : Math.round(performance.now() - startedAt),
      indicators: list,
      warnings,
    });
    const inputs = await readInputs(options, clock, log);
    const outcomes = await harvest(inputs, options);
    const outputs = options.outputs ?? (await import('./outputs/index.ts')).publishedOutputs;
    const base = assemblePublic(inputs, outcomes, outputs, reportOf);
    const internal = inputs.withInternal ? assembleInternal(inputs, outcomes, base, reportOf) : undefined;
    const checkWarnings = await checkTexts(inputs, base.built.files, internal);
    const warnings = [...inputs.publicWarnings, ...checkWarnings];
    const outputFiles = await buildOutputs(base.built, outputs);
    await publish(options, inputs, outcomes, outputFiles, internal, base.built.meta.updated, staged);
    const fetched = new Map([...outcomes].flatMap(([id, outcome]) => (outcome.fetched ? [[id, outcome.fetched] as const] : [])));
    return { ok: true, errors: [], warnings, report: base.report, internalReport: internal?.report, files: outputFiles, fetched };
  } catch (error) {
    await Promise.all(staged.map(discardStaged));
    const failed = { ok: false, warnings: [], report: undefined, internalReport: undefined, files: new Map(), fetched: new Map() };
    if (error instanceof BuildFailure) return { ...failed, errors: error.errors };
    if (error instanceof SourceFileError || error instanceof SourceError || error instanceof ReleaseError) return { ...failed, errors: [error.message] };
    throw error;
  }
}
