/**
 * React hooks over the document queries. Composite hooks join documents and apply the
 * cross-reference checks, so every view gets sound records plus the list of dropped ones.
 * Internal indicators (`visibility: "internal"`) are removed here, once, for every public view.
 *
 * Stable results come from TanStack Query itself: `useQueries({ queries, combine })` with a
 * module-level `combine` re-runs only when a query's result changes, and structurally shares
 * what it returns, so a plain re-render hands back the very same state and data.
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useAppConfig } from '../../config/config-context';
import type { ObservationsDocument } from './documents';
import type { DataProblem, Parsed } from './problems';
import {
  areasQueryOptions,
  buildReportQueryOptions,
  eventsQueryOptions,
  goalsQueryOptions,
  indicatorsQueryOptions,
  metaQueryOptions,
  observationsQueryOptions,
  sitesQueryOptions,
} from './queries';
import {
  resolveEventReferences,
  resolveGoalReferences,
  resolveObservationReferences,
  resolveSiteReferences,
  type KnownIds,
} from './references';
import type { AreaFeature, BuildReportDocument, Goal, Indicator, Meta, PilotEvent, SiteFeature } from './schemas';

/** The state of data that may come from several documents. */
export interface DataState<T> {
  isPending: boolean;
  /** The first failing document's error (a DataDocumentError names the document). */
  error: Error | null;
  data: T | undefined;
  /** Records dropped from the documents this data came from. */
  problems: DataProblem[];
  /** Fetches the failed documents again (DataError's "try again" button). */
  refetch: () => void;
}

/** What `combineStates` reads of a part: a DataState, or a query result (its problems are in its data). */
type StatePart = Pick<DataState<unknown>, 'isPending' | 'error'> & { problems?: DataProblem[]; refetch?: () => unknown };

/**
 * The one way to combine states: pending while any part is pending, failed when any part failed
 * (the first error wins), otherwise `build()`'s data with the parts' problems and its own.
 */
export function combineStates<T>(parts: ReadonlyArray<StatePart>, build: () => { data: T; problems?: DataProblem[] } | undefined): DataState<T> {
  const error = parts.find((part) => part.error)?.error ?? null;
  const refetch = () => {
    for (const part of parts) if (part.error) void part.refetch?.();
  };
  const isPending = !error && parts.some((part) => part.isPending);
  if (error || isPending) return { isPending, error, data: undefined, problems: [], refetch };
  const built = build();
  const problems = [...parts.flatMap((part) => part.problems ?? []), ...(built?.problems ?? [])];
  return { isPending: false, error: null, data: built?.data, problems, refetch };
}

export function useDataBaseUrl(): string {
  return useAppConfig().dataBaseUrl;
}

export function useMeta(): UseQueryResult<Meta> {
  return useQuery(metaQueryOptions(useDataBaseUrl()));
}

type DocumentResult<T> = UseQueryResult<Parsed<T>>;

/** build-report.json, when the data build published one (an error means there is none to show). */
export function useBuildReport(): UseQueryResult<BuildReportDocument> {
  return useQuery(buildReportQueryOptions(useDataBaseUrl()));
}

function combineDistricts([areas]: [DocumentResult<AreaFeature[]>]): DataState<AreaFeature[]> {
  return combineStates([areas], () => areas.data && { data: areas.data.data.filter((area) => !isReferenceArea(area)), problems: areas.data.problems });
}

/** Whether the area is a reference area (e.g. the whole city): compared with, never a district. */
export function isReferenceArea(area: AreaFeature): boolean {
  return area.properties.role === 'reference';
}

/**
 * The districts: every area except reference areas, so no district list, map, status or card
 * can show a reference area by accident. Reference areas come from `useReferenceAreas`.
 */
export function useAreas(): DataState<AreaFeature[]> {
  return useQueries({ queries: [areasQueryOptions(useDataBaseUrl())], combine: combineDistricts });
}

function combineReferenceAreas([areas]: [DocumentResult<AreaFeature[]>]): DataState<AreaFeature[]> {
  return combineStates([areas], () => areas.data && { data: areas.data.data.filter(isReferenceArea) });
}

