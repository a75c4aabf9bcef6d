/**
 * Statistics Sweden's PxWebApi 2: `POST {pxweb}/tables/{table}/data?lang=sv&outputFormat=json-stat2`
 * with `{ "selection": [...] }`, decoded by `./jsonstat`. One cell per region × period once every
 * other dimension is fixed to one category; region codes map to area ids.
 */
import { DropCounter, sourceNote } from './aggregate.ts';
import { requestJson } from './http.ts';
import { decodeJsonStat, type JsonStatDataset } from './jsonstat.ts';
import { periodOfPxwebTimeCode } from './periods.ts';
import { SourceError, type Adapter, type PxwebInput } from './types.ts';
import type { Point, Series } from '../../src/contract/schemas.ts';

export const DEFAULT_PXWEB_ENDPOINT = 'https://statistikdatabasen.scb.se/api/v2';

/** SCB's markers for a cell without a number: missing, not applicable, confidential. */
const MISSING_MARKERS = new Set(['..', '.', ':', '…']);

export const readPxweb: Adapter<PxwebInput> = async (input, context) => {
  const base = (context.endpoints.pxweb || DEFAULT_PXWEB_ENDPOINT).replace(/\/+$/, '');
  const url = input.url ?? `${base}/tables/${encodeURIComponent(input.table)}/data?lang=sv&outputFormat=json-stat2`;
  const fail = (problem: string) => new SourceError(context.indicatorId, 'pxweb', url, problem);

  const { body } = await requestJson({ url, method: 'POST', body: { selection: input.selection } }, { context, kind: 'pxweb' });
  let dataset: JsonStatDataset;
  try {
    dataset = decodeJsonStat(body);
  } catch (error) {
    throw fail(`malformed json-stat2 answer: ${error instanceof Error ? error.message : String(error)}`);
  }
  context.onProgress?.({ pagesRead: 1, pointsRead: dataset.size, totalPoints: dataset.size });

  const dimensionIds = dataset.dimensions.map((dimension) => dimension.id);
  for (const variable of [input.regionVariable, input.timeVariable]) {
    if (!dimensionIds.includes(variable)) throw fail(`the answer has no dimension "${variable}" (it has ${dimensionIds.join(', ')})`);
  }
  // Every other dimension must come down to one category: the single one, or the chosen content.
  const fixed: Record<string, string> = {};
  for (const dimension of dataset.dimensions) {
    if (dimension.id === input.regionVariable || dimension.id === input.timeVariable) continue;
    if (dimension.codes.length === 1) fixed[dimension.id] = dimension.codes[0] ?? '';
    else if (input.contents !== undefined && dimension.codes.includes(input.contents)) fixed[dimension.id] = input.contents;
    else
      throw fail(`dimension "${dimension.id}" has ${dimension.codes.length} categories (${dimension.codes.join(', ')}); select one, or name it in "contents"`);
  }

  const note = sourceNote(`SCB, tabell ${input.table}`, `Statistics Sweden, table ${input.table}`);
  const quality = input.quality ?? 'measured';
  const dropped = new DropCounter();
  const warnings: string[] = [];
  // area → period → the cells of its region codes (several codes of one area are summed).
  const byArea = new Map<string, Map<string, Array<number | null>>>();
  const unmapped = new Set<string>();
  let pointsRead = 0;

  for (const cell of dataset.cells()) {
    if (Object.entries(fixed).some(([id, code]) => cell.codes[id] !== code)) continue;
    pointsRead++;
    const regionCode = cell.codes[input.regionVariable] ?? '';
    const areaId = input.areas[regionCode];
    if (areaId === undefined) {
      unmapped.add(regionCode);
      dropped.add('region code not mapped to an area');
      continue;
    }
    const timeCode = cell.codes[input.timeVariable] ?? '';
    const period = periodOfPxwebTimeCode(timeCode);
    if (period === undefined) {
      dropped.add('time code not a year, quarter or month');
      continue;
    }
    const value = cell.value === null || (cell.status !== undefined && MISSING_MARKERS.has(cell.status)) ? null : cell.value;
    let periods = byArea.get(areaId);
    if (periods === undefined) {
      periods = new Map();
      byArea.set(areaId, periods);
    }
    const parts = periods.get(period) ?? [];
    parts.push(value);
    periods.set(period, parts);
  }

  if (unmapped.size > 0) warnings.push(`region codes without an area were skipped: ${[...unmapped].sort().join(', ')}`);
  const summedAreas = [...byArea.entries()].filter(([, periods]) => [...periods.values()].some((parts) => parts.length > 1)).map(([areaId]) => areaId);
  if (summedAreas.length > 0) {
    warnings.push(`several region codes map to ${summedAreas.join(', ')}; their values are summed (right for counts, not for shares or rates)`);
  }
  const retrievedAt = context.retrievedAt;
  const series: Series[] = [...byArea.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([areaId, periods]) => ({
      areaId,
      points: [...periods.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([period, parts]): Point => ({
          period,
          // A sum of parts is only known when every part is.
          value: parts.some((part) => part === null) ? null : (parts as number[]).reduce((sum, part) => sum + part, 0),
          quality,
          note,
        })),
      source: { name: 'SCB', url, retrievedAt },
    }));

  return { series, url, pointsRead, dropped: dropped.toList(), warnings };
};
