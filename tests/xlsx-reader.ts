/**
 * Test helper: opens an .xlsx with an independent reader (exceljs, not the writer we ship) and
 * returns each sheet as typed cells, so tests can check that numbers are number cells, text is
 * text, and which number format Excel will show.
 */
import ExcelJS from 'exceljs';

export interface ReadCell {
  type: 'number' | 'string' | 'empty' | 'other';
  value: unknown;
  numFmt: string | undefined;
  bold: boolean;
}

export interface ReadSheet {
  name: string;
  /** Rows from the first, each cell by column (1-based columns mapped to 0-based indexes). */
  rows: ReadCell[][];
  frozenRows: number;
  widths: Array<number | undefined>;
}

function readCell(cell: ExcelJS.Cell): ReadCell {
  const type =
    cell.type === ExcelJS.ValueType.Number
      ? 'number'
      : cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.SharedString
        ? 'string'
        : cell.type === ExcelJS.ValueType.Null
          ? 'empty'
          : 'other';
  return { type, value: cell.value, numFmt: cell.numFmt || undefined, bold: Boolean(cell.font?.bold) };
}

export async function readWorkbook(data: Blob | ArrayBuffer | Uint8Array): Promise<ReadSheet[]> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const columnCount = sheet.columnCount;
    const rows: ReadCell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      rows.push(Array.from({ length: columnCount }, (_, c) => readCell(row.getCell(c + 1))));
    }
    const view = sheet.views[0];
    return {
      name: sheet.name,
      rows,
      frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
      widths: Array.from({ length: columnCount }, (_, c) => sheet.getColumn(c + 1).width),
    };
  });
}

/** The values of a sheet's rows (empty cells as null). */
export function values(sheet: ReadSheet): unknown[][] {
  return sheet.rows.map((row) => row.map((cell) => (cell.type === 'empty' ? null : cell.value)));
}