/** Reference areas (`role: "reference"`), drawn as dashed comparison lines. Problems are reported by `useAreas`. */
export function useReferenceAreas(): DataState<AreaFeature[]> {
  return useQueries({ queries: [areasQueryOptions(useDataBaseUrl())], combine: combineReferenceAreas });
}

export interface PublicIndicators {
  indicators: Indicator[];
  hiddenIds: ReadonlySet<string>;
}

function splitPublic(indicators: ReadonlyArray<Indicator>): PublicIndicators {
  return {
    indicators: indicators.filter((indicator) => indicator.visibility === 'public'),
    hiddenIds: new Set(indicators.filter((indicator) => indicator.visibility !== 'public').map((indicator) => indicator.id)),
  };
}

/** The public-only filter as a `select`: TanStack Query re-runs it only when the document changes. */
function selectPublicIndicators(document: Parsed<Indicator[]>): Parsed<Indicator[]> {
  return { data: splitPublic(document.data).indicators, problems: document.problems };
}

function combineIndicators([indicators]: [DocumentResult<Indicator[]>]): DataState<Indicator[]> {
  return combineStates([indicators], () => indicators.data);
}

/** Public indicators only. */
export function useIndicators(): DataState<Indicator[]> {
  return useQueries({ queries: [{ ...indicatorsQueryOptions(useDataBaseUrl()), select: selectPublicIndicators }], combine: combineIndicators });
}

function knownIds(indicators: ReadonlyArray<Indicator>, areas: ReadonlyArray<AreaFeature>, sites?: ReadonlyArray<SiteFeature>): KnownIds {
  return {
    indicatorIds: new Set(indicators.map((indicator) => indicator.id)),
    areaIds: new Set(areas.map((area) => area.id)),
    siteIds: sites ? new Set(sites.map((site) => site.id)) : undefined,
  };
}

function combineGoals([goals, indicators, areas]: [DocumentResult<Goal[]>, DocumentResult<Indicator[]>, DocumentResult<AreaFeature[]>]): DataState<Goal[]> {
  return combineStates([goals, indicators, areas], () => {
    if (!goals.data || !indicators.data || !areas.data) return undefined;
    const { hiddenIds } = splitPublic(indicators.data.data);
    // Targets belong to districts: one on a reference area is dropped like one on an unknown area.
    const districts = areas.data.data.filter((area) => !isReferenceArea(area));
    const resolved = resolveGoalReferences(goals.data.data, knownIds(indicators.data.data, districts), hiddenIds);
    return { data: resolved.data, problems: [...goals.data.problems, ...resolved.problems] };
  });
}

/** Goals with targets for public indicators and known areas. */
export function useGoals(): DataState<Goal[]> {
  const baseUrl = useDataBaseUrl();
  return useQueries({ queries: [goalsQueryOptions(baseUrl), indicatorsQueryOptions(baseUrl), areasQueryOptions(baseUrl)], combine: combineGoals });
}

function combineSites([sites, indicators, areas]: [DocumentResult<SiteFeature[]>, DocumentResult<Indicator[]>, DocumentResult<AreaFeature[]>]): DataState<SiteFeature[]> {
  return combineStates([sites, indicators, areas], () => {
    if (!sites.data || !indicators.data || !areas.data) return undefined;
    const { hiddenIds } = splitPublic(indicators.data.data);
    const resolved = resolveSiteReferences(sites.data.data, knownIds(indicators.data.data, areas.data.data));
    const data = resolved.data.map((site) =>
      site.properties.indicatorIds?.some((id) => hiddenIds.has(id))
        ? { ...site, properties: { ...site.properties, indicatorIds: site.properties.indicatorIds.filter((id) => !hiddenIds.has(id)) } }
        : site,
    );
    return { data, problems: [...sites.data.problems, ...resolved.problems] };
  });
}

