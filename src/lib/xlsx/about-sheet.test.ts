import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../mocks/fixtures/dataset';
import { parseMeta } from '../../contract/documents';
import { aboutSheet } from './about-sheet';

const meta = parseMeta(createDatasetFixture().meta);
const downloaded = new Date('2026-06-01T12:00:00Z');

function lines(sheet: ReturnType<typeof aboutSheet>) {
  return sheet.rows.map((row) => row.map((cell) => (cell?.kind === 'text' ? cell.value : null)));
}

test('"Om datan" holds contents, source, licence, update date, the sample note, citation and the link', () => {
  const sheet = aboutSheet({
    meta,
    language: 'sv',
    contents: 'Indikatorer per stadsdel',
    sources: [{ name: 'Testkällan energi', url: 'https://example.org/energy' }, { name: 'Testkällan sol' }],
    viewUrl: 'https://dash.example/indicators?domain=energy',
    downloaded,
    extra: [['Enhet för kolumnen value', 'kWh/m² och år']],
  });
  expect(sheet.name).toBe('Om datan');
  expect(sheet.headers).toEqual(['Uppgift', 'Innehåll']);
  expect(lines(sheet)).toEqual([
    ['Första bladet visar', 'Indikatorer per stadsdel'],
    ['Datamängd', 'Testdata för två stadsdelar'],
    ['Utgivare', 'Testförvaltningen (https://example.org/publisher)'],
    ['Källa', 'Testkällan energi (https://example.org/energy)'],
    ['Källa', 'Testkällan sol'],
    ['Licens', 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)'],
    ['Datan uppdaterad', '20 maj 2026'],
    ['Nedladdad', '1 juni 2026'],
    ['Obs! Exempeldata', 'Alla värden i testdatan är påhittade.'],
    ['Enhet för kolumnen value', 'kWh/m² och år'],
    // The same citation as the cite block (src/core/citation.ts); without meta.url it points at the view.
    [
      'Citera så här',
      'Testförvaltningen (2026). Testdata för två stadsdelar [datamängd], version 2026-05-20. https://dash.example/indicators?domain=energy. Licens: CC BY 4.0.',
    ],
    ['Länk till samma vy', 'https://dash.example/indicators?domain=energy'],
  ]);
});

test('"About the data" is in English, and has no sample line for published data', () => {
  const sheet = aboutSheet({
    meta: { ...meta, isSample: false },
    language: 'en',
    contents: 'x',
    sources: [],
    viewUrl: 'https://dash.example/en/summary',
    downloaded,
  });
  expect(sheet.name).toBe('About the data');
  const labels = lines(sheet).map((row) => row[0]);
  expect(labels).toEqual(['The first sheet shows', 'Dataset', 'Publisher', 'Licence', 'Data updated', 'Downloaded', 'How to cite', 'Link to the same view']);
});
