/**
 * The catalogue's pure logic: its URL state (filters and sort), filtering, sorting and the rows
 * as download records. Status comes from the shared rows (src/lib/status); nothing here
 * computes it.
 */
import { withoutBinaryNoise } from '../../../core/numbers';
import { domainMessages } from '../../../components/domain-messages';
import type { Language } from '../../../i18n/language';
import { LOCALES } from '../../../core/format';
import { pickText } from '../../../core/text';
import { domainSchema, type Domain } from '../../../contract/schemas';
import { statusLabel } from '../../../core/status-label';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';
import { periodToTime } from '../../../core/periods';
import { TARGET_STATUSES, type TargetStatus } from '../../../core/status';
import { matchesResponsible } from './responsible';
import { forecastRank } from '../../../core/forecast';
import { forecastRecord } from '../../../lib/sentences/forecast-record';

export const SORT_KEYS = ['indicator', 'domain', 'district', 'latest', 'period', 'trend', 'target', 'status', 'forecast'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** A status, or the overdue flag, or "no target". */
export type StatusFilter = TargetStatus | 'overdue' | 'none';
export const STATUS_FILTERS: ReadonlyArray<StatusFilter> = [...TARGET_STATUSES, 'overdue', 'none'];

export interface CatalogueState {
  domain: Domain | undefined;
  area: string | undefined;
  status: StatusFilter | undefined;
  q: string;
  sort: SortKey | undefined;
  dir: SortDirection;
  /** The responsible organisation's key (./responsible.ts). */
  responsible?: string | undefined;
}

export const DEFAULT_CATALOGUE_STATE: CatalogueState = {
  domain: undefined,
  area: undefined,
  status: undefined,
  q: '',
  sort: undefined,
  dir: 'asc',
  responsible: undefined,
};

function oneOf<T extends string>(value: string | null, allowed: ReadonlyArray<T>): T | undefined {
  return value !== null && (allowed as ReadonlyArray<string>).includes(value) ? (value as T) : undefined;
}

/** Reads the catalogue state from the URL; unknown values are ignored (a stale link still opens). */
export function parseCatalogueParams(params: URLSearchParams): CatalogueState {
  const area = params.get('area');
  return {
    domain: oneOf(params.get('domain'), domainSchema.options),
    area: area && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(area) ? area : undefined,
    status: oneOf(params.get('status'), STATUS_FILTERS),
    q: params.get('q') ?? '',
    sort: oneOf(params.get('sort'), SORT_KEYS),
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    responsible: params.get('responsible')?.trim() || undefined,
  };
}

/** The URL for a state; defaults are left out so the plain catalogue has a plain address. */
export function writeCatalogueParams(state: CatalogueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.domain) params.set('domain', state.domain);
  if (state.area) params.set('area', state.area);
  if (state.status) params.set('status', state.status);
  if (state.responsible) params.set('responsible', state.responsible);
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.sort) {
    params.set('sort', state.sort);
    if (state.dir === 'desc') params.set('dir', 'desc');
  }
  return params;
}

export function hasActiveFilters(state: CatalogueState): boolean {
  return Boolean(state.domain || state.area || state.status || state.responsible || state.q.trim());
}

/** Lower case without diacritics, so "arsta" finds "Årsta" and "energi" finds "Energi". */
export function normalizeSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv').trim();
}

function searchableText(row: IndicatorAreaRow, language: Language): string {
  const { indicator, area } = row;
  return normalizeSearch(
    [
      indicator.id,
      pickText(indicator.name, language),
      pickText(indicator.description, language),
      domainMessages[language][indicator.domain],
      pickText(area.properties.name, language),
    ].join(' '),
  );
}

export function matchesStatus(row: IndicatorAreaRow, status: StatusFilter): boolean {
  if (status === 'overdue') return row.overdue;
  if (status === 'none') return row.evaluation === undefined;
  return row.evaluation?.status === status;
}

