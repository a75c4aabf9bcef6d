/**
 * The one fetch wrapper for data documents. It never shows UI; it throws a DataDocumentError that
 * names the document, and the view that asked shows it (TanStack Query error state).
 */
import { DataDocumentError } from '../../contract/errors';

/** Resolves a document name against the data base URL (which may itself be relative to the page). */
export function documentUrl(baseUrl: string, documentName: string): string {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, globalThis.location?.href ?? 'http://localhost/');
  return new URL(documentName, base).href;
}

/** `init` adds request options, e.g. credentials for the protected internal base. */
export async function fetchDocument(baseUrl: string, documentName: string, signal?: AbortSignal, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(documentUrl(baseUrl, documentName), { ...init, signal, headers: { Accept: 'application/json, application/geo+json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataDocumentError('network', documentName, 'could not be reached (network error)', { cause });
  }
  if (!response.ok) {
    throw new DataDocumentError('http', documentName, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {
      status: response.status,
    });
  }
  // A static host with an SPA fallback answers a missing file with index.html and status 200.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new DataDocumentError('http', documentName, 'was not found (the server answered with an HTML page)', { status: 404 });
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new DataDocumentError('invalid-json', documentName, `is not valid JSON (${cause instanceof Error ? cause.message : 'parse error'})`, { cause });
  }
}
