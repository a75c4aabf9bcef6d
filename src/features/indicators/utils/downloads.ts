/**
 * Downloads built in the browser. The CSV library (papaparse) is imported on demand, so it is
 * fetched only when someone asks for a CSV and stays out of the pages' own JavaScript.
 */
import type { DownloadRecord } from './catalogue';

/**
 * CSV text (RFC 4180, comma, CRLF) with a byte-order mark so spreadsheet programs read Å, Ä and
 * Ö correctly. Cells that a spreadsheet would run as a formula (=, +, -, @ at the start of a
 * text) are escaped by papaparse; numbers are left as numbers.
 */
export async function toCsv(records: ReadonlyArray<DownloadRecord>, columns?: ReadonlyArray<string>): Promise<string> {
  const papa = await import('papaparse');
  const unparse = papa.unparse ?? papa.default.unparse;
  const fields = columns ?? Object.keys(records[0] ?? {});
  return `\uFEFF${unparse({ fields: [...fields], data: records.map((record) => fields.map((field) => record[field] ?? null)) }, { newline: '\r\n', escapeFormulae: true })}`;
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Saves text as a file through a temporary object URL. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
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

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json;charset=utf-8';
