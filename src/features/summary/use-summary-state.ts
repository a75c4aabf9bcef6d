import { useCallback, useMemo } from 'react';
import { useSearchState } from '../../lib/url/use-search-state';
import { parseSummaryState, writeSummaryState, type SummaryState } from './url-state';

/**
 * The summary's choices, read from and written to the URL (replacing the history entry).
 * A change is a patch merged onto the latest choices, including one still on its way to the
 * URL, so two quick changes (topic, then comparison) never undo each other.
 */
export function useSummaryState(): [SummaryState, (patch: Partial<SummaryState>) => void] {
  const [params, setParams] = useSearchState();
  const state = useMemo(() => parseSummaryState(params), [params]);
  const update = useCallback(
    (patch: Partial<SummaryState>) => setParams((latest) => writeSummaryState({ ...parseSummaryState(latest), ...patch })),
    [setParams],
  );
  return [state, update];
}
