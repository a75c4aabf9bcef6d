/**
 * React hooks over the document queries. Composite hooks join documents and apply the
 * cross-reference checks, so every view gets sound records plus the list of dropped ones.
 * Internal indicators (`visibility: "internal"`) are removed here, once, for every public view;
 * for a signed-in project lead the internal base is merged in here too (`mergeBases`).
 *
 * Stable results come from TanStack Query itself: `useQueries({ queries, combine })` with a
 * module-level `combine` re-runs only when a query's result changes, and structurally shares
 * what it returns, so a plain re-render hands back the very same state and data.
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useContext, useMemo } from 'react';
import { UNSAFE_LocationContext } from 'react-router';
import { releaseBaseUrl, releaseFromSearch } from './releases';
import { useAppConfig } from '../../config/config-context';
import type { ObservationsDocument } from '../../contract/documents';
import { useInternalCatalogue, type InternalCatalogue } from './internal-access';
import { mergeBases, type MergedCatalogue } from './internal-merge';
import type { DataProblem, Parsed } from '../../contract/problems';
import {
  areasQueryOptions,
  buildReportQueryOptions,
  eventsQueryOptions,
  goalsQueryOptions,
  indicatorsQueryOptions,
  metaQueryOptions,
  internalObservationsQueryOptions,
  observationsQueryOptions,
  sitesQueryOptions,
} from './queries';
import { resolveEventReferences, resolveGoalReferences, resolveObservationReferences, resolveSiteReferences, type KnownIds } from '../../contract/references';
import type { AreaFeature, BuildReportDocument, Goal, Indicator, Meta, PilotEvent, SiteFeature } from '../../contract/schemas';

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

/**
 * The base the documents are read from: the latest dataset, or with `?release=<id>` in the page's
 * URL that release's folder (src/lib/api/releases.ts). Outside a router (tests of single
 * components) always the latest.
 */
