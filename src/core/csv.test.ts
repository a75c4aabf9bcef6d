// @vitest-environment node
import { expect, test } from 'vitest';
import { CSV_BOM, recordsToCsv, writeCsv } from './csv';

test('RFC 4180, comma, CRLF after every record, a byte-order mark, formulae escaped, numbers as numbers', () => {
  const text = writeCsv(
    ['name', 'value', 'note'],
    [
      ['Årsta, södra', 1.5, '=SUM(A1)'],
      ['"Citat"', null, 'rad ett\nrad två'],
      ['-5', -5, true],
    ],
  );
  expect(text.startsWith(CSV_BOM)).toBe(true);
  expect(text.slice(1)).toBe(['name,value,note', '"Årsta, södra",1.5,"\'=SUM(A1)"', '"""Citat""",,"rad ett\nrad två"', '"\'-5",-5,true', ''].join('\r\n'));
});

test('records by column, missing keys empty; the same bytes as writeCsv', () => {
  const records = [{ a: 'x', b: 2 }, { a: 'y' }];
  expect(recordsToCsv(records, ['a', 'b'])).toBe(
    writeCsv(
      ['a', 'b'],
      [
        ['x', 2],
        ['y', null],
      ],
    ),
  );
  expect(recordsToCsv(records)).toBe(
    writeCsv(
      ['a', 'b'],
      [
        ['x', 2],
        ['y', null],
      ],
    ),
  );
});
