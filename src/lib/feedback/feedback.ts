/**
 * "Ask about this": what a question says about itself, how it is sent (JSON to the deployment's
 * `feedbackUrl`) and, without one, the `mailto:` link that carries the same context. Pure and
 * shared; the form is `src/components/ask-about.tsx`.
 */
import type { Language } from '../../i18n/language';

export type FeedbackSubjectKind = 'indicator' | 'area' | 'site';

/** What the question is about, filled in from the page. */
export interface FeedbackSubject {
  kind: FeedbackSubjectKind;
  id: string;
  name: string;
}

/** The JSON body posted to `feedbackUrl` (documented in docs/reuse.md, "Ask about this"). */
export interface FeedbackPayload {
  message: string;
  email?: string;
  about: FeedbackSubject;
  /** The page the question was asked on (no query string: nothing beyond the page itself). */
  page: string;
  language: Language;
  /** `meta.updated` of the dataset the reader was looking at. */
  datasetUpdated?: string;
}

export interface FeedbackInput {
  message: string;
  email: string;
}

export type FeedbackFieldError = 'message-empty' | 'message-too-long' | 'email-invalid';

export const MAX_MESSAGE_LENGTH = 4000;

/** Field problems, first field first (the form focuses the first one). */
export function validateFeedback(input: FeedbackInput): Array<{ field: 'message' | 'email'; error: FeedbackFieldError }> {
  const problems: Array<{ field: 'message' | 'email'; error: FeedbackFieldError }> = [];
  const message = input.message.trim();
  if (message === '') problems.push({ field: 'message', error: 'message-empty' });
  else if (message.length > MAX_MESSAGE_LENGTH) problems.push({ field: 'message', error: 'message-too-long' });
  const email = input.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push({ field: 'email', error: 'email-invalid' });
  return problems;
}

/** The page address without query or fragment: the question says which page, not how it was filtered. */
export function pageAddress(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

export function feedbackPayload(
  input: FeedbackInput,
  context: { about: FeedbackSubject; page: string; language: Language; datasetUpdated?: string },
): FeedbackPayload {
  const email = input.email.trim();
  return {
    message: input.message.trim(),
    ...(email ? { email } : {}),
    about: context.about,
    page: context.page,
    language: context.language,
    ...(context.datasetUpdated ? { datasetUpdated: context.datasetUpdated } : {}),
  };
}

export class FeedbackSendError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'FeedbackSendError';
    this.status = status;
  }
}

/** Posts the question as JSON; no cookies, no credentials. Throws FeedbackSendError on failure. */
export async function sendFeedback(url: string, payload: FeedbackPayload, fetchImpl: typeof fetch = fetch): Promise<void> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (cause) {
    throw new FeedbackSendError(cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) throw new FeedbackSendError(`the server answered ${response.status}`, response.status);
}

/** A `mailto:` link with the same context in the subject and body. */
export function feedbackMailto(email: string, subjectLine: string, bodyLines: ReadonlyArray<string>): string {
  const query = `subject=${encodeURIComponent(subjectLine)}&body=${encodeURIComponent(bodyLines.join('\n'))}`;
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?${query}`;
}
