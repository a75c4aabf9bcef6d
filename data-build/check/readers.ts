/** Where `checkDataset` reads documents from: a folder, a base URL, or the build's own memory. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataDocumentError } from '../../src/contract/errors.ts';
import type { ReadDocument } from './types.ts';

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

function parseJson(documentName: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataDocumentError('invalid-json', documentName, `not valid JSON (${reason})`, { cause: error });
  }
}

function notFound(documentName: string, detail = 'file not found'): DataDocumentError {
  return new DataDocumentError('http', documentName, detail, { status: 404 });
}

/** Reads documents from a folder on disk. */
export function folderReader(folder: string): ReadDocument {
  return async (documentName) => {
    let text: string;
    try {
      text = await readFile(join(folder, ...documentName.split('/')), 'utf8');
    } catch (error) {
      if (isNotFound(error)) {
        throw new DataDocumentError('http', documentName, 'file not found', { status: 404, cause: error });
      }
      throw new DataDocumentError('network', documentName, `could not be read (${String(error)})`, { cause: error });
    }
    return parseJson(documentName, text.replace(/^\uFEFF/, ''));
  };
}

/** Reads documents over HTTP(S) from a base URL, e.g. `https://example.org/data/v1/`. */
export function urlReader(baseUrl: string, fetchImpl: typeof fetch = fetch): ReadDocument {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return async (documentName) => {
    const url = new URL(documentName, base).href;
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { accept: 'application/json, application/geo+json' } });
    } catch (error) {
      throw new DataDocumentError('network', documentName, `could not be fetched from ${url} (${String(error)})`, { cause: error });
    }
    if (!response.ok) {
      const detail = response.status === 404 ? `file not found (HTTP 404 at ${url})` : `HTTP ${response.status} at ${url}`;
      throw new DataDocumentError('http', documentName, detail, { status: response.status });
    }
    return parseJson(documentName, await response.text());
  };
}

/**
 * Reads documents from texts in memory (name → JSON text): how the build checks what it is about
 * to write, parsing the exact bytes that will be published.
 */
export function memoryReader(files: ReadonlyMap<string, string>): ReadDocument {
  return (documentName) => {
    const text = files.get(documentName);
    if (text === undefined) return Promise.reject(notFound(documentName));
    try {
      return Promise.resolve(parseJson(documentName, text));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
