/**
 * React hooks over the document queries. Composite hooks join documents and apply the
 * cross-reference checks, so every view gets sound records plus the list of dropped ones.
 * Internal indicators (`visibility: "internal"`) are removed here, once, for every public view;
 * for a signed-in project lead the internal base is merged in here too (`mergeBases`, issue 11).
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useAppConfig } from '../../config/config-context';
import type { ObservationsDocument } from './documents';
import { useInternalCatalogue, type InternalCatalogue } from './internal-access';
import { mergeBases, type MergedCatalogue } from './internal-merge';
import { internalObservationsQueryOptions } from './internal-queries';
import type { DataProblem, Parsed } from './problems';
import {
  areasQueryOptions,
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
import type { AreaFeature, Goal, Indicator, Meta, PilotEvent, SiteFeature } from './schemas';

/** The state of data that may come from several documents. */
export interface DataState<T> {
  isPending: boolean;
  /** The first failing document's error (a DataDocumentError names the document). */
  error: Error | null;
  data: T | undefined;
  /** Records dropped from the documents this data came from. */
  problems: DataProblem[];
}

export function useDataBaseUrl(): string {
  return useAppConfig().dataBaseUrl;
}

export function useMeta(): UseQueryResult<Meta> {
  return useQuery(metaQueryOptions(useDataBaseUrl()));
}

export function useAreasDocument(): UseQueryResult<Parsed<AreaFeature[]>> {
  return useQuery(areasQueryOptions(useDataBaseUrl()));
}

export function useIndicatorsDocument(): UseQueryResult<Parsed<Indicator[]>> {
  return useQuery(indicatorsQueryOptions(useDataBaseUrl()));
}

/** Combines query results: pending while any is pending, failed when any failed. */
export function combineStates<T>(
  queries: ReadonlyArray<Pick<UseQueryResult<unknown>, 'isPending' | 'error'>>,
  build: () => { data: T; problems: DataProblem[] } | undefined,
): DataState<T> {
  const error = queries.find((query) => query.error)?.error ?? null;
  const isPending = !error && queries.some((query) => query.isPending);
  if (error || isPending) return { isPending, error, data: undefined, problems: [] };
  const built = build();
  return { isPending: false, error: null, data: built?.data, problems: built?.problems ?? [] };
}

/** The fields the composite hooks read, as an object that only changes when they do. */
interface StableQuery<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
}

/**
 * `useQuery` returns a new result object on every render, so composite hooks cannot memoise
 * on it; they memoise on this, which keeps its identity until data, error or pending change.
 */
function useStableQuery<T>({ data, error, isPending }: UseQueryResult<T>): StableQuery<T> {
  return useMemo(() => ({ data, error, isPending }), [data, error, isPending]);
}

export function useAreas(): DataState<AreaFeature[]> {
  const areas = useStableQuery(useAreasDocument());
  return useMemo(() => combineStates([areas], () => areas.data), [areas]);
}

/** The public catalogue merged with what the signed-in user may read (public only otherwise). */
function mergeWith(internal: InternalCatalogue, indicators: ReadonlyArray<Indicator>, goals: ReadonlyArray<Goal> = []): MergedCatalogue {
  return mergeBases({ indicators, goals }, internal.documents);
}

/** Every id the public base declares plus the internal ones, so references to either resolve. */
function allIndicators(merged: MergedCatalogue, publicIndicators: ReadonlyArray<Indicator>): Indicator[] {
  return [...publicIndicators, ...merged.indicators.filter((indicator) => merged.internalIds.has(indicator.id))];
}

/** Public indicators, plus the internal ones (marked `visibility: "internal"`) when signed in. */
export function useIndicators(): DataState<Indicator[]> {
  const { data, error, isPending } = useIndicatorsDocument();
  const internal = useInternalCatalogue();
  return useMemo(
    () =>
      combineStates([{ error, isPending }, { error: null, isPending: internal.isPending }], () => {
        if (!data) return undefined;
        const merged = mergeWith(internal, data.data);
        return { data: merged.indicators, problems: [...data.problems, ...internal.problems, ...merged.problems] };
      }),
    [data, error, isPending, internal],
  );
}

