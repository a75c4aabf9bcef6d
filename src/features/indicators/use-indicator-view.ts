import { useMemo } from 'react';
import type { Target } from '../../contract/schemas';
import { RELEASE_PARAM } from '../../lib/api/releases';
import { useSearchState } from '../../lib/url/use-search-state';
import { parseViewParams, resolveView, writeViewParams, yearSpan, type ResolvedView, type ViewParams } from './utils/indicator-view';
import type { SeriesInfo } from './utils/describe-series';

export interface IndicatorView {
  span: { first: number; last: number } | undefined;
  /** undefined when there is nothing to show (no values and no targets). */
  resolved: ResolvedView | undefined;
  /** The resolved view written out in full: what "copy link" and the embed code carry. */
  explicit: URLSearchParams;
  update: (patch: Partial<ViewParams>) => void;
}

/** The indicator page's view (range, series, tab), kept in the URL. */
export function useIndicatorView(series: ReadonlyArray<SeriesInfo>, targets: ReadonlyArray<Target>): IndicatorView {
  const [params, setParams] = useSearchState();
  const query = params.toString();
  const raw = useMemo(() => parseViewParams(new URLSearchParams(query)), [query]);
  const span = useMemo(() => yearSpan(series, targets), [series, targets]);
  // `visible` keeps its identity while the same series are shown (a tab switch changes the URL
  // but not the series), so the chart's memos hold and it is not redrawn for nothing.
  const view = useMemo(() => (span ? resolveView(raw, series, span) : undefined), [raw, series, span]);
  const visibleKeys = view?.visible.map((item) => item.key).join('\n');
  const visible = useMemo(() => {
    const keys = new Set(visibleKeys?.split('\n'));
    return series.filter((item) => keys.has(item.key));
  }, [series, visibleKeys]);
  const resolved = useMemo(() => (view ? { ...view, visible } : undefined), [view, visible]);
  const release = params.get(RELEASE_PARAM);
  const explicit = resolved
    ? writeViewParams({ from: resolved.from, to: resolved.to, series: resolved.visible.map((item) => item.key), view: resolved.view })
    : new URLSearchParams();
  // The release pins the data, so links and embeds of the view keep it.
  if (release !== null) explicit.set(RELEASE_PARAM, release);
  const update = (patch: Partial<ViewParams>) =>
    setParams((latest) => {
      const next = writeViewParams({ ...parseViewParams(latest), ...patch });
      const pinned = latest.get(RELEASE_PARAM);
      if (pinned !== null) next.set(RELEASE_PARAM, pinned);
      return next;
    });
  return { span, resolved, explicit, update };
}
