/**
 * Typed errors for one data document. Every error names the document (e.g. `goals.json`) so the
 * view that fails can say which file is broken; the rest of the dashboard keeps working.
 */
export type DataErrorKind = 'http' | 'network' | 'invalid-json' | 'schema' | 'unsupported-version';

export class DataDocumentError extends Error {
  readonly kind: DataErrorKind;
  readonly documentName: string;
  /** Where the first problem is, e.g. `indicators[3].direction`; empty for the whole document. */
  readonly path: string;
  readonly status: number | undefined;
  /** The problem without the document name, for UIs that show the name separately. */
  readonly detail: string;

  constructor(kind: DataErrorKind, documentName: string, detail: string, options: { path?: string; status?: number; cause?: unknown } = {}) {
    super(`${documentName}: ${detail}`, { cause: options.cause });
    this.name = 'DataDocumentError';
    this.kind = kind;
    this.documentName = documentName;
    this.path = options.path ?? '';
    this.status = options.status;
    this.detail = detail;
  }
}

export function isDataDocumentError(error: unknown): error is DataDocumentError {
  return error instanceof DataDocumentError;
}
