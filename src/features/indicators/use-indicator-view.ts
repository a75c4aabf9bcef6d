import { useSearchParams } from 'react-router';
import type { Target } from '../../lib/api/schemas';
import { readViewParams, resolveView, writeViewParams, yearSpan, type ResolvedView, type SeriesInfo, type ViewParams } from './utils/series';

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
  const [params, setParams] = useSearchParams();
  const raw = readViewParams(params);
  const span = yearSpan(series, targets);
  const resolved = span ? resolveView(raw, series, span) : undefined;
  const explicit = resolved
    ? writeViewParams({ from: resolved.from, to: resolved.to, series: resolved.visible.map((item) => item.key), view: resolved.view })
    : new URLSearchParams();
  // Replace, not push: the URL mirrors the view for sharing without filling the history.
  const update = (patch: Partial<ViewParams>) => setParams(writeViewParams({ ...raw, ...patch }), { replace: true });
  return { span, resolved, explicit, update };
}
