/**
 * One queryOptions factory for every document, public or internal. The data base URL is part of
 * every key, so pointing config.json at another dataset never mixes caches. How long a document
 * stays fresh is the query client's default (lib/query-client.ts), never repeated here.
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
import { DataDocumentError } from '../../contract/errors';
import { INTERNAL_DOCUMENT_PREFIX } from './internal-merge';
import { INTERNAL_QUERY_ROOT, INTERNAL_REQUEST } from './internal-queries';

export interface DocumentQueryOptions {
  /**
   * A document of the protected internal base: requested with the session cookie, never stored,
   * never retried (a failing proxy is reported, not hammered), named as internal in its errors.
   * Its key is under `['internal', base]`, so sign-out removes every one at once.
   */
  internal?: boolean;
  /** A document a dataset may lack (build-report.json, download.json): a missing one is not retried. */
  optional?: boolean;
}

export function documentQuery<T>(
  baseUrl: string,
  documentName: string,
  parse: (json: unknown) => T,
  { internal = false, optional = false }: DocumentQueryOptions = {},
) {
  const root: string = internal ? INTERNAL_QUERY_ROOT : 'data';
  return queryOptions({
    queryKey: [root, baseUrl, documentName] as const,
    queryFn: async ({ signal }) => {
      if (!internal) return parse(await fetchDocument(baseUrl, documentName, signal));
      try {
        return parse(await fetchDocument(baseUrl, documentName, signal, INTERNAL_REQUEST));
      } catch (error) {
        // Name the document as internal, so a notice never mixes it up with the public file.
        if (error instanceof DataDocumentError) {
          throw new DataDocumentError(error.kind, `${INTERNAL_DOCUMENT_PREFIX}${error.documentName}`, error.detail, {
            path: error.path,
            status: error.status,
            cause: error,
          });
        }
        throw error;
      }
    },
    ...(internal ? { retry: false, retryOnMount: false } : optional ? { retry: false } : {}),
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
export const buildReportQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.buildReport, parseBuildReport, { optional: true });

export const internalIndicatorsQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.indicators, parseIndicators, { internal: true });
export const internalGoalsQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOCUMENT_NAMES.goals, parseGoals, { internal: true });
export const internalObservationsQueryOptions = (baseUrl: string, indicatorId: string) =>
  documentQuery(baseUrl, DOCUMENT_NAMES.observations(indicatorId), (json) => parseObservations(json, indicatorId), { internal: true });
