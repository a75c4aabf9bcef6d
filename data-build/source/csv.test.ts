import { describe, expect, test } from 'vitest';
import { localizedCell, numberCell, parseCsvNumber, readCsv, textCell } from './csv.ts';
import { SourceFileError } from './errors.ts';
import { normalisePeriod } from './periods.ts';

const spec = { known: ['period', 'area', 'site', 'value', 'note_sv', 'note_en'], required: ['period', 'value'] };

function values(text: string) {
  const table = readCsv(text, 'observations/x.csv', spec);
  return table.rows.map((row) => ({
    line: row.line,
    period: textCell(row, 'period'),
    value: numberCell(table, row, 'value'),
    note: localizedCell(row, 'note'),
  }));
}

function failure(run: () => unknown): SourceFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceFileError) return error;
    throw error;
  }
  throw new Error('expected a SourceFileError');
}

describe('the CSV dialect reader', () => {
  test('Excel in Swedish: BOM, ";", decimal comma, CRLF, thousands separators (space and no-break space)', () => {
    const text = '\uFEFFperiod;area;value\r\n2021;alpha;12,5\r\n2022;alpha;1 234,5\r\n2023;alpha;1\u00a0234\r\n2024;alpha;-0,25\r\n';
    const table = readCsv(text, 'observations/x.csv', spec);
    expect(table.delimiter).toBe(';');
    expect(table.columns).toEqual(['period', 'area', 'value']);
    expect(values(text).map((row) => row.value)).toEqual([12.5, 1234.5, 1234, -0.25]);
  });

  test('"," with a decimal point; quoted fields with the delimiter, quotes and line breaks', () => {
    const text = 'period,value,note_sv,note_en\n2021,3.5,"Källa: SCB, tabell 4","He said ""hi""\nand left"\n2022,4,,\n';
    expect(values(text)).toEqual([
      { line: 2, period: '2021', value: 3.5, note: { sv: 'Källa: SCB, tabell 4', en: 'He said "hi"\nand left' } },
      { line: 4, period: '2022', value: 4, note: undefined },
    ]);
  });

  test('an empty cell is a missing value (null), never 0; blank lines are skipped', () => {
    expect(values('period;value\n2021;\n\n2022; \n2023;0\n').map((row) => [row.line, row.value])).toEqual([
      [2, null],
      [4, null],
      [5, 0],
    ]);
  });

  test('headers are matched case-insensitively and trimmed; unknown columns are ignored with a warning', () => {
    const table = readCsv(' Period ;VALUE; Colour \n2021;1;red\n', 'observations/x.csv', spec);
    expect(table.columns).toEqual(['period', 'value', 'colour']);
    expect(table.rows[0]?.cells.has('colour')).toBe(false);
    expect(table.warnings).toEqual(['observations/x.csv line 1, column 3: unknown column "Colour" ignored']);
  });

  test('a bad number is an error naming file, physical line and column', () => {
    const error = failure(() => values('period,note_sv,value\n2021,"two\nlines",1\n2022,x,1.2.3\n'));
    expect(error.message).toBe('observations/x.csv line 4, column 3 (value): "1.2.3" is not a number');
    expect(error).toMatchObject({ file: 'observations/x.csv', line: 4, column: '3 (value)' });
  });

  test('a decimal comma in a ","-file is an error that says why', () => {
    expect(failure(() => values('period,value\n2021,"12,5"\n')).message).toMatch(
      /line 2, column 2 \(value\): "12,5" is not a number \(a decimal comma is read only when the file uses ";"/,
    );
  });

  test('NaN-ish words are errors, not NaN or 0', () => {
    for (const word of ['NaN', '-', 'n/a', '..', '12 %', 'Infinity', '0x10']) {
      expect(failure(() => values(`period;value\n2021;${word}\n`)).message, word).toMatch(/line 2, column 2 \(value\)/);
    }
    // With ";" a comma is the decimal separator: 1,234 is 1.234 (Swedish), not a thousand.
    expect(values('period;value\n2021;1,234\n')[0]?.value).toBe(1.234);
  });

  test('a missing required column and a row with too many cells are errors on their line', () => {
    expect(failure(() => readCsv('period;area\n2021;a\n', 'observations/x.csv', spec)).message).toBe(
      'observations/x.csv line 1: the header has no column "value" (it has: period, area)',
    );
    expect(failure(() => readCsv('period,value\n2021,1,2\n', 'observations/x.csv', spec)).message).toMatch(
      /^observations\/x\.csv line 2: the row has 3 cells but the header names 2 columns/,
    );
  });

  test('parseCsvNumber', () => {
    expect(parseCsvNumber('1e3', ',')).toBe(1000);
    expect(parseCsvNumber('\u2212 5', ';')).toBeUndefined();
    expect(parseCsvNumber('\u22125', ';')).toBe(-5);
    expect(parseCsvNumber('12 345 678,9', ';')).toBe(12345678.9);
    expect(parseCsvNumber('12 34', ';')).toBeUndefined();
    expect(parseCsvNumber('', ';')).toBeNull();
  });
});

describe('periods', () => {
  test('quarters are stored as their first month; other forms as they are', () => {
    expect(normalisePeriod('2023-Q2')).toBe('2023-04');
    expect(normalisePeriod('2023Q4')).toBe('2023-10');
    expect(normalisePeriod('2023')).toBe('2023');
    expect(normalisePeriod('2023-04')).toBe('2023-04');
    expect(normalisePeriod('2023-04-15')).toBe('2023-04-15');
    expect(normalisePeriod('2023-02-30')).toBeUndefined();
    expect(normalisePeriod('2023-Q5')).toBeUndefined();
    expect(normalisePeriod(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
  });
});
