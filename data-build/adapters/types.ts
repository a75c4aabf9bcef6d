/**
 * The seam between the build (reading the source folder, writing the data API) and the adapters
 * for the standard endpoints (Kolada v3, SCB PxWebApi 2, OGC SensorThings 1.1, NGSI-LD temporal).
 * The contract is docs/sources.md ("The adapters"): an adapter reads
 * one indicator's `input`, follows every paging scheme to the end, streams and aggregates, and
 * returns series in the data API's shape. It never writes files; errors are `SourceError`s.
 */
import type { Frequency, Quality, Series } from '../../src/contract/schemas.ts';
import type { AggregatorState } from './aggregate.ts';

export type Aggregate = 'mean' | 'sum' | 'min' | 'max' | 'last';

interface NetworkInputBase {
  /** A full request URL that replaces the one the adapter would build. */
  url?: string;
  /** Quality of every point read (default `measured`). */
  quality?: Quality;
}

export interface KoladaInput extends NetworkInputBase {
  kind: 'kolada';
  kpi: string;
  municipality: string;
  area: string;
  /** `T` (total, default), `K` or `M`. */
  gender?: 'T' | 'K' | 'M';
}

export interface PxwebInput extends NetworkInputBase {
  kind: 'pxweb';
  table: string;
  selection: Array<{ variableCode: string; valueCodes: string[] }>;
  regionVariable: string;
  timeVariable: string;
  /** Region code → area id. */
  areas: Record<string, string>;
  /** The content code to read when the table has several (`ContentsCode`). */
  contents?: string;
}

export interface SensorThingsInput extends NetworkInputBase {
  kind: 'sensorthings';
  datastreams: Array<{ url?: string; id?: string | number; area: string; site?: string }>;
  aggregate: Aggregate;
}

export interface NgsiLdInput extends NetworkInputBase {
  kind: 'ngsild';
  entity: string;
  attribute?: string;
  area: string;
  site?: string;
  tenant?: string;
  context?: string;
  aggregate?: Aggregate;
}

export type NetworkInput = KoladaInput | PxwebInput | SensorThingsInput | NgsiLdInput;

export interface Endpoints {
  kolada: string;
  pxweb: string;
  sensorthings?: string;
  ngsild?: string;
}

export interface AdapterContext {
  indicatorId: string;
  frequency: Frequency;
  /** IANA zone in which calendar periods of instants are cut (default Europe/Stockholm). */
  timeZone: string;
  endpoints: Endpoints;
  /** Per request (default REQUEST_TIMEOUT_MS, 30 000 ms). */
  timeoutMs: number;
  /** Tries in all per request (REQUEST_TRIES), with backoff on network errors, timeouts and 5xx. */
  tries: number;
  /**
   * The build's clock (`--today` / SOURCE_DATE_EPOCH, else the start of the build) as an ISO
   * instant: every series' `source.retrievedAt`. Never the wall clock at read time, so that two
   * builds with the same `--today` from the same answers write the same bytes.
   */
  retrievedAt: string;
  /** Called once per page read, for the terminal progress line/bar. */
  onProgress?: (progress: { pagesRead: number; pointsRead: number; totalPoints?: number }) => void;
  /**
   * What the last harvest of this indicator kept (SensorThings, NGSI-LD): when given, the adapter
   * asks only for what arrived since and folds it in (docs/sources.md "Incremental harvest").
   */
  harvest?: HarvestState | undefined;
}

/** The state an incremental harvest continues from; kept in the internal output's build-state.json. */
export interface HarvestState {
  aggregator: AggregatorState;
  /** One per datastream (SensorThings) or one for the entity (NGSI-LD): the last time read and the source's count then. */
  marks: Array<{ after?: string; count?: number }>;
  /**
   * What all harvests since the last full one read, added up: the build report counts the points
   * the series rest on, so an incremental build reports what a full build of the same data does.
   */
  read: { points: number; dropped: DroppedPoints[] };
}

export interface DroppedPoints {
  reason: string;
  count: number;
}

export interface AdapterResult {
  /** Series in the data API shape; values as read (no rounding), null stays null. */
  series: Series[];
  /** The first request URL (what the report and `source.url` show). */
  url: string;
  /** The points the series rest on; after an incremental harvest, the kept ones included. */
  pointsRead: number;
  /** Likewise, by reason (sorted by reason, so the order does not depend on how the reads were split). */
  dropped: DroppedPoints[];
  warnings: string[];
  /** The state to continue from next time (adapters that harvest incrementally). */
  harvest?: HarvestState;
  /** What this run asked the source for (adapters that harvest incrementally): the nightly cost. */
  fetched?: HarvestCost;
}

/** One run's harvest of one indicator: only what arrived since the last one, or everything. */
export interface HarvestCost {
  mode: 'incremental' | 'full';
  /** Observations received in this run. */
  points: number;
}

export type Adapter<Input extends NetworkInput = NetworkInput> = (input: Input, context: AdapterContext) => Promise<AdapterResult>;

/** A failing source: names the indicator, the source kind and the URL (sources.md). */
export class SourceError extends Error {
  readonly indicatorId: string;
  readonly sourceKind: NetworkInput['kind'];
  readonly url: string;
  constructor(indicatorId: string, sourceKind: NetworkInput['kind'], url: string, problem: string) {
    super(`${indicatorId}: ${sourceKind} source ${url}: ${problem}`);
    this.name = 'SourceError';
    this.indicatorId = indicatorId;
    this.sourceKind = sourceKind;
    this.url = url;
  }
}
