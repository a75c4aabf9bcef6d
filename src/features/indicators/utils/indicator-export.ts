/**
 * What the indicator page shows, as rows for its table and as records for its downloads: the
 * visible series, every value in the chosen range (never the reduced set drawn in the chart).
 */
import type { Language } from '../../../i18n/language';
import { pickText } from '../../../core/text';
import type { Indicator, Point, Target } from '../../../contract/schemas';
import type { DownloadRecord } from './catalogue';
import { chartPoints } from './chart-maths';
import { inRange } from './indicator-view';
import type { SeriesInfo } from './describe-series';
import { qualityOf } from '../../../contract/quality';

export { countValueRows, downloadBaseName } from './download-name';

export interface ValueRow {
  series: SeriesInfo;
  point: Point;
}

/** Every point of the visible series in the range, by period, then in series order. */
export function valueRows(visible: ReadonlyArray<SeriesInfo>, from: number, to: number): ValueRow[] {
  const rows: Array<ValueRow & { time: number; order: number }> = [];
  visible.forEach((series, order) => {
    for (const point of chartPoints(series.points, from, to)) {
      rows.push({ series, point: { period: point.period, value: point.v, quality: point.quality, note: point.note }, time: point.t, order });
    }
  });
  rows.sort((a, b) => a.time - b.time || a.order - b.order);
  return rows.map(({ series, point }) => ({ series, point }));
}

export const VALUE_COLUMNS = ['indicator_id', 'area_id', 'district', 'site_id', 'site', 'period', 'value', 'unit', 'quality', 'note', 'visibility'] as const;

export function valueRecords(indicator: Indicator, rows: ReadonlyArray<ValueRow>, language: Language): DownloadRecord[] {
  const unit = pickText(indicator.unit, language);
  return rows.map(({ series, point }) => ({
    indicator_id: indicator.id,
    area_id: series.areaId,
    district: series.areaName,
    site_id: series.siteId ?? null,
    site: series.kind === 'site' ? series.name : null,
    period: point.period,
    value: point.value,
    unit,
    quality: qualityOf(point) ?? null,
    note: point.note ? pickText(point.note, language) : null,
    visibility: indicator.visibility,
  }));
}

/**
 * The JSON download: the indicator's description and, in the shape of an observations
 * document (apiVersion 1), the visible series restricted to the range, so it can be read back
 * with the same schema.
 */
export function viewJson(
  indicator: Indicator,
  visible: ReadonlyArray<SeriesInfo>,
  targets: ReadonlyArray<Target>,
  range: { from: number; to: number },
  language: Language,
) {
  const areaIds = new Set(visible.map((series) => series.areaId));
  return {
    apiVersion: '1',
    indicatorId: indicator.id,
    indicator: {
      name: pickText(indicator.name, language),
      unit: pickText(indicator.unit, language),
      direction: indicator.direction,
      decimals: indicator.decimals,
      frequency: indicator.frequency,
      visibility: indicator.visibility,
      source: indicator.source,
    },
    language,
    range,
    targets: targets.filter((target) => areaIds.has(target.areaId)),
    series: visible.map((series) => ({
      areaId: series.areaId,
      ...(series.siteId ? { siteId: series.siteId } : {}),
      name: series.name,
      points: series.points.filter((point) => inRange(point.period, range.from, range.to)),
    })),
  };
}
