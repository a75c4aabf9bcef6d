/**
 * One queryOptions factory per document. The data base URL is part of every key, so pointing
 * config.json at another dataset never mixes caches.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDocument } from './client';
import {
  DOCUMENT_NAMES,
  parseAreas,
  parseBuildReport,
  parseEvents,
  parseGoals,
  parseIndicators,
  parseMeta,
  parseObservations,
  parseSites,
} from '../../contract/documents';

const STALE_TIME = 5 * 60_000;

function documentQuery<T>(baseUrl: string, documentName: string, parse: (json: unknown) => T) {
  return queryOptions({
    queryKey: ['data', baseUrl, documentName] as const,
    queryFn: async ({ signal }) => parse(await fetchDocument(baseUrl, documentName, signal)),
    staleTime: STALE_TIME,
  });
}

export const metaQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.meta, parseMeta);
export const areasQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.areas, parseAreas);
export const indicatorsQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.indicators, parseIndicators);
export const goalsQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.goals, parseGoals);
export const sitesQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.sites, parseSites);
export const eventsQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.events, parseEvents);
export const observationsQueryOptions = (baseUrl: string, indicatorId: string) =>
  documentQuery(baseUrl, DOCUMENT_NAMES.observations(indicatorId), (json) => parseObservations(json, indicatorId));

/**
 * build-report.json is optional (a hand-written dataset has none): a missing report is normal,
 * so it is not retried, and views that read it treat an error as "no report".
 */
export const buildReportQueryOptions = (baseUrl: string) => ({ ...documentQuery(baseUrl, DOCUMENT_NAMES.buildReport, parseBuildReport), retry: false });
