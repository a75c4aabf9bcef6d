/**
 * OGC SensorThings API 1.1 (e.g. FROST-Server): the Observations of each datastream, oldest first,
 * only `phenomenonTime` and `result`, following `@iot.nextLink` to the end. Readings are
 * aggregated as each page arrives, so memory stays flat however long the stream is.
 */
import { DropCounter, numericResult, PeriodAggregator, sourceNote } from './aggregate.ts';
import { requestJson, resolveLink } from './http.ts';
import { intervalStart } from './periods.ts';
import { SourceError, type Adapter, type SensorThingsInput } from './types.ts';
import { asRecord } from '../../src/contract/json.ts';

/** Observations per page asked for; servers may send fewer (FROST's `maxTop`) and link the rest. */
export const SENSORTHINGS_PAGE_SIZE = 1000;

export function observationsUrl(datastreamUrl: string): string {
  return `${datastreamUrl.replace(/\/+$/, '')}/Observations?$orderby=phenomenonTime%20asc&$select=phenomenonTime,result&$top=${SENSORTHINGS_PAGE_SIZE}`;
}

/** `Datastreams(42)`, or `Datastreams('abc')` for a text id (OData quotes strings, doubling `'`). */
function datastreamPath(id: string | number): string {
  const text = String(id);
  return /^\d+$/.test(text) ? `Datastreams(${text})` : `Datastreams('${encodeURIComponent(text.replace(/'/g, "''"))}')`;
}

export const readSensorThings: Adapter<SensorThingsInput> = async (input, context) => {
  if (input.datastreams.length === 0) throw new SourceError(context.indicatorId, 'sensorthings', input.url ?? '', 'no datastreams listed');
  if (input.url !== undefined && input.datastreams.length > 1) {
    throw new SourceError(context.indicatorId, 'sensorthings', input.url, '"url" replaces one request; with several datastreams give each its own "url"');
  }
  const aggregator = new PeriodAggregator(input.aggregate, context.frequency, context.timeZone);
  const dropped = new DropCounter();
  const warnings: string[] = [];
  const firstUrls: string[] = [];
  let pointsRead = 0;
  let pagesRead = 0;

  for (const datastream of input.datastreams) {
    const firstUrl = firstRequestUrl(input, datastream, context.endpoints.sensorthings, context.indicatorId);
    firstUrls.push(firstUrl);
    const visited = new Set<string>();
    let url: string | undefined = firstUrl;
    while (url !== undefined) {
      if (visited.has(url)) throw new SourceError(context.indicatorId, 'sensorthings', url, '@iot.nextLink points back to a page already read (paging loop)');
      visited.add(url);
      const pageUrl: string = url;
      const { body } = await requestJson({ url: pageUrl }, { context, kind: 'sensorthings' });
      const page = asRecord(body);
      if (page === undefined || !Array.isArray(page.value)) {
        throw new SourceError(context.indicatorId, 'sensorthings', pageUrl, 'malformed answer: expected an object with a "value" list of Observations');
      }
      for (const item of page.value as unknown[]) {
        pointsRead++;
        const observation = asRecord(item);
        const time = observation?.phenomenonTime;
        if (typeof time !== 'string') {
          dropped.add('no phenomenonTime');
          continue;
        }
        const value = numericResult(observation?.result);
        if (value === undefined) {
          dropped.add('non-numeric result');
          continue;
        }
        const key = datastream.site === undefined ? { areaId: datastream.area } : { areaId: datastream.area, siteId: datastream.site };
        if (aggregator.add(key, intervalStart(time), value) === 'bad-time') dropped.add('phenomenonTime is not an ISO 8601 time');
      }
      pagesRead++;
      const count = page['@iot.count'];
      context.onProgress?.({ pagesRead, pointsRead, ...(typeof count === 'number' ? { totalPoints: count } : {}) });
      const next = page['@iot.nextLink'];
      url = typeof next === 'string' && next !== '' ? resolveLink(next, pageUrl) : undefined;
    }
  }

  const label = input.datastreams.map((d) => (d.id === undefined ? (d.url ?? '') : datastreamPath(d.id))).join(', ');
  const series = aggregator.toSeries({ quality: input.quality ?? 'measured', note: sourceNote(`SensorThings, ${label}`, `SensorThings, ${label}`) });
  const retrievedAt = context.retrievedAt;
  const url = firstUrls[0] ?? '';
  if (series.length === 0) warnings.push('no numeric observations were read');
  return {
    series: series.map((s) => ({ ...s, source: { name: 'SensorThings', url, retrievedAt } })),
    url,
    pointsRead,
    dropped: dropped.toList(),
    warnings,
  };
};

function firstRequestUrl(
  input: SensorThingsInput,
  datastream: SensorThingsInput['datastreams'][number],
  endpoint: string | undefined,
  indicatorId: string,
): string {
  if (input.url !== undefined) return input.url;
  if (datastream.url !== undefined) return observationsUrl(datastream.url);
  if (datastream.id === undefined) throw new SourceError(indicatorId, 'sensorthings', endpoint ?? '', 'a datastream needs "url" or "id"');
  if (endpoint === undefined || endpoint === '') {
    throw new SourceError(
      indicatorId,
      'sensorthings',
      datastreamPath(datastream.id),
      'dataset.yaml gives no endpoints.sensorthings for a datastream given by id',
    );
  }
  return observationsUrl(`${endpoint.replace(/\/+$/, '')}/${datastreamPath(datastream.id)}`);
}
