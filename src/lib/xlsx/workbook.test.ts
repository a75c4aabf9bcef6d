// @vitest-environment node
import { expect, test } from 'vitest';
import { readWorkbook } from '../../../tests/xlsx-reader';
import { columnWidths, number, numberFormat, percent, safeSheetName, text, toWriterSheets, type XlsxWorkbook } from './workbook';
import { workbookBlob } from './write-workbook';

const workbook: XlsxWorkbook = {
  sheets: [
    {
      name: 'Värden',
      headers: ['period', 'value', 'Framsteg (%)', 'Anteckning'],
      rows: [
        [text('2019-03'), number(1234.5678, 1), percent(0.397004473838), text('=1+1')],
        [text('2020'), number(null, 1), percent(undefined), text('')],
        [text('0012'), number(-3, 0), percent(1.25), text('Källa: Åtgärd')],
      ],
    },
    { name: 'Om datan', headers: ['Uppgift', 'Innehåll'], rows: [[text('Licens'), text('CC BY 4.0')]] },
  ],
};

test('number formats are Excel codes that Swedish Excel shows with its own marks', () => {
  expect(numberFormat(0)).toBe('#,##0');
  expect(numberFormat(2)).toBe('#,##0.00');
});

test('empty and non-finite values are empty cells, never 0 or text', () => {
  expect(number(null, 1)).toBeNull();
  expect(number(Number.NaN, 1)).toBeNull();
  expect(percent(undefined)).toBeNull();
  expect(text('')).toBeNull();
});

test('columns are as wide as their widest cell, within limits', () => {
  const widths = columnWidths({ name: 's', headers: ['a', 'a much longer header text'], rows: [[text('x'.repeat(200)), number(1234567.5, 1)]] });
  expect(widths).toEqual([60, 'a much longer header text'.length + 2]);
});

test('sheet names follow Excel’s rules', () => {
  expect(safeSheetName('Data: 2019/2020 [alla]')).toBe('Data  2019 2020  alla');
  expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
  expect(safeSheetName('  ')).toBe('Sheet');
});

test('the writer gets a bold frozen header row and typed cells', () => {
  const [sheet] = toWriterSheets(workbook);
  expect(sheet?.stickyRowsCount).toBe(1);
  expect(sheet?.data[0]?.[0]).toMatchObject({ value: 'period', fontWeight: 'bold' });
  expect(sheet?.data[1]?.[1]).toEqual({ value: 1234.5678, type: Number, format: '#,##0.0' });
  expect(sheet?.data[1]?.[2]).toEqual({ value: 0.397004473838, type: Number, format: '0.0%' });
  expect(sheet?.data[1]?.[0]).toEqual({ value: '2019-03', type: String, format: '@' });
});

test('an independent reader finds number cells, text periods, percentages, a frozen header and both sheets', async () => {
  const sheets = await readWorkbook(await workbookBlob(workbook));
  expect(sheets.map((sheet) => sheet.name)).toEqual(['Värden', 'Om datan']);
  const [data] = sheets;
  if (!data) throw new Error('no sheet');
  expect(data.frozenRows).toBe(1);
  expect(data.rows[0]?.map((cell) => [cell.value, cell.bold])).toEqual([
    ['period', true],
    ['value', true],
    ['Framsteg (%)', true],
    ['Anteckning', true],
  ]);
  const [first, second, third] = data.rows.slice(1);
  // Periods stay text (Excel would turn 2019-03 into a date and 0012 into 12).
  expect(first?.[0]).toMatchObject({ type: 'string', value: '2019-03', numFmt: '@' });
  expect(third?.[0]).toMatchObject({ type: 'string', value: '0012' });
  // Numbers are numbers with full precision; the format decides what is shown.
  expect(first?.[1]).toMatchObject({ type: 'number', value: 1234.5678, numFmt: '#,##0.0' });
  expect(first?.[2]).toMatchObject({ type: 'number', value: 0.397004473838, numFmt: '0.0%' });
  expect(third?.[1]).toMatchObject({ type: 'number', value: -3 });
  // A formula-like text is a text cell, never a formula.
  expect(first?.[3]).toMatchObject({ type: 'string', value: '=1+1' });
  // Missing values are empty cells.
  expect(second?.slice(1).map((cell) => cell.type)).toEqual(['empty', 'empty', 'empty']);
  expect(data.widths.every((width) => width !== undefined && width >= 8)).toBe(true);
});
