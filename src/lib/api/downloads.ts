/**
 * `download.json`: the small descriptor data:build writes beside the documents, naming the zip of
 * the whole dataset (with its size) and the DCAT-AP-SE description. Optional: an older or
 * hand-made dataset has none, and then the pages simply do not offer the zip.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { DataDocumentError } from '../../contract/errors';
import { useDataBaseUrl } from './hooks';
import { describeFirstIssue } from '../../contract/problems';
import { documentQuery } from './queries';
import { downloadsDocumentSchema, type DownloadsDocument } from '../../contract/schemas';

export const DOWNLOADS_DOCUMENT = 'download.json';

export function parseDownloads(json: unknown): DownloadsDocument {
  const result = downloadsDocumentSchema.safeParse(json);
  if (!result.success) {
    const { path, message } = describeFirstIssue(result.error);
    throw new DataDocumentError('schema', DOWNLOADS_DOCUMENT, `${path}: ${message}`, { path });
  }
  return result.data;
}

/** Absent on datasets made without data:build: no retry, no error view. */
export const downloadsQueryOptions = (baseUrl: string) => documentQuery(baseUrl, DOWNLOADS_DOCUMENT, parseDownloads, { optional: true });

export function useDownloads(): UseQueryResult<DownloadsDocument> {
  return useQuery(downloadsQueryOptions(useDataBaseUrl()));
}