export function filterRows(rows: ReadonlyArray<IndicatorAreaRow>, state: CatalogueState, language: Language): IndicatorAreaRow[] {
  const words = normalizeSearch(state.q).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (state.domain && row.indicator.domain !== state.domain) return false;
    if (state.area && row.area.id !== state.area) return false;
    if (state.status && !matchesStatus(row, state.status)) return false;
    if (state.responsible && !matchesResponsible(row, state.responsible)) return false;
    if (words.length > 0) {
      const text = searchableText(row, language);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/**
 * How good the latest change is: the relative change (or the absolute one when the previous
 * value is 0), positive when it went the better way. Undefined with fewer than two values.
 */
export function trendScore(row: IndicatorAreaRow): number | undefined {
  if (!row.trend) return undefined;
  const change = row.trend.relativeChange ?? row.trend.change;
  return row.indicator.direction === 'decrease' ? -change : change;
}

type SortValue = string | number | undefined;

function sortValue(row: IndicatorAreaRow, key: SortKey, language: Language): SortValue {
  switch (key) {
    case 'indicator':
      return pickText(row.indicator.name, language);
    case 'domain':
      return domainMessages[language][row.indicator.domain];
    case 'district':
      return pickText(row.area.properties.name, language);
    case 'latest':
      return row.latest?.value;
    case 'period':
      return row.latest ? periodToTime(row.latest.period) : undefined;
    case 'trend':
      return trendScore(row);
    case 'target':
      return row.target ? periodToTime(row.target.target.period) : undefined;
    case 'status':
      // Best first when ascending; the overdue flag breaks ties (flagged rows after the others).
      return row.evaluation ? TARGET_STATUSES.indexOf(row.evaluation.status) * 2 + (row.overdue ? 1 : 0) : undefined;
    case 'forecast':
      // In time first, then by years late, then not at this pace, then too few values; no forecast last.
      return row.forecast ? forecastRank(row.forecast) : undefined;
  }
}

// A collator is costly to make and cheap to use: one per language.
const collators = new Map<Language, Intl.Collator>();
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(LOCALES[language], { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/**
 * Sorted copy. Rows without a value for the column (no target, no value, one value only) go
 * last in both directions; ties keep the catalogue order (indicators, then districts).
 */
export function sortRows(rows: ReadonlyArray<IndicatorAreaRow>, key: SortKey | undefined, dir: SortDirection, language: Language): IndicatorAreaRow[] {
  if (!key) return [...rows];
  const collator = collatorFor(language);
  const sign = dir === 'desc' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key, language) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === undefined ? 1 : -1;
      }
      const compared =
        typeof a.value === 'string' && typeof b.value === 'string' ? collator.compare(a.value, b.value) : (a.value as number) - (b.value as number);
      return compared !== 0 ? sign * compared : a.index - b.index;
    })
    .map(({ row }) => row);
}

export type DownloadRecord = Record<string, string | number | boolean | null>;

/**
 * One record per row as shown, for CSV and JSON. Column names are stable English keys (for
 * scripts); names, units and status labels are in the page's language. Numbers are plain JSON
 * numbers (a dot as decimal separator), never formatted.
 */
export function catalogueRecords(rows: ReadonlyArray<IndicatorAreaRow>, language: Language): DownloadRecord[] {
  return rows.map((row) => {
    const { indicator, area, latest, trend, target, evaluation } = row;
    return {
      indicator_id: indicator.id,
      indicator: pickText(indicator.name, language),
      domain: indicator.domain,
      area_id: area.id,
      district: pickText(area.properties.name, language),
      unit: pickText(indicator.unit, language),
      direction: indicator.direction,
      latest_value: latest?.value ?? null,
      latest_period: latest?.period ?? null,
      latest_quality: latest?.quality ?? null,
      previous_value: trend?.previous.value ?? null,
      previous_period: trend?.previous.period ?? null,
      change_since_previous: trend ? roundForExport(trend.change) : null,
      trend: trend?.judgement ?? null,
      baseline_value: target?.baseline.value ?? null,
      baseline_period: target?.baseline.period ?? null,
      target_value: target?.target.value ?? null,
      target_period: target?.target.period ?? null,
      status: evaluation?.status ?? null,
      status_label: evaluation ? statusLabel(evaluation.status, language) : null,
      progress: evaluation?.progress === null || evaluation?.progress === undefined ? null : roundForExport(evaluation.progress),
      expected: evaluation ? roundForExport(evaluation.expected) : null,
      overdue: row.overdue,
      ...forecastRecord(row.forecast, language),
      source: indicator.source.name,
      // "internal" rows only reach a download when a signed-in project lead made it.
      visibility: indicator.visibility,
    };
  });
}

/** Removes floating-point noise (0.30000000000000004) without losing real precision; the Excel files use the same function. */
export const roundForExport = withoutBinaryNoise;

/** The JSON download: what was asked (filters, sort, language) and the rows. */
export function catalogueJson(rows: ReadonlyArray<IndicatorAreaRow>, state: CatalogueState, language: Language) {
  return {
    language,
    filters: {
      domain: state.domain ?? null,
      area: state.area ?? null,
      status: state.status ?? null,
      responsible: state.responsible ?? null,
      q: state.q || null,
    },
    sort: state.sort ? { key: state.sort, direction: state.dir } : null,
    count: rows.length,
    rows: catalogueRecords(rows, language),
  };
}
