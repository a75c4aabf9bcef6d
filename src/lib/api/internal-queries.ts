/**
 * Queries of the protected internal base. Every request carries the session cookie
 * (`credentials: 'include'`), asks the browser not to store the answer (`cache: 'no-store'`), and
 * does not follow redirects (a proxy that redirects to its sign-in page means "not signed in").
 *
 * Keys: the sign-in probe is under `['auth', base]`; every internal document under
 * `['internal', base, name]`, so that sign-out removes them all with one `removeQueries`.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { documentUrl } from './client';
import { DataDocumentError } from '../../contract/errors';
import { INTERNAL_DOCUMENT_PREFIX } from './internal-merge';

/** The small document the proxy answers with the signed-in user (401/403 when nobody is). */
export const WHOAMI_DOCUMENT = 'whoami.json';
export const INTERNAL_QUERY_ROOT = 'internal';
export const AUTH_QUERY_ROOT = 'auth';

export const INTERNAL_REQUEST: RequestInit = { credentials: 'include', cache: 'no-store', redirect: 'manual' };
/** A hung proxy must not keep the public pages waiting for the probe. */
const PROBE_TIMEOUT_MS = 8000;

const whoamiSchema = z.object({ name: z.optional(z.string()), email: z.optional(z.string()) });

export type SignInState = { signedIn: false } | { signedIn: true; user: string | undefined };

export async function probeSignIn(baseUrl: string, signal?: AbortSignal): Promise<SignInState> {
  const name = `${INTERNAL_DOCUMENT_PREFIX}${WHOAMI_DOCUMENT}`;
  let response: Response;
  try {
    const timeout = AbortSignal.timeout(PROBE_TIMEOUT_MS);
    response = await fetch(documentUrl(baseUrl, WHOAMI_DOCUMENT), {
      ...INTERNAL_REQUEST,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataDocumentError('network', name, 'could not be reached (network error)', { cause });
  }
  if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') return { signedIn: false };
  if (!response.ok) throw new DataDocumentError('http', name, `the server answered ${response.status}`, { status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    // An HTML sign-in page answered with 200 also means "not signed in".
    if ((response.headers.get('content-type') ?? '').includes('text/html')) return { signedIn: false };
    throw new DataDocumentError('invalid-json', name, 'is not valid JSON', { cause });
  }
  const parsed = whoamiSchema.safeParse(json);
  // The name, else the e-mail address; the reference nginx answers "" for a value it cannot put in JSON.
  const user = parsed.success ? [parsed.data.name, parsed.data.email].map((value) => value?.trim()).find(Boolean) : undefined;
  return { signedIn: true, user };
}

export const signInProbeKey = (baseUrl: string) => [AUTH_QUERY_ROOT, baseUrl] as const;

export const signInProbeQueryOptions = (baseUrl: string) =>
  queryOptions({
    queryKey: signInProbeKey(baseUrl),
    queryFn: ({ signal }) => probeSignIn(baseUrl, signal),
    // One probe: a 401 is an answer, and a failing proxy is reported, not hammered (nor asked
    // again by every view that mounts: a refetch would make the failed query pending again).
    retry: false,
    retryOnMount: false,
  });
