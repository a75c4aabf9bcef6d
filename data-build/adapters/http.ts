/**
 * The one way the adapters talk to a standard endpoint: a per-request timeout, a few tries with
 * backoff on what is worth trying again (network errors, timeouts, 5xx, 429), and every failure
 * as a `SourceError` naming indicator, source kind and URL (docs/sources.md, "A failing source").
 */
import { SourceError, type AdapterContext, type NetworkInput } from './types.ts';

/** How long one request may take before it counts as failed. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Tries in all for one request: the first and two more after a failure worth trying again. */
export const REQUEST_TRIES = 3;

export interface JsonRequest {
  url: string;
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
}

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

interface RequestScope {
  context: Pick<AdapterContext, 'indicatorId' | 'timeoutMs' | 'tries'>;
  kind: NetworkInput['kind'];
}

/** An attempt that may succeed when tried again (the others fail at once). */
class TransientFailure extends Error {}

/**
 * The wait before try n+1: 0.5 s, 1 s, 2 s … but never longer than a request may take, so a test
 * with a short `timeoutMs` does not wait for production-sized pauses.
 */
export function backoffMs(failedTries: number, timeoutMs: number): number {
  return Math.min(500 * 2 ** (failedTries - 1), timeoutMs);
}

/**
 * `context.tries` is the number of tries in all (REQUEST_TRIES by default): the first request and the ones after it.
 * The answer must be JSON (any `application/*json` type, or an untyped body that parses); an HTML
 * page (a login portal, a proxy's error page, an SPA fallback) is an error of its own, since it
 * is the most common way a wrong URL shows itself.
 */
export async function requestJson(request: JsonRequest, scope: RequestScope): Promise<JsonAnswer> {
  const { context, kind } = scope;
  const timeoutMs = context.timeoutMs > 0 ? context.timeoutMs : REQUEST_TIMEOUT_MS;
  const tries = context.tries > 0 ? context.tries : REQUEST_TRIES;
  const fail = (problem: string) => new SourceError(context.indicatorId, kind, request.url, problem);

  let lastProblem = 'no attempt made';
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      return await attemptOnce(request, timeoutMs, fail);
    } catch (error) {
      if (!(error instanceof TransientFailure)) throw error;
      lastProblem = error.message;
      if (attempt < tries) await sleep(backoffMs(attempt, timeoutMs));
    }
  }
  throw fail(`${lastProblem} (${tries} ${tries === 1 ? 'try' : 'tries'})`);
}

async function attemptOnce(request: JsonRequest, timeoutMs: number, fail: (problem: string) => SourceError): Promise<JsonAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: request.method ?? 'GET',
        headers: {
          Accept: 'application/json',
          ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...request.headers,
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
        redirect: 'follow',
      });
    } catch (error) {
      throw new TransientFailure(controller.signal.aborted ? `timed out after ${timeoutMs} ms` : `network error: ${describe(error)}`);
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new TransientFailure(controller.signal.aborted ? `timed out after ${timeoutMs} ms` : `network error while reading the answer: ${describe(error)}`);
    }

    if (response.status >= 500 || response.status === 429) throw new TransientFailure(`HTTP ${response.status}${excerpt(text)}`);
    if (response.status >= 400) throw fail(`HTTP ${response.status}${excerpt(text)}`);

    const contentType = response.headers.get('content-type') ?? '';
    if (/html/i.test(contentType) || /^\s*</.test(text)) {
      throw fail(`answered HTML instead of JSON (HTTP ${response.status}${contentType ? `, ${contentType}` : ''}); check the URL`);
    }
    try {
      return { status: response.status, headers: response.headers, body: JSON.parse(text) as unknown };
    } catch (error) {
      throw fail(`answer is not valid JSON (HTTP ${response.status}): ${describe(error)}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '';
  return `: ${flat.length > 200 ? `${flat.slice(0, 200)}…` : flat}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves a paging link (absolute or relative) against the URL of the page that gave it. */
export function resolveLink(link: string, base: string): string {
  return new URL(link, base).href;
}
