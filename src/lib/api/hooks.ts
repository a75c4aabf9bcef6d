/**
 * React hooks over the document queries. Composite hooks join documents and apply the
 * cross-reference checks, so every view gets sound records plus the list of dropped ones.
 * Internal indicators (`visibility: "internal"`) are removed here, once, for every public view.
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
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
}

export function useDataBaseUrl(): string {
  return useAppConfig().dataBaseUrl;
}

export function useMeta(): UseQueryResult<Meta> {
  return useQuery(metaQueryOptions(useDataBaseUrl()));
}

/** build-report.json, when the data build published one (an error means there is none to show). */
export function useBuildReport(): UseQueryResult<BuildReportDocument> {
  return useQuery(buildReportQueryOptions(useDataBaseUrl()));
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

/** Whether the area is a reference area (e.g. the whole city): compared with, never a district. */
export function isReferenceArea(area: AreaFeature): boolean {
  return area.properties.role === 'reference';
}

/**
 * The districts: every area except reference areas, so no district list, map, status or card
 * can show a reference area by accident. Reference areas come from `useReferenceAreas`.
 */
export function useAreas(): DataState<AreaFeature[]> {
  const areas = useStableQuery(useAreasDocument());
  return useMemo(
    () => combineStates([areas], () => areas.data && { data: areas.data.data.filter((area) => !isReferenceArea(area)), problems: areas.data.problems }),
    [areas],
  );
}

/** Reference areas (`role: "reference"`), drawn as dashed comparison lines. Problems are reported by `useAreas`. */
export function useReferenceAreas(): DataState<AreaFeature[]> {
  const areas = useStableQuery(useAreasDocument());
  return useMemo(() => combineStates([areas], () => areas.data && { data: areas.data.data.filter(isReferenceArea), problems: [] }), [areas]);
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

/** Public indicators only. */
export function useIndicators(): DataState<Indicator[]> {
  const { data, error, isPending } = useIndicatorsDocument();
  return useMemo(
    () => combineStates([{ error, isPending }], () => data && { data: splitPublic(data.data).indicators, problems: data.problems }),
    [data, error, isPending],
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
  return useMemo(
    () =>
      combineStates([goals, indicators, areas], () => {
        if (!goals.data || !indicators.data || !areas.data) return undefined;
        const { hiddenIds } = splitPublic(indicators.data.data);
        // Targets belong to districts: one on a reference area is dropped like one on an unknown area.
        const districts = areas.data.data.filter((area) => !isReferenceArea(area));
        const resolved = resolveGoalReferences(goals.data.data, knownIds(indicators.data.data, districts), hiddenIds);
        return { data: resolved.data, problems: [...goals.data.problems, ...resolved.problems] };
      }),
    [goals, indicators, areas],
  );
}

/** Sites whose area and linked indicators exist; links to internal indicators are removed. */
export function useSites(): DataState<SiteFeature[]> {
  const sites = useStableQuery(useQuery(sitesQueryOptions(useDataBaseUrl())));
  const indicators = useStableQuery(useIndicatorsDocument());
  const areas = useStableQuery(useAreasDocument());
  return useMemo(
    () =>
      combineStates([sites, indicators, areas], () => {
        if (!sites.data || !indicators.data || !areas.data) return undefined;
        const { hiddenIds } = splitPublic(indicators.data.data);
        const resolved = resolveSiteReferences(sites.data.data, knownIds(indicators.data.data, areas.data.data));
        const data = resolved.data.map((site) =>
          site.properties.indicatorIds?.some((id) => hiddenIds.has(id))
            ? { ...site, properties: { ...site.properties, indicatorIds: site.properties.indicatorIds.filter((id) => !hiddenIds.has(id)) } }
            : site,
        );
        return { data, problems: [...sites.data.problems, ...resolved.problems] };
      }),
    [sites, indicators, areas],
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
  const observations = useStableQuery(useQuery({ ...observationsQueryOptions(baseUrl, indicatorId), enabled: options.enabled ?? true }));
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
function combineObservationResults(results: ReadonlyArray<UseQueryResult<Parsed<ObservationsDocument>>>) {
  return {
    isPending: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
    documents: results.flatMap((result) => (result.data ? [result.data] : [])),
  };
}

export function useObservationsMany(indicatorIds: ReadonlyArray<string>): DataState<ReadonlyMap<string, ObservationsDocument>> {
  const baseUrl = useDataBaseUrl();
  // `combine` is module-level so TanStack Query keeps its result stable between renders.
  const observations = useQueries({
    queries: indicatorIds.map((id) => observationsQueryOptions(baseUrl, id)),
    combine: combineObservationResults,
  });
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