export function useDataBaseUrl(): string {
  const base = useAppConfig().dataBaseUrl;
  const search = useContext(UNSAFE_LocationContext)?.location.search ?? '';
  const release = releaseFromSearch(search);
  return release === undefined ? base : releaseBaseUrl(base, release);
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

/** The public catalogue merged with what the signed-in user may read (public only otherwise). */
function mergeWith(internal: InternalCatalogue, indicators: ReadonlyArray<Indicator>, goals: ReadonlyArray<Goal> = []): MergedCatalogue {
  return mergeBases({ indicators, goals }, internal.documents);
}

/** Every id the public base declares plus the internal ones, so references to either resolve. */
function allIndicators(merged: MergedCatalogue, publicIndicators: ReadonlyArray<Indicator>): Indicator[] {
  return [...publicIndicators, ...merged.indicators.filter((indicator) => merged.internalIds.has(indicator.id))];
}

/** The internal catalogue as a state part: pending while sign-in is checked; its failure never fails a public view. */
function internalPart(internal: InternalCatalogue) {
  return { error: null, isPending: internal.isPending, problems: internal.problems };
}

/*
 * The combiners below depend on the signed-in user's internal catalogue, so each hook binds
 * them to it with useCallback: TanStack Query re-runs `combine` only when a query result or
 * that catalogue changes, and structurally shares the result otherwise.
 */

function combineIndicators([indicators]: [DocumentResult<Indicator[]>], internal: InternalCatalogue): DataState<Indicator[]> {
  return combineStates([indicators, internalPart(internal)], () => {
    if (!indicators.data) return undefined;
    const merged = mergeWith(internal, indicators.data.data);
    return { data: merged.indicators, problems: [...indicators.data.problems, ...merged.problems] };
  });
}

/** Public indicators, plus the internal ones (marked `visibility: "internal"`) when signed in. */
export function useIndicators(): DataState<Indicator[]> {
  const internal = useInternalCatalogue();
  const combine = useCallback((results: [DocumentResult<Indicator[]>]) => combineIndicators(results, internal), [internal]);
  return useQueries({ queries: [indicatorsQueryOptions(useDataBaseUrl())], combine });
}

function knownIds(indicators: ReadonlyArray<Indicator>, areas: ReadonlyArray<AreaFeature>, sites?: ReadonlyArray<SiteFeature>): KnownIds {
  return {
    indicatorIds: new Set(indicators.map((indicator) => indicator.id)),
    areaIds: new Set(areas.map((area) => area.id)),
    siteIds: sites ? new Set(sites.map((site) => site.id)) : undefined,
  };
}

type CatalogueResults<T> = [DocumentResult<T>, DocumentResult<Indicator[]>, DocumentResult<AreaFeature[]>];

function combineGoals([goals, indicators, areas]: CatalogueResults<Goal[]>, internal: InternalCatalogue): DataState<Goal[]> {
  return combineStates([goals, indicators, areas, internalPart(internal)], () => {
    if (!goals.data || !indicators.data || !areas.data) return undefined;
    const merged = mergeWith(internal, indicators.data.data, goals.data.data);
    // Targets belong to districts: one on a reference area is dropped like one on an unknown area.
    const districts = areas.data.data.filter((area) => !isReferenceArea(area));
    const resolved = resolveGoalReferences(merged.goals, knownIds(allIndicators(merged, indicators.data.data), districts), merged.hiddenIds);
    return { data: resolved.data, problems: [...goals.data.problems, ...resolved.problems] };
  });
}

/** Goals with targets for the indicators the reader may see and known districts. */
export function useGoals(): DataState<Goal[]> {
  const baseUrl = useDataBaseUrl();
  const internal = useInternalCatalogue();
  const combine = useCallback((results: CatalogueResults<Goal[]>) => combineGoals(results, internal), [internal]);
  return useQueries({ queries: [goalsQueryOptions(baseUrl), indicatorsQueryOptions(baseUrl), areasQueryOptions(baseUrl)], combine });
}

function combineSites([sites, indicators, areas]: CatalogueResults<SiteFeature[]>, internal: InternalCatalogue): DataState<SiteFeature[]> {
  return combineStates([sites, indicators, areas], () => {
    if (!sites.data || !indicators.data || !areas.data) return undefined;
    const merged = mergeWith(internal, indicators.data.data);
    const { hiddenIds } = merged;
    const resolved = resolveSiteReferences(sites.data.data, knownIds(allIndicators(merged, indicators.data.data), areas.data.data));
    const data = resolved.data.map((site) =>
      site.properties.indicatorIds?.some((id) => hiddenIds.has(id))
        ? { ...site, properties: { ...site.properties, indicatorIds: site.properties.indicatorIds.filter((id) => !hiddenIds.has(id)) } }
        : site,
    );
    return { data, problems: [...sites.data.problems, ...resolved.problems] };
  });
}

/** Sites whose area and linked indicators exist; links to indicators the reader may not see are removed. */
export function useSites(): DataState<SiteFeature[]> {
  const baseUrl = useDataBaseUrl();
  const internal = useInternalCatalogue();
  const combine = useCallback((results: CatalogueResults<SiteFeature[]>) => combineSites(results, internal), [internal]);
  return useQueries({ queries: [sitesQueryOptions(baseUrl), indicatorsQueryOptions(baseUrl), areasQueryOptions(baseUrl)], combine });
}

/** Targets that came from the internal base (`targetKey(goal, indicator, area)`), to mark them. */
export function useInternalTargetKeys(): ReadonlySet<string> {
  const baseUrl = useDataBaseUrl();
  const indicators = useQuery(indicatorsQueryOptions(baseUrl)).data;
  const goals = useQuery(goalsQueryOptions(baseUrl)).data;
  const internal = useInternalCatalogue();
  return useMemo(
    () => (internal.documents && indicators && goals ? mergeWith(internal, indicators.data, goals.data).internalTargets : new Set<string>()),
    [internal, indicators, goals],
  );
}

function combineEvents([events, areas, sites]: [DocumentResult<PilotEvent[]>, DocumentResult<AreaFeature[]>, DocumentResult<SiteFeature[]>]): DataState<
  PilotEvent[]
> {
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

/** Where an indicator's observations come from: the internal base for merged internal indicators. */
function useObservationsQueryFor() {
  const baseUrl = useDataBaseUrl();
  const publicIndicators = useQuery(indicatorsQueryOptions(baseUrl)).data;
  const internal = useInternalCatalogue();
  const internalIds = useMemo(
    () => (internal.documents && publicIndicators ? mergeWith(internal, publicIndicators.data).internalIds : new Set<string>()),
    [internal, publicIndicators],
  );
  const isInternal = useCallback((indicatorId: string) => internal.baseUrl !== undefined && internalIds.has(indicatorId), [internal.baseUrl, internalIds]);
  const queryFor = useCallback(
    (indicatorId: string): ObservationsQuery =>
      internal.baseUrl !== undefined && internalIds.has(indicatorId)
        ? // Same data and error types; only the key's first element differs ('internal' vs 'data').
          (internalObservationsQueryOptions(internal.baseUrl, indicatorId) as unknown as ObservationsQuery)
        : observationsQueryOptions(baseUrl, indicatorId),
    [baseUrl, internal.baseUrl, internalIds],
  );
  return { queryFor, isInternal };
}

type ObservationsQuery = ReturnType<typeof observationsQueryOptions>;

/**
 * Observations of one indicator, with points for unknown areas or sites dropped. It does not
 * check visibility: callers resolve the indicator through `useIndicators` first (an internal
 * indicator is listed there only for a signed-in reader) and pass `enabled: false` until they have.
 */
export function useObservations(indicatorId: string, options: { enabled?: boolean } = {}): DataState<ObservationsDocument> {
  const baseUrl = useDataBaseUrl();
  const { queryFor } = useObservationsQueryFor();
  return useQueries({
    queries: [{ ...queryFor(indicatorId), enabled: options.enabled ?? true }, areasQueryOptions(baseUrl), sitesQueryOptions(baseUrl)],
    combine: combineObservations,
  });
}

/**
 * [areas, sites, ...observations of each indicator]. `internalFlags` marks (with "1") the
 * observations read from the internal base: a failing internal file never fails a public view —
 * the indicator shows no values and the header's notice says the internal base could not be read.
 */
function combineObservationsMany(
  [areas, sites, ...observations]: ReadonlyArray<UseQueryResult<Parsed<unknown>>>,
  internalFlags = '',
): DataState<ReadonlyMap<string, ObservationsDocument>> {
  const areasResult = areas as DocumentResult<AreaFeature[]> | undefined;
  const sitesResult = sites as DocumentResult<SiteFeature[]> | undefined;
  const documents = observations as ReadonlyArray<DocumentResult<ObservationsDocument>>;
  const required = documents.filter((_, index) => internalFlags[index] !== '1');
  return combineStates([...required, ...(areasResult ? [areasResult] : [])], () => {
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
 * indicator id. One failing public observations file fails this state with that file's name.
 */
export function useObservationsMany(indicatorIds: ReadonlyArray<string>): DataState<ReadonlyMap<string, ObservationsDocument>> {
  const baseUrl = useDataBaseUrl();
  const { queryFor, isInternal } = useObservationsQueryFor();
  const internalFlags = indicatorIds.map((id) => (isInternal(id) ? '1' : '0')).join('');
  const combine = useCallback((results: ReadonlyArray<UseQueryResult<Parsed<unknown>>>) => combineObservationsMany(results, internalFlags), [internalFlags]);
  return useQueries({
    queries: [areasQueryOptions(baseUrl), sitesQueryOptions(baseUrl), ...indicatorIds.map(queryFor)],
    combine,
  });
}
