import { useMemo } from 'react';
import type { ObservationsDocument } from '../../contract/documents';
import { useAreas, useEvents, useGoals, useIndicators, useMeta, useObservations, useReferenceAreas, useSites } from '../../lib/api/hooks';
import type { DataProblem } from '../../contract/problems';
import type { AreaFeature, Goal, Indicator, Meta, PilotEvent, SiteFeature } from '../../contract/schemas';
import { useToday } from '../../lib/clock';
import { buildIndicatorAreaRows, type IndicatorAreaRow } from '../../core/indicator-rows';
import { withForecasts } from '../../core/row-forecasts';
import { startOfUtcDay } from '../../core/periods';

export interface IndicatorPageData {
  indicator: Indicator;
  areas: AreaFeature[];
  /** Reference areas (e.g. the whole city): drawn as dashed lines, never given a status. */
  referenceAreas: AreaFeature[];
  sites: SiteFeature[];
  observations: ObservationsDocument;
  /** One row per district with data or a target: latest value, trend, target and status (src/lib/status). */
  rows: IndicatorAreaRow[];
  /** Goals that set a target for this indicator. */
  goals: Goal[];
  events: PilotEvent[];
  meta: Meta | undefined;
  /** goals.json or events.json failed: the page still shows the values, and says what is missing. */
  goalsError: Error | null;
  eventsError: Error | null;
}

export type IndicatorPageState =
  | { kind: 'pending' }
  | { kind: 'error'; error: Error; refetch: () => void }
  | { kind: 'not-found' }
  | { kind: 'ready'; data: IndicatorPageData; problems: DataProblem[] };

/**
 * Everything the indicator page and the embed need for one indicator. Only public indicators
 * are found: an internal or unknown id is "not found", and its observations are never fetched.
 * The indicator, areas and observations documents are required; goals, events, sites and meta
 * only add to the page, so their failure does not hide the values.
 */
export function useIndicatorPageData(indicatorId: string): IndicatorPageState {
  const indicators = useIndicators();
  const indicator = indicators.data?.find((candidate) => candidate.id === indicatorId);
  const areas = useAreas();
  const referenceAreas = useReferenceAreas();
  const goals = useGoals();
  const events = useEvents();
  const sites = useSites();
  const meta = useMeta();
  const observations = useObservations(indicatorId, { enabled: indicator !== undefined });
  // The rule reads today by calendar day (UTC): keying on the day keeps the rows from being
  // rebuilt on every render, which the clock's milliseconds would force.
  const todayTime = startOfUtcDay(useToday()).getTime();
  const archived = meta.data?.archived;
  const relevantGoals = useMemo(
    () => (indicator ? (goals.data ?? []).filter((goal) => goal.targets.some((target) => target.indicatorId === indicator.id)) : []),
    [goals.data, indicator],
  );
  // The data hooks hand back the same records between renders, so the rows (and the chart
  // below them) are rebuilt only when a document or the day changes.
  const rows = useMemo(
    () =>
      indicator && areas.data && observations.data
        ? withForecasts(
            buildIndicatorAreaRows({
              indicators: [indicator],
              areas: areas.data,
              goals: relevantGoals,
              observations: new Map([[indicator.id, observations.data]]),
              today: new Date(todayTime),
              archived,
            }),
          )
        : undefined,
    [indicator, areas.data, relevantGoals, observations.data, todayTime, archived],
  );

  return useMemo((): IndicatorPageState => {
    const error = indicators.error ?? areas.error ?? (indicator ? observations.error : null);
    if (error) {
      const refetch = () => [indicators, areas, observations].forEach((state) => state.refetch());
      return { kind: 'error', error, refetch };
    }
    if (indicators.isPending) return { kind: 'pending' };
    if (!indicator) return { kind: 'not-found' };
    if (areas.isPending || observations.isPending || goals.isPending || !areas.data || !observations.data || !rows) return { kind: 'pending' };
    const problems = [
      ...indicators.problems,
      ...areas.problems,
      ...observations.problems,
      ...goals.problems.filter((problem) => problem.message.includes(indicator.id) || problem.recordId?.includes(indicator.id)),
      ...events.problems,
    ];
    return {
      kind: 'ready',
      problems,
      data: {
        indicator,
        areas: areas.data,
        referenceAreas: referenceAreas.data ?? [],
        sites: sites.data ?? [],
        observations: observations.data,
        rows,
        goals: relevantGoals,
        events: events.data ?? [],
        meta: meta.data,
        goalsError: goals.error,
        eventsError: events.error,
      },
    };
  }, [indicators, indicator, areas, referenceAreas, goals, events, sites, meta.data, observations, rows, relevantGoals]);
}