function knownIds(indicators: ReadonlyArray<Indicator>, areas: ReadonlyArray<AreaFeature>, sites?: ReadonlyArray<SiteFeature>): KnownIds {
  return {
    indicatorIds: new Set(indicators.map((indicator) => indicator.id)),
    areaIds: new Set(areas.map((area) => area.id)),
    siteIds: sites ? new Set(sites.map((site) => site.id)) : undefined,
  };
}

/** Goals with targets for public indicators and known areas. */
export function useGoals(): DataState<Goal[]> {
  const goals = useStableQuery(useQuery(goalsQueryOptions(useDataBaseUrl())));
  const indicators = useStableQuery(useIndicatorsDocument());
  const areas = useStableQuery(useAreasDocument());
  const internal = useInternalCatalogue();
  return useMemo(
    () =>
      combineStates([goals, indicators, areas, { error: null, isPending: internal.isPending }], () => {
        if (!goals.data || !indicators.data || !areas.data) return undefined;
        const merged = mergeWith(internal, indicators.data.data, goals.data.data);
        const resolved = resolveGoalReferences(merged.goals, knownIds(allIndicators(merged, indicators.data.data), areas.data.data), merged.hiddenIds);
        return { data: resolved.data, problems: [...goals.data.problems, ...resolved.problems] };
      }),
    [goals, indicators, areas, internal],
  );
}

/** Sites whose area and linked indicators exist; links to internal indicators are removed. */
export function useSites(): DataState<SiteFeature[]> {
  const sites = useStableQuery(useQuery(sitesQueryOptions(useDataBaseUrl())));
  const indicators = useStableQuery(useIndicatorsDocument());
  const areas = useStableQuery(useAreasDocument());
  const internal = useInternalCatalogue();
  return useMemo(
    () =>
      combineStates([sites, indicators, areas], () => {
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
      }),
    [sites, indicators, areas, internal],
  );
}

export function useEvents(): DataState<PilotEvent[]> {
  const baseUrl = useDataBaseUrl();
  const events = useStableQuery(useQuery(eventsQueryOptions(baseUrl)));
  const areas = useStableQuery(useAreasDocument());
  const sites = useStableQuery(useQuery(sitesQueryOptions(baseUrl)));
  return useMemo(
    () =>
      combineStates([events, areas], () => {
        if (!events.data || !areas.data) return undefined;
        // Sites only sharpen the check; a broken sites.geojson must not hide the timeline.
        const resolved = resolveEventReferences(events.data.data, knownIds([], areas.data.data, sites.data?.data));
        return { data: resolved.data, problems: [...events.data.problems, ...resolved.problems] };
      }),
    [events, areas, sites],
  );
}

/**
 * Observations of one indicator, with points for unknown areas or sites dropped. It does not
 * check visibility: callers resolve the indicator through `useIndicators` first (an internal
 * indicator is never listed there) and pass `enabled: false` until they have.
 */
export function useObservations(indicatorId: string, options: { enabled?: boolean } = {}): DataState<ObservationsDocument> {
  const baseUrl = useDataBaseUrl();
  const { queryFor } = useObservationsQueryFor();
  const observations = useStableQuery(useQuery({ ...queryFor(indicatorId), enabled: options.enabled ?? true }));
  const areas = useStableQuery(useAreasDocument());
  const sites = useStableQuery(useQuery(sitesQueryOptions(baseUrl)));
  return useMemo(
    () =>
      combineStates([observations, areas], () => {
        if (!observations.data || !areas.data) return undefined;
        const resolved = resolveObservationReferences(observations.data.data, knownIds([], areas.data.data, sites.data?.data));
        return { data: resolved.data, problems: [...observations.data.problems, ...resolved.problems] };
      }),
    [observations, areas, sites],
  );
}