/** Sites whose area and linked indicators exist; links to internal indicators are removed. */
export function useSites(): DataState<SiteFeature[]> {
  const baseUrl = useDataBaseUrl();
  return useQueries({ queries: [sitesQueryOptions(baseUrl), indicatorsQueryOptions(baseUrl), areasQueryOptions(baseUrl)], combine: combineSites });
}

function combineEvents([events, areas, sites]: [DocumentResult<PilotEvent[]>, DocumentResult<AreaFeature[]>, DocumentResult<SiteFeature[]>]): DataState<PilotEvent[]> {
  // Sites only sharpen the check; a broken sites.geojson must not hide the timeline.
  return combineStates([events, areas], () => {
    if (!events.data || !areas.data) return undefined;
    const resolved = resolveEventReferences(events.data.data, knownIds([], areas.data.data, sites.data?.data));
    return { data: resolved.data, problems: [...events.data.problems, ...resolved.problems] };
  });
}

export function useEvents(): DataState<PilotEvent[]> {
  const baseUrl = useDataBaseUrl();
  return useQueries({ queries: [eventsQueryOptions(baseUrl), areasQueryOptions(baseUrl), sitesQueryOptions(baseUrl)], combine: combineEvents });
}

function combineObservations([observations, areas, sites]: [
  DocumentResult<ObservationsDocument>,
  DocumentResult<AreaFeature[]>,
  DocumentResult<SiteFeature[]>,
]): DataState<ObservationsDocument> {
  return combineStates([observations, areas], () => {
    if (!observations.data || !areas.data) return undefined;
    const resolved = resolveObservationReferences(observations.data.data, knownIds([], areas.data.data, sites.data?.data));
    return { data: resolved.data, problems: [...observations.data.problems, ...resolved.problems] };
  });
}

/**
 * Observations of one indicator, with points for unknown areas or sites dropped. It does not
 * check visibility: callers resolve the indicator through `useIndicators` first (an internal
 * indicator is never listed there) and pass `enabled: false` until they have.
 */
export function useObservations(indicatorId: string, options: { enabled?: boolean } = {}): DataState<ObservationsDocument> {
  const baseUrl = useDataBaseUrl();
  return useQueries({
    queries: [{ ...observationsQueryOptions(baseUrl, indicatorId), enabled: options.enabled ?? true }, areasQueryOptions(baseUrl), sitesQueryOptions(baseUrl)],
    combine: combineObservations,
  });
}

/** [areas, sites, ...observations of each indicator]. */
function combineObservationsMany([areas, sites, ...observations]: ReadonlyArray<UseQueryResult<Parsed<unknown>>>): DataState<ReadonlyMap<string, ObservationsDocument>> {
  const areasResult = areas as DocumentResult<AreaFeature[]> | undefined;
  const sitesResult = sites as DocumentResult<SiteFeature[]> | undefined;
  const documents = observations as ReadonlyArray<DocumentResult<ObservationsDocument>>;
  return combineStates([...documents, ...(areasResult ? [areasResult] : [])], () => {
    if (!areasResult?.data) return undefined;
    const known = knownIds([], areasResult.data.data, sitesResult?.data?.data);
    const byIndicator = new Map<string, ObservationsDocument>();
    const problems: DataProblem[] = [];
    for (const document of documents) {
      if (!document.data) continue;
      const resolved = resolveObservationReferences(document.data.data, known);
      byIndicator.set(resolved.data.indicatorId, resolved.data);
      problems.push(...document.data.problems, ...resolved.problems);
    }
    return { data: byIndicator, problems };
  });
}

/**
 * Observations of several indicators at once (catalogue, scorecard, start page), keyed by
 * indicator id. One failing observations file fails this state with that file's name.
 */
export function useObservationsMany(indicatorIds: ReadonlyArray<string>): DataState<ReadonlyMap<string, ObservationsDocument>> {
  const baseUrl = useDataBaseUrl();
  return useQueries({
    queries: [areasQueryOptions(baseUrl), sitesQueryOptions(baseUrl), ...indicatorIds.map((id) => observationsQueryOptions(baseUrl, id))],
    combine: combineObservationsMany,
  });
}
