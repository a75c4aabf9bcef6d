/**
 * The one CSV dialect reader of the source folder (docs/sources.md, "CSV, as people really write
 * it"): UTF-8 with or without a BOM, `\n` or `\r\n`, RFC 4180 quotes (papaparse underneath),
 * `,` or `;` detected from the header line, decimal comma with `;`, space / no-break space
 * thousands separators, empty = null, headers matched case-insensitively and trimmed, unknown
 * columns ignored with a warning. Errors name file, physical line (header = line 1) and column.
 */
import Papa from 'papaparse';
import { SourceFileError } from './errors.ts';

export type Delimiter = ',' | ';';

export interface CsvRow {
  /** Physical line where the row starts (the header is line 1). */
  line: number;
  /** Trimmed cells by lower-case column name; a column the row does not reach is ''. */
  cells: ReadonlyMap<string, string>;
}

export interface CsvTable {
  file: string;
  delimiter: Delimiter;
  /** Lower-case, trimmed header names, in file order. */
  columns: string[];
  rows: CsvRow[];
  warnings: string[];
}

export interface CsvSpec {
  /** Every column the file may have (lower case). Others are ignored with a warning. */
  known: ReadonlyArray<string>;
  /** Columns that must be present. */
  required?: ReadonlyArray<string>;
}

/** `,` or `;`, whichever occurs more often outside quotes in the header line (`,` on a tie). */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/** Reads a CSV text; `file` (relative to the source folder) is named in every error. */
export function readCsv(text: string, file: string, spec: CsvSpec): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  const records: Array<{ line: number; data: string[] }> = [];
  let previousEnd = 0;
  let failure: SourceFileError | undefined;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: body.includes('\r\n') ? '\r\n' : '\n',
    quoteChar: '"',
    step: (result, parser) => {
      // papaparse's cursor is the offset where the next row starts, so the lines before it are
      // the newlines before it (quoted line breaks included).
      const line = countNewlines(body, previousEnd) + 1;
      const error = result.errors[0];
      if (error) {
        failure = new SourceFileError(file, `${error.message} (CSV ${error.code})`, { line });
        parser.abort();
        return;
      }
      records.push({ line, data: result.data });
      previousEnd = result.meta.cursor;
    },
  });
  if (failure) throw failure;

  const [header, ...rest] = records;
  if (!header || header.data.every((cell) => cell.trim() === ''))
    throw new SourceFileError(file, 'the file is empty: the first line must name the columns', { line: 1 });
  const columns = header.data.map((name) => name.trim().toLowerCase());
  const warnings: string[] = [];
  const known = new Set(spec.known);
  columns.forEach((name, index) => {
    if (name === '') return;
    if (!known.has(name)) warnings.push(`${file} line 1, column ${index + 1}: unknown column "${header.data[index]?.trim()}" ignored`);
    if (columns.indexOf(name) !== index) throw new SourceFileError(file, `column "${name}" appears twice`, { line: 1, column: `${index + 1}` });
  });
  for (const name of spec.required ?? []) {
    if (!columns.includes(name))
      throw new SourceFileError(file, `the header has no column "${name}" (it has: ${columns.filter(Boolean).join(', ')})`, { line: 1 });
  }

  const rows: CsvRow[] = [];
  for (const record of rest) {
    if (record.data.every((cell) => cell.trim() === '')) continue; // blank line
    if (record.data.length > columns.length && record.data.slice(columns.length).some((cell) => cell.trim() !== '')) {
      throw new SourceFileError(
        file,
        `the row has ${record.data.length} cells but the header names ${columns.length} columns (a ${delimiter === ';' ? 'semicolon' : 'comma'} in a value must be inside quotes)`,
        {
          line: record.line,
        },
      );
    }
    const cells = new Map<string, string>();
    columns.forEach((name, index) => {
      if (name !== '' && known.has(name)) cells.set(name, (record.data[index] ?? '').trim());
    });
    rows.push({ line: record.line, cells });
  }
  return { file, delimiter, columns, rows, warnings };
}

/** Where a cell is, for errors: `4 (value)`. */
export function columnLabel(table: Pick<CsvTable, 'columns'>, name: string): string {
  return `${table.columns.indexOf(name) + 1} (${name})`;
}

const GROUP_SEPARATORS = '[ \\u00a0\\u202f]';
const MINUS = '[-\\u2212]';

/**
 * A number as people write it: `12.5`, `-3`, `1e3`; with `;` as delimiter also `12,5`; and with
 * a space or (narrow) no-break space between groups of three digits, `1 234,5`. Empty → null.
 * Anything else → undefined (the caller names file, line and column).
 */
export function parseCsvNumber(raw: string, delimiter: Delimiter): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  const decimal = delimiter === ';' ? '[.,]' : '\\.';
  const plain = new RegExp(`^(?:\\+|${MINUS})?\\d+(?:${decimal}\\d+)?(?:[eE][-+]?\\d+)?$`);
  const grouped = new RegExp(`^(?:\\+|${MINUS})?\\d{1,3}(?:${GROUP_SEPARATORS}\\d{3})+(?:${decimal}\\d+)?$`);
  if (!plain.test(text) && !grouped.test(text)) return undefined;
  const normalised = text.replace(new RegExp(GROUP_SEPARATORS, 'g'), '').replace(',', '.').replace('\u2212', '-');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** A number cell, or a SourceFileError naming file, line and column. */
export function numberCell(table: CsvTable, row: CsvRow, name: string): number | null {
  const raw = row.cells.get(name) ?? '';
  const value = parseCsvNumber(raw, table.delimiter);
  if (value === undefined) {
    const hint = table.delimiter === ',' && /^\d+,\d+$/.test(raw.trim()) ? ' (a decimal comma is read only when the file uses ";" between columns)' : '';
    throw new SourceFileError(table.file, `"${raw}" is not a number${hint}`, { line: row.line, column: columnLabel(table, name) });
  }
  return value;
}

/** A text cell, undefined when empty or absent. */
export function textCell(row: CsvRow, name: string): string | undefined {
  const value = row.cells.get(name);
  return value === undefined || value === '' ? undefined : value;
}

/** `name_sv` / `name_en` → `{ sv, en }`, undefined when both are empty. */
export function localizedCell(row: CsvRow, name: string): { sv?: string; en?: string } | undefined {
  const sv = textCell(row, `${name}_sv`);
  const en = textCell(row, `${name}_en`);
  if (sv === undefined && en === undefined) return undefined;
  return { ...(sv === undefined ? {} : { sv }), ...(en === undefined ? {} : { en }) };
}
