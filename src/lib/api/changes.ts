/**
 * changes.json (written by data:build; the history of updates, newest first) for the "What
 * changed" page: the public base's, and the internal base's for signed-in project leads.
 */
import { DataDocumentError } from '../../contract/errors';
import { describeFirstIssue } from '../../contract/problems';
import { documentQuery } from './queries';
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

export const changesQueryOptions = (baseUrl: string) => documentQuery(baseUrl, CHANGES_DOCUMENT, (json) => parseChanges(json));

export const internalChangesQueryOptions = (baseUrl: string) => documentQuery(baseUrl, CHANGES_DOCUMENT, (json) => parseChanges(json), { internal: true });
