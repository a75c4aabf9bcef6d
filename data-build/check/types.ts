/**
 * What every per-document checker shares: the problem shape, the document reader, and the small
 * reporting context (`CheckContext`) through which checkers add problems in document order.
 */
import { DataDocumentError } from '../../src/contract/errors.ts';
import { formatPath, type DataProblem } from '../../src/contract/problems.ts';
import { isObject, type JsonObject } from '../../src/contract/json.ts';

export type Severity = 'error' | 'warning';

export interface CheckProblem {
  severity: Severity;
  /** e.g. `goals.json`, `observations/building-energy-use.json` */
  documentName: string;
  /** e.g. `goals[1].targets[0].indicatorId`; empty for the whole document */
  path: string;
  recordId?: string | undefined;
  message: string;
}

/**
 * Returns the parsed JSON of one document, by its name relative to the dataset root
 * (`meta.json`, `observations/x.json`). Throws a DataDocumentError for a missing document
 * (kind `http`, status 404), one that is not JSON (`invalid-json`) or cannot be fetched.
 */
export type ReadDocument = (documentName: string) => Promise<unknown>;

/**
 * Who may read the dataset. `public` (the default, what `data:check` checks): an internal
 * indicator in it is an error. `internal`: the project leads' output, public base + internal
 * indicators (`data:build --internal-out`).
 */
export type Audience = 'public' | 'internal';

export interface CheckOptions {
  audience?: Audience;
}

export function describeError(error: unknown): { path: string; message: string; status?: number | undefined } {
  if (error instanceof DataDocumentError) return { path: error.path, message: error.detail, status: error.status };
  return { path: '', message: error instanceof Error ? error.message : String(error) };
}

/** First day of an ISO period, in ms (UTC). The period has passed the schema already. */
export function periodStart(period: string): number {
  const [year = 0, month = 1, day = 1] = period.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Index of the first raw list item matching, as documents.ts does when it builds paths. */
export function rawIndex(list: unknown, match: (item: JsonObject) => boolean): number {
  return Array.isArray(list) ? list.findIndex((item) => isObject(item) && match(item)) : -1;
}

/** A document as read: its raw JSON (for paths and text checks). */
export interface RawDocument {
  json: unknown;
}

/** Collects problems; shared by the per-document checkers of one run. */
export class CheckContext {
  readonly problems: CheckProblem[] = [];

  add(severity: Severity, documentName: string, path: string, message: string, recordId?: string): void {
    this.problems.push({ severity, documentName, path, message, ...(recordId === undefined ? {} : { recordId }) });
  }

  /** Records dropped by the dashboard's own parsing: errors. */
  addAll(list: ReadonlyArray<DataProblem>): void {
    for (const p of list) this.add('error', p.documentName, p.path, p.message, p.recordId);
  }

  /** Runs a documents.ts parser; a thrown envelope error is reported and yields undefined. */
  parse<T>(name: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      const { path, message } = describeError(error);
      this.add('error', name, path, message);
      return undefined;
    }
  }

  /** Localised texts with one language only: a warning (the UI falls back). */
  checkTexts(name: string, json: unknown): void {
    for (const { path, missing } of findOneLanguageTexts(json)) {
      this.add('warning', name, path, `text has no "${missing}" version (the dashboard falls back to the other language)`);
    }
    // Run with the text check, which every document's checker already calls.
    this.checkAddresses(name, json);
  }

  /**
   * Addresses at example.org / example.com (the domains reserved for documentation) are
   * placeholders: the dashboard would show them to readers as real (a mail link, a citation).
   */
  checkAddresses(name: string, json: unknown): void {
    for (const { path, text } of findPlaceholderAddresses(json)) {
      this.add('warning', name, path, `"${text}" is a placeholder address (example.org / example.com), not a real one; remove it or give the real address`);
    }
  }
}

const PLACEHOLDER_ADDRESS = /(^|[^a-z0-9-])example\.(org|com)\b/i;

function findPlaceholderAddresses(json: unknown, at: PropertyKey[] = []): Array<{ path: string; text: string }> {
  if (typeof json === 'string') return PLACEHOLDER_ADDRESS.test(json) ? [{ path: formatPath(at), text: json }] : [];
  if (Array.isArray(json)) return json.flatMap((item, index) => findPlaceholderAddresses(item, [...at, index]));
  if (!isObject(json)) return [];
  return Object.keys(json).flatMap((key) => findPlaceholderAddresses(json[key], [...at, key]));
}

/**
 * Localised text objects (`{ sv, en }`) that carry only one language: the UI falls back, but a
 * publisher should know. A text object is recognised as an object whose keys are only sv / en.
 */
function findOneLanguageTexts(json: unknown, at: PropertyKey[] = []): Array<{ path: string; missing: string }> {
  if (Array.isArray(json)) return json.flatMap((item, index) => findOneLanguageTexts(item, [...at, index]));
  if (!isObject(json)) return [];
  const keys = Object.keys(json);
  if (keys.length > 0 && keys.length < 2 && keys.every((key) => key === 'sv' || key === 'en') && keys.every((key) => typeof json[key] === 'string')) {
    return [{ path: formatPath(at), missing: keys[0] === 'sv' ? 'en' : 'sv' }];
  }
  return keys.flatMap((key) => findOneLanguageTexts(json[key], [...at, key]));
}
