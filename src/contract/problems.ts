/** One dropped record, reported in the data-quality notice and by `data:check`. */
export interface DataProblem {
  documentName: string;
  /** Path of the record in the document, e.g. `goals[1].targets[0]`. */
  path: string;
  /** The record's id where it has one. */
  recordId?: string | undefined;
  /** What is wrong, in English (developer-facing detail; the UI wraps it in a translated sentence). */
  message: string;
}

export interface Parsed<T> {
  data: T;
  problems: DataProblem[];
}

/** `['indicators', 3, 'direction']` → `indicators[3].direction` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** The first issue of a zod error as "path: message". */
/** The part of a zod error we read (classic and mini errors both have it). */
export interface IssueList {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}

export function describeFirstIssue(error: IssueList, prefix: ReadonlyArray<PropertyKey> = []): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: formatPath(prefix), message: 'invalid' };
  return { path: formatPath([...prefix, ...issue.path]), message: issue.message };
}
