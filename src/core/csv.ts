/**
 * The one CSV writer of the project: the app's downloads and the data build's zip write their
 * tables through it, so the same rows give the same bytes wherever they are written.
 *
 * RFC 4180 with a comma, CRLF after every record (the last included), a header row, and a
 * UTF-8 byte-order mark: Excel reads a file without one in the reader's legacy code page and
 * garbles "Å"; R, pandas and Python's csv module (`encoding="utf-8-sig"`) skip it. Numbers are
 * written as JavaScript writes them (decimal point); text a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) is prefixed with `'` (papaparse's `escapeFormulae`).
 *
 * Pure (no DOM). papaparse is imported statically here, so the browser loads this module on
 * demand only (src/lib/downloads/files.ts imports it when someone asks for a CSV).
 */
import * as papaparse from 'papaparse';

export type CsvCell = string | number | boolean | null;

export const CSV_BOM = '\uFEFF';

// papaparse is a UMD bundle: under Node's ESM loader its functions sit on `default`.
const unparse: typeof papaparse.unparse = papaparse.unparse ?? (papaparse as unknown as { default: typeof papaparse }).default.unparse;

export function writeCsv(columns: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const text = unparse({ fields: [...columns], data: rows.map((row) => [...row]) }, { newline: '\r\n', escapeFormulae: true });
  return `${CSV_BOM}${text}\r\n`;
}

/** Records (one object per row) in the given column order, else the first record's keys; a missing key is an empty cell. */
export function recordsToCsv(records: ReadonlyArray<Readonly<Record<string, CsvCell | undefined>>>, columns?: ReadonlyArray<string>): string {
  const fields = columns ?? Object.keys(records[0] ?? {});
  return writeCsv(
    fields,
    records.map((record) => fields.map((field) => record[field] ?? null)),
  );
}
