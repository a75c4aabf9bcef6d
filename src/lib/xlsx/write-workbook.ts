/**
 * The thin, lazy seam to the Excel writer: write-excel-file is imported only when this runs
 * (someone pressed an Excel button), so it never reaches a route's critical path. Everything
 * the file holds is decided by the pure builders and ./workbook.ts.
 */
import { toWriterSheets, type XlsxWorkbook } from './workbook';

export async function workbookBlob(workbook: XlsxWorkbook): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(toWriterSheets(workbook)).toBlob();
}
