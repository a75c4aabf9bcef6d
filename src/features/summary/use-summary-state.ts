import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSummaryState, serialiseSummaryState, type SummaryState } from './url-state';

/** The summary's choices, read from and written to the URL (replacing the history entry). */
export function useSummaryState(): [SummaryState, (next: SummaryState) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSummaryState(params), [params]);
  const update = useCallback(
    (next: SummaryState) => {
      setParams(serialiseSummaryState(next), { replace: true, preventScrollReset: true });
    },
    [setParams],
  );
  return [state, update];
}
