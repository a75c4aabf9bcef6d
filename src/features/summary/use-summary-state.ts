import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseSummaryState, serialiseSummaryState, type SummaryState } from './url-state';

/**
 * The summary's choices, read from and written to the URL (replacing the history entry).
 * A change is a patch merged onto the latest choices, including one still on its way to the
 * URL, so two quick changes (topic, then comparison) never undo each other.
 */
export function useSummaryState(): [SummaryState, (patch: Partial<SummaryState>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSummaryState(params), [params]);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  const update = useCallback(
    (patch: Partial<SummaryState>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setParams(serialiseSummaryState(next), { replace: true, preventScrollReset: true });
    },
    [setParams],
  );
  return [state, update];
}
