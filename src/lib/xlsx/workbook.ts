/**
 * A spreadsheet as plain data: what the Excel downloads hold, built by pure functions (the
 * feature builders and ./about-sheet.ts) and turned into write-excel-file's input here. The
 * writer itself is imported only when someone presses an Excel button (./write-workbook.ts).
 *
 * Why typed cells rather than raw values: the point of the Excel download is that Swedish Excel
 * reads it right — numbers must be number cells (never text), and periods such as "2019-03"
 * must be text cells with the text format "@", or Excel turns them into dates.
 */
import { withoutBinaryNoise } from '../../core/numbers';

export type XlsxCell =
  /** Text; also periods and identifiers, which Excel must not reinterpret. */
  | { kind: 'text'; value: string }
  /** A number shown with `decimals` decimals and a thousands separator; the value keeps full precision. */
  | { kind: 'number'; value: number; decimals: number }
  /** A ratio (0.397) shown as a percentage with one decimal (39,7 %); the value keeps full precision. */
  | { kind: 'percent'; value: number }
  /** No value: an empty cell, never 0. */
  | null;

export interface XlsxSheet {
  /** At most 31 characters, without []:*?/\ (Excel's rule). */
  name: string;
  /** The header row (first row, frozen). */
  headers: ReadonlyArray<string>;
  rows: ReadonlyArray<ReadonlyArray<XlsxCell>>;
  /** Whether the first row is a header (bold, frozen). Default true. */
  headerRow?: boolean;
}

export interface XlsxWorkbook {
  sheets: ReadonlyArray<XlsxSheet>;
}

export function text(value: string | null | undefined): XlsxCell {
  return value === null || value === undefined || value === '' ? null : { kind: 'text', value };
}

/** A number cell; computed values (a change, a mean) lose their float noise as in the CSV downloads. */
export function number(value: number | null | undefined, decimals: number): XlsxCell {
  return value === null || value === undefined || !Number.isFinite(value) ? null : { kind: 'number', value: withoutBinaryNoise(value), decimals };
}

export function percent(value: number | null | undefined): XlsxCell {
  return value === null || value === undefined || !Number.isFinite(value) ? null : { kind: 'percent', value: withoutBinaryNoise(value) };
}

/**
 * Excel number format codes are locale-independent: "," is the thousands separator and "." the
 * decimal mark in the code, and Excel shows them with the reader's own marks (1 234,5 in Swedish).
 */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export const PERCENT_FORMAT = '0.0%';
export const TEXT_FORMAT = '@';

/** Roughly how many characters a cell shows, to size its column. */
function shownLength(cell: XlsxCell): number {
  if (cell === null) return 0;
  if (cell.kind === 'text') return Math.max(...cell.value.split('\n').map((line) => line.length));
  if (cell.kind === 'percent') return (cell.value * 100).toFixed(1).length + 2;
  const digits = Math.trunc(Math.abs(cell.value)).toString().length;
  return digits + Math.floor((digits - 1) / 3) + (cell.decimals > 0 ? cell.decimals + 1 : 0) + (cell.value < 0 ? 1 : 0);
}

export const MIN_COLUMN_WIDTH = 8;
export const MAX_COLUMN_WIDTH = 60;

/** Column widths in characters: the widest cell or header plus a margin, within 8…60. */
export function columnWidths(sheet: XlsxSheet): number[] {
  return sheet.headers.map((header, column) => {
    const widest = Math.max(header.length, ...sheet.rows.map((row) => shownLength(row[column] ?? null)));
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
  });
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not empty. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' ? 'Sheet' : cleaned;
}

// ---- write-excel-file's input (structurally typed, so this module does not import the library) ----

export interface WriterCell {
  value?: string | number;
  type?: StringConstructor | NumberConstructor;
  format?: string;
  fontWeight?: 'bold';
  wrap?: boolean;
  alignVertical?: 'top';
  bottomBorderStyle?: 'thin';
}

export interface WriterSheet {
  sheet: string;
  data: Array<Array<WriterCell | null>>;
  columns: Array<{ width: number }>;
  stickyRowsCount?: number;
}

function writerCell(cell: XlsxCell): WriterCell | null {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'text':
      return { value: cell.value, type: String, format: TEXT_FORMAT, ...(cell.value.includes('\n') ? { wrap: true, alignVertical: 'top' as const } : {}) };
    case 'number':
      return { value: cell.value, type: Number, format: numberFormat(cell.decimals) };
    case 'percent':
      return { value: cell.value, type: Number, format: PERCENT_FORMAT };
  }
}

/** The sheets as write-excel-file takes them: bold, frozen header row, typed cells, column widths. */
export function toWriterSheets(workbook: XlsxWorkbook): WriterSheet[] {
  return workbook.sheets.map((sheet) => {
    const hasHeader = sheet.headerRow ?? true;
    const header = hasHeader
      ? [sheet.headers.map((value): WriterCell => ({ value, type: String, format: TEXT_FORMAT, fontWeight: 'bold', bottomBorderStyle: 'thin' }))]
      : [];
    return {
      sheet: safeSheetName(sheet.name),
      data: [...header, ...sheet.rows.map((row) => sheet.headers.map((_, column) => writerCell(row[column] ?? null)))],
      columns: columnWidths(sheet).map((width) => ({ width })),
      ...(hasHeader ? { stickyRowsCount: 1 } : {}),
    };
  });
}
