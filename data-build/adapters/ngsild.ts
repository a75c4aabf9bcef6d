/**
 * NGSI-LD temporal retrieval (Orion-LD + Mintaka, Scorpio): the history of one attribute of one
 * entity (a FIWARE KeyPerformanceIndicator's `kpiValue` by default) in the simplified
 * `temporalValues` form, `[value, observedAt]` pairs. A broker that cuts the answer says so with
 * HTTP 206: the next request continues after the `Content-Range` end (or from the `Next-Page`
 * anchor) until an answer comes back whole (200).
 */
import { DropCounter, numericResult, PeriodAggregator, sourceNote } from './aggregate.ts';
import { requestJson } from './http.ts';
import { SourceError, type Adapter, type NgsiLdInput } from './types.ts';
import { asRecord } from '../../src/contract/json.ts';

export const NGSILD_START = '1970-01-01T00:00:00Z';
/** A safety stop: a broker that keeps answering 206 without moving on would otherwise loop forever. */
const MAX_PAGES = 100_000;

const DATE_TIME = '\\d{4}-\\d{2}-\\d{2}T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?';
const CONTENT_RANGE = new RegExp(`^\\s*date-time\\s+(${DATE_TIME})-(${DATE_TIME})\\s*/\\s*(\\d+|\\*)\\s*$`, 'i');

/** `Content-Range: date-time <start>-<end>/<total or *>` → its parts, or undefined. */
export function parseContentRange(header: string): { start: string; end: string; total?: number } | undefined {
  const match = CONTENT_RANGE.exec(header);
  if (!match) return undefined;
  const [, start = '', end = '', total = '*'] = match;
  return { start, end, ...(total === '*' ? {} : { total: Number(total) }) };
}

/**
 * NGSI-LD times are UTC (the specification's DateTime); Mintaka writes them without a `Z`,
 * notably in `Content-Range` (`date-time 2021-09-16T11:00-2021-09-16T10:22:39.650/3`).
 * `Date.parse` would read such text as the build machine's local time, so a zone-less time is
 * given its `Z` before anything reads it.
 */
export function asUtc(time: string): string {
  const trimmed = time.trim();
  return /T[\d:.]+$/.test(trimmed) ? `${trimmed}Z` : trimmed;
}

