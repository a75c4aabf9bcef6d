/**
 * changes.json (written by data:build; the history of updates, newest first) for the "What
 * changed" page: the public base's, and the internal base's for signed-in project leads.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchDocument } from './client';
import { DataDocumentError } from '../../contract/errors';
import { INTERNAL_DOCUMENT_PREFIX } from './internal-merge';
import { INTERNAL_QUERY_ROOT } from './internal-queries';
import { describeFirstIssue } from '../../contract/problems';
import { changesDocumentSchema, type ChangesDocument } from '../../contract/schemas';

export const CHANGES_DOCUMENT = 'changes.json';
export const FEED_DOCUMENT = 'feed.xml';

export function parseChanges(json: unknown, documentName = CHANGES_DOCUMENT): ChangesDocument {
  const result = changesDocumentSchema.safeParse(json);
  if (!result.success) {
    const { path, message } = describeFirstIssue(result.error);
    throw new DataDocumentError('schema', documentName, `${path}: ${message}`, { path });
  }
  return result.data;
}

export const changesQueryOptions = (baseUrl: string) =>
  queryOptions({
    queryKey: ['data', baseUrl, CHANGES_DOCUMENT] as const,
    queryFn: async ({ signal }) => parseChanges(await fetchDocument(baseUrl, CHANGES_DOCUMENT, signal)),
    staleTime: 5 * 60_000,
  });

export const internalChangesQueryOptions = (baseUrl: string) =>
  queryOptions({
    queryKey: [INTERNAL_QUERY_ROOT, baseUrl, CHANGES_DOCUMENT] as const,
    queryFn: async ({ signal }) => {
      const name = `${INTERNAL_DOCUMENT_PREFIX}${CHANGES_DOCUMENT}`;
      try {
        return parseChanges(await fetchDocument(baseUrl, CHANGES_DOCUMENT, signal, { credentials: 'include', cache: 'no-store', redirect: 'manual' }), name);
      } catch (error) {
        if (error instanceof DataDocumentError && error.documentName === CHANGES_DOCUMENT) {
          throw new DataDocumentError(error.kind, name, error.detail, { path: error.path, status: error.status, cause: error });
        }
        throw error;
      }
    },
    retry: false,
    retryOnMount: false,
    staleTime: 5 * 60_000,
  });