/**
 * Observations of several indicators at once (catalogue, scorecard, start page), keyed by
 * indicator id. One failing observations file fails this state with that file's name.
 */
function combineObservationResults(results: ReadonlyArray<UseQueryResult<Parsed<ObservationsDocument>>>, internalFlags = '') {
  // A failing internal file (flag "1") never fails a public view: the indicator shows no values
  // and the header's notice says the internal base could not be read.
  return {
    isPending: results.some((result) => result.isPending),
    error: results.find((result, index) => result.error && internalFlags[index] !== '1')?.error ?? null,
    documents: results.flatMap((result) => (result.data ? [result.data] : [])),
  };
}

/** Where an indicator's observations come from: the internal base for merged internal indicators. */
function useObservationsQueryFor() {
  const baseUrl = useDataBaseUrl();
  const publicIndicators = useIndicatorsDocument().data;
  const internal = useInternalCatalogue();
  const internalIds = useMemo(
    () => (internal.documents && publicIndicators ? mergeWith(internal, publicIndicators.data).internalIds : new Set<string>()),
    [internal, publicIndicators],
  );
  const queryFor = useCallback(
    (indicatorId: string): ObservationsQuery =>
      internal.baseUrl !== undefined && internalIds.has(indicatorId)
        ? // Same data and error types; only the key's first element differs ('internal' vs 'data').
          (internalObservationsQueryOptions(internal.baseUrl, indicatorId) as unknown as ObservationsQuery)
        : observationsQueryOptions(baseUrl, indicatorId),
    [baseUrl, internal.baseUrl, internalIds],
  );
  return { queryFor, isInternal: (indicatorId: string) => internal.baseUrl !== undefined && internalIds.has(indicatorId) };
}

type ObservationsQuery = ReturnType<typeof observationsQueryOptions>;

export function useObservationsMany(indicatorIds: ReadonlyArray<string>): DataState<ReadonlyMap<string, ObservationsDocument>> {
  const baseUrl = useDataBaseUrl();
  const { queryFor, isInternal } = useObservationsQueryFor();
  const queries = indicatorIds.map(queryFor);
  const internalFlags = indicatorIds.map((id) => (isInternal(id) ? '1' : '0')).join('');
  // `combine` keeps its identity while the same files are asked for, so the result stays stable.
  const combine = useCallback(
    (results: ReadonlyArray<UseQueryResult<Parsed<ObservationsDocument>>>) => combineObservationResults(results, internalFlags),
    [internalFlags],
  );
  const observations = useQueries({ queries, combine });
  const areas = useStableQuery(useAreasDocument());
  const sites = useStableQuery(useQuery(sitesQueryOptions(baseUrl)));
  return useMemo(
    () =>
      combineStates([observations, areas], () => {
        if (!areas.data) return undefined;
        const known = knownIds([], areas.data.data, sites.data?.data);
        const byIndicator = new Map<string, ObservationsDocument>();
        const problems: DataProblem[] = [];
        for (const document of observations.documents) {
          const resolved = resolveObservationReferences(document.data, known);
          byIndicator.set(resolved.data.indicatorId, resolved.data);
          problems.push(...document.problems, ...resolved.problems);
        }
        return { data: byIndicator, problems };
      }),
    [observations, areas, sites],
  );
}

/** Targets that came from the internal base (`targetKey(goal, indicator, area)`), to mark them. */
export function useInternalTargetKeys(): ReadonlySet<string> {
  const indicators = useIndicatorsDocument().data;
  const goals = useQuery(goalsQueryOptions(useDataBaseUrl())).data;
  const internal = useInternalCatalogue();
  return useMemo(
    () => (internal.documents && indicators && goals ? mergeWith(internal, indicators.data, goals.data).internalTargets : new Set<string>()),
    [internal, indicators, goals],
  );
}
