import { expect, test } from 'vitest';
import { SOURCE_COLUMN_HEADERS, SOURCE_COLUMNS, sourceColumnOf } from './observation-columns';

test('every source column has a header in each language, and each header reads back as its column', () => {
  for (const language of ['sv', 'en'] as const) {
    for (const column of SOURCE_COLUMNS) expect(sourceColumnOf(` ${SOURCE_COLUMN_HEADERS[language][column].toUpperCase()} `)).toBe(column);
  }
  expect(sourceColumnOf('Stadsdelens namn')).toBeUndefined();
});
