import { useMemo } from 'react';
import { combineStates, useAreas, useGoals, useIndicators, useMeta, useObservationsMany, useReferenceAreas, type DataState } from '../../lib/api/hooks';
import type { Domain } from '../../contract/schemas';
import { useToday } from '../../lib/clock';
import { buildScorecard, goalIndicatorIds, type Scorecard } from './scorecard';

/**
 * The scorecard for the chosen domain: goals, indicators, areas and the observations of the
 * indicators the goals name (only those). A failing goals.json, indicators.json,
 * areas.geojson or observations file fails the scorecard with that document's name; a failing
 * meta.json only loses the archived flag.
 */
export function useScorecard(domain: Domain | undefined): DataState<Scorecard> {
  const meta = useMeta();
  const goals = useGoals();
  const indicators = useIndicators();
  const areas = useAreas();
  const referenceAreas = useReferenceAreas();
  const ids = useMemo(() => (goals.data ? goalIndicatorIds(goals.data) : []), [goals.data]);
  const observations = useObservationsMany(ids);
  const today = useToday();
  const day = today.toISOString().slice(0, 10);
  const archived = meta.data?.archived;
  return useMemo(
    () =>
      combineStates([goals, indicators, areas, observations], () => {
        if (!goals.data || !indicators.data || !areas.data || !observations.data) return undefined;
        const data = buildScorecard({
          goals: goals.data,
          indicators: indicators.data,
          areas: areas.data,
          referenceAreas: referenceAreas.data ?? [],
          observations: observations.data,
          today: new Date(`${day}T12:00:00Z`),
          archived,
          domain,
        });
        return { data };
      }),
    [goals, indicators, areas, referenceAreas, observations, day, archived, domain],
  );
}
