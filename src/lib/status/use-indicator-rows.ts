import { useMemo } from 'react';
import { combineStates, useAreas, useGoals, useIndicators, useMeta, useObservationsMany, type DataState } from '../api/hooks';
import { useToday } from '../clock';
import { buildIndicatorAreaRows, type IndicatorAreaRow } from '../../core/indicator-rows';
import { startOfUtcDay } from '../../core/periods';

/**
 * All public indicator × district rows with status, for the catalogue, scorecard and district
 * pages. Loads meta, areas, indicators, goals and every indicator's observations.
 */
export function useIndicatorAreaRows(): DataState<IndicatorAreaRow[]> {
  const meta = useMeta();
  const indicators = useIndicators();
  const areas = useAreas();
  const goals = useGoals();
  const observations = useObservationsMany(indicators.data?.map((indicator) => indicator.id) ?? []);
  // Keyed on the day, not the instant: a clock that returns a fresh Date every render would
  // otherwise rebuild every row on every render.
  const todayTime = startOfUtcDay(useToday()).getTime();
  const archived = meta.data?.archived;
  return useMemo(() => {
    // meta.json only adds the archived flag; its failure must not hide the rows.
    const state = combineStates([indicators, areas, goals, observations], () => {
      if (!indicators.data || !areas.data || !goals.data || !observations.data) return undefined;
      const data = buildIndicatorAreaRows({
        indicators: indicators.data,
        areas: areas.data,
        goals: goals.data,
        observations: observations.data,
        today: new Date(todayTime),
        archived,
      });
      return { data };
    });
    // Pending until the observation queries have started: their list depends on the indicators.
    return indicators.data && indicators.data.length > 0 && observations.data?.size === 0 && !state.error
      ? { ...state, isPending: true, data: undefined }
      : state;
  }, [archived, indicators, areas, goals, observations, todayTime]);
}
