/**
 * Kolada API v3: `GET {kolada}/data/kpi/{kpi}/municipality/{municipality}`, paged by `next_url`
 * (v2's `next_page` is accepted too). Each data object is one year with up to three `values`
 * entries, one per gender (T total, K women, M men). Kolada's terms ask for "Källa: Kolada".
 */
import { DropCounter, sourceNote } from './aggregate.ts';
import { requestJson, resolveLink } from './http.ts';
import { SourceError, type Adapter, type KoladaInput } from './types.ts';
import type { Point } from '../../src/contract/schemas.ts';
import { asRecord } from '../../src/contract/json.ts';

export const DEFAULT_KOLADA_ENDPOINT = 'https://api.kolada.se/v3';

interface KoladaValue {
  gender?: unknown;
  value?: unknown;
  status?: unknown;
}

interface KoladaRow {
  period?: unknown;
  isdeleted?: unknown;
  values?: unknown;
}

export const readKolada: Adapter<KoladaInput> = async (input, context) => {
  const base = (context.endpoints.kolada || DEFAULT_KOLADA_ENDPOINT).replace(/\/+$/, '');
  const firstUrl = input.url ?? `${base}/data/kpi/${encodeURIComponent(input.kpi)}/municipality/${encodeURIComponent(input.municipality)}`;
  const gender = input.gender ?? 'T';
  const note = sourceNote(`Kolada, ${input.kpi}`, `Kolada, ${input.kpi}`);
  const quality = input.quality ?? 'measured';
  const dropped = new DropCounter();
  const warnings: string[] = [];
  const points = new Map<string, Point>();
  const visited = new Set<string>();
  let pointsRead = 0;
  let pagesRead = 0;

  let url: string | undefined = firstUrl;
  while (url !== undefined) {
    if (visited.has(url)) throw new SourceError(context.indicatorId, 'kolada', url, 'next_url points back to a page already read (paging loop)');
    visited.add(url);
    const pageUrl: string = url;
    const { body } = await requestJson({ url: pageUrl }, { context, kind: 'kolada' });
    const page = asRecord(body);
    if (page === undefined || !Array.isArray(page.values)) {
      throw new SourceError(context.indicatorId, 'kolada', pageUrl, 'malformed answer: expected an object with a "values" list');
    }
    for (const item of page.values as unknown[]) {
      pointsRead++;
      const row = asRecord(item) as KoladaRow | undefined;
      if (row === undefined) {
        dropped.add('not a data object');
        continue;
      }
      if (row.isdeleted === true) {
        dropped.add('deleted in Kolada (isdeleted)');
        continue;
      }
      const period = String(row.period ?? '').trim();
      if (!/^\d{4}$/.test(period)) {
        dropped.add('period is not a year');
        continue;
      }
      const entry = Array.isArray(row.values)
        ? (row.values as unknown[]).map((v) => asRecord(v) as KoladaValue | undefined).find((v) => v?.gender === gender)
        : undefined;
      if (entry === undefined) {
        dropped.add(`no value for gender ${gender}`);
        continue;
      }
      const value =
        entry.value === null || entry.value === undefined ? null : typeof entry.value === 'number' && Number.isFinite(entry.value) ? entry.value : undefined;
      if (value === undefined) {
        dropped.add('value is not a number');
        continue;
      }
      if (points.has(period)) {
        dropped.add('repeated year (first kept)');
        continue;
      }
      points.set(period, { period, value, quality, note });
    }
    pagesRead++;
    context.onProgress?.({ pagesRead, pointsRead });
    const next = page.next_url ?? page.next_page;
    url = typeof next === 'string' && next.trim() !== '' ? resolveLink(next.trim(), pageUrl) : undefined;
  }

  if (points.size === 0) warnings.push(`Kolada returned no ${gender} values for ${input.kpi} in ${input.municipality}`);
  return {
    series: [
      {
        areaId: input.area,
        points: [...points.values()].sort((a, b) => a.period.localeCompare(b.period)),
        source: { name: 'Kolada', url: firstUrl, retrievedAt: context.retrievedAt },
      },
    ],
    url: firstUrl,
    pointsRead,
    dropped: dropped.toList(),
    warnings,
  };
};