export const readNgsiLd: Adapter<NgsiLdInput> = async (input, context) => {
  const attribute = input.attribute ?? 'kpiValue';
  const firstUrl = input.url ?? buildFirstUrl(input, attribute, context.endpoints.ngsild, context.indicatorId);
  const fail = (url: string, problem: string) => new SourceError(context.indicatorId, 'ngsild', url, problem);
  const headers: Record<string, string> = {};
  if (input.tenant !== undefined) headers['NGSILD-Tenant'] = input.tenant;
  if (input.context !== undefined) headers.Link = `<${input.context}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`;

  const aggregator = new PeriodAggregator(input.aggregate ?? 'last', context.frequency, context.timeZone);
  // Incremental: continue after the last observedAt kept, folding into the kept periods.
  const since = context.harvest?.marks.length === 1 ? context.harvest.marks[0]?.after : undefined;
  if (since !== undefined && context.harvest) aggregator.restore(context.harvest.aggregator);
  const sinceMs = since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(since);
  let latest = since;
  let latestMs = sinceMs;
  const dropped = new DropCounter(since === undefined ? [] : context.harvest?.read.dropped);
  const key = input.site === undefined ? { areaId: input.area } : { areaId: input.area, siteId: input.site };
  let pointsRead = 0;
  let pagesRead = 0;
  // Values at or before the previous page's end were already read (brokers differ on whether
  // `after` is strict, so both kinds are handled the same way).
  let readUpTo = Number.NEGATIVE_INFINITY;
  let url = firstUrl;
  if (since !== undefined) {
    const next = new URL(firstUrl);
    next.searchParams.set('timerel', 'after');
    next.searchParams.set('timeAt', since);
    url = next.href;
  }

  for (;;) {
    if (pagesRead >= MAX_PAGES) throw fail(url, `still partial after ${MAX_PAGES} pages`);
    const answer = await requestJson({ url, headers }, { context, kind: 'ngsild' });
    if (answer.status !== 200 && answer.status !== 206) throw fail(url, `unexpected HTTP ${answer.status}`);
    const pairs = temporalValues(answer.body, attribute);
    if (pairs === undefined) throw fail(url, `malformed answer: expected "${attribute}" with temporal "values" ([value, observedAt] pairs)`);
    for (const pair of pairs) {
      const [rawValue, observedAt] = Array.isArray(pair) ? pair : [];
      // Already folded into the kept state (brokers differ on whether `after` is strict).
      if (typeof observedAt === 'string' && Date.parse(observedAt) <= sinceMs) continue;
      const at = typeof observedAt === 'string' ? Date.parse(asUtc(observedAt)) : Number.NaN;
      // The previous page's last values again: one reading sent twice, not a second one. Not
      // counted, so the count does not depend on where the pages (or the harvests) were cut.
      if (!Number.isNaN(at) && at <= readUpTo) continue;
      pointsRead++;
      if (typeof observedAt !== 'string') {
        dropped.add('no observedAt');
        continue;
      }
      if (at > latestMs) {
        latest = observedAt;
        latestMs = at;
      }
      const value = numericResult(rawValue);
      if (value === undefined) {
        dropped.add('non-numeric value');
        continue;
      }
      if (aggregator.add(key, asUtc(observedAt), value) === 'bad-time') dropped.add('observedAt is not an ISO 8601 time');
    }
    pagesRead++;
    context.onProgress?.({ pagesRead, pointsRead });
    if (answer.status === 200) break;

    const nextPage = answer.headers.get('Next-Page');
    const range = parseContentRange(answer.headers.get('Content-Range') ?? '');
    const next = new URL(url);
    if (nextPage !== null && nextPage.trim() !== '') {
      next.searchParams.set('pageAnchor', nextPage.trim());
    } else if (range !== undefined) {
      const end = Date.parse(asUtc(range.end));
      if (Number.isNaN(end) || end <= readUpTo) throw fail(url, `206 whose Content-Range end ${range.end} does not move past the previous page`);
      readUpTo = end;
      next.searchParams.set('timerel', 'after');
      next.searchParams.set('timeAt', range.end);
    } else {
      throw fail(url, 'HTTP 206 (partial) without a Content-Range or Next-Page header to continue from');
    }
    url = next.href;
  }

  const series = aggregator.toSeries({ quality: input.quality ?? 'measured', note: sourceNote(`NGSI-LD, ${input.entity}`, `NGSI-LD, ${input.entity}`) });
  const retrievedAt = context.retrievedAt;
  const read = { points: (since === undefined ? 0 : (context.harvest?.read.points ?? 0)) + pointsRead, dropped: dropped.toList() };
  return {
    series: series.map((s) => ({ ...s, source: { name: 'NGSI-LD', url: firstUrl, retrievedAt } })),
    url: firstUrl,
    pointsRead: read.points,
    dropped: read.dropped,
    warnings: series.length === 0 ? [`no numeric values of ${attribute} were read`] : [],
    harvest: { aggregator: aggregator.exportState(), marks: [latest === undefined ? {} : { after: latest }], read },
    fetched: { mode: since === undefined ? 'full' : 'incremental', points: pointsRead },
  };
};

function buildFirstUrl(input: NgsiLdInput, attribute: string, endpoint: string | undefined, indicatorId: string): string {
  if (endpoint === undefined || endpoint === '') throw new SourceError(indicatorId, 'ngsild', input.entity, 'dataset.yaml gives no endpoints.ngsild');
  const query = new URLSearchParams({ attrs: attribute, options: 'temporalValues', timerel: 'after', timeAt: NGSILD_START });
  return `${endpoint.replace(/\/+$/, '')}/temporal/entities/${encodeURIComponent(input.entity)}?${query.toString()}`;
}

/**
 * The `[value, observedAt]` pairs of one attribute in a simplified temporal answer. The attribute
 * is one object (`{ type, values }`) or, with several `datasetId`s, a list of them; an entity
 * without any value of it in the window may leave the attribute out (an empty page).
 */
function temporalValues(body: unknown, attribute: string): unknown[] | undefined {
  const entity = asRecord(Array.isArray(body) ? body[0] : body);
  if (entity === undefined) return Array.isArray(body) && body.length === 0 ? [] : undefined;
  const attr = entity[attribute];
  if (attr === undefined) return [];
  const instances = Array.isArray(attr) ? attr : [attr];
  const pairs: unknown[] = [];
  for (const instance of instances) {
    const values = asRecord(instance)?.values;
    if (!Array.isArray(values)) return undefined;
    pairs.push(...(values as unknown[]));
  }
  return pairs;
}
