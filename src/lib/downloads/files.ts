/**
 * Downloads built in the browser, shared by every view that offers them. The CSV library
 * (papaparse) and the Excel writer are imported on demand, so they are fetched only when
 * someone asks for that file and stay out of the pages' own JavaScript.
 */

/** One row of a CSV/JSON download: stable English keys, plain values (numbers are JSON numbers). */
export type DownloadRecord = Record<string, string | number | boolean | null>;

/**
 * CSV text through the project's one CSV writer (src/core/csv.ts: RFC 4180, comma, CRLF, a
 * byte-order mark so spreadsheet programs read Å, Ä and Ö, formulae escaped), the same bytes
 * as the CSV files in the data build's zip. The writer and papaparse load on demand.
 */
export async function toCsv(
  records: ReadonlyArray<Readonly<Record<string, string | number | boolean | null | undefined>>>,
  columns?: ReadonlyArray<string>,
): Promise<string> {
  const { recordsToCsv } = await import('../../core/csv');
  return recordsToCsv(records, columns);
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Saves a blob as a file through a temporary object URL. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  saveBlob(fileName, new Blob([text], { type }));
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json;charset=utf-8';
