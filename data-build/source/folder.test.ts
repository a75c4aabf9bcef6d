import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { ObservationsDocument } from '../../src/contract/schemas.ts';
import { buildFixture, makeFixture, readTree, type Fixture } from '../test/fixture.ts';
import { readSourceFolder } from './folder.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

const build = () => buildFixture(fixture);

async function errorOf(): Promise<string> {
  const result = await build();
  expect(result.ok).toBe(false);
  return result.errors.join('\n');
}

test('sites.csv: a latitude out of range and apparently swapped coordinates are errors on their line and column', async () => {
  fixture = makeFixture();
  fixture.write(
    'sites.csv',
    'id,area,name_sv,domain,kind,status,lat,lon\nok,alpha,A,energy,solar,completed,59.305,18.01\nbad,alpha,B,energy,solar,completed,18.01,59.305\n',
  );
  expect(await errorOf()).toBe(
    'sites.csv line 3, column 7 (lat): lat 18.01, lon 59.305 look swapped: the point is far from every area, but read the other way round it lies among them',
  );
  fixture.write('sites.csv', 'id;area;lat;lon\nbad;alpha;95,5;18\n');
  expect(await errorOf()).toBe('sites.csv line 2, column 3 (lat): latitude 95.5 is outside -90…90 (are lat and lon swapped?)');
});

test('a YAML syntax error names the file, line and column', async () => {
  fixture = makeFixture();
  fixture.write('goals.yaml', '- id: g\n  title: [unclosed\n');
  expect(await errorOf()).toMatch(/^goals\.yaml line \d+, column \d+: /);
});

test('.yaml files may be JSON; text fields may be plain strings (Swedish)', async () => {
  fixture = makeFixture();
  fixture.write('goals.yaml', JSON.stringify([{ id: 'g', title: 'Mål', targets: [] }]));
  const dataset = await readSourceFolder(fixture.source);
  expect(dataset.goals).toEqual([{ id: 'g', title: { sv: 'Mål' }, targets: [] }]);
  expect(dataset.timeZone).toBe('Europe/Stockholm');
  expect(dataset.endpoints).toEqual({ kolada: 'http://127.0.0.1:9/kolada/v3', pxweb: 'https://statistikdatabasen.scb.se/api/v2' });
});

test('an xlsx input reads the same columns from a sheet; dates typed as dates are read as dates', async () => {
  fixture = makeFixture();
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRow(['not this sheet']);
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['Period', 'Area', 'Value', 'Quality', 'Note_sv']);
  sheet.addRow([new Date(Date.UTC(2024, 0, 31)), 'alpha', 12.5, 'measured', 'Källa: mätare']);
  sheet.addRow(['2024-Q2', 'alpha', '1 234,5', 'estimated', null]);
  sheet.addRow([2023, 'alpha', null, null, null]);
  await workbook.xlsx.writeFile(join(fixture.source, 'observations', 'meters.xlsx'));
  fixture.write(
    'indicators.yaml',
    '- { id: energy-use, domain: energy, name: E, unit: kWh, direction: decrease, decimals: 0, frequency: monthly, visibility: public, source: { name: S }, input: { kind: xlsx, file: observations/meters.xlsx, sheet: Data } }\n',
  );
  fixture.write('goals.yaml', '[]\n');
  fixture.write('sites.csv', 'id,area,lat,lon\n');
  const result = await build();
  expect(result.errors).toEqual([]);
  const doc = JSON.parse(readTree(fixture.out).get('observations/energy-use.json') ?? '') as ObservationsDocument;
  expect(doc.series).toEqual([
    {
      areaId: 'alpha',
      points: [
        { period: '2023', value: null },
        { period: '2024-01', value: 12.5, quality: 'measured', note: { sv: 'Källa: mätare' } },
        { period: '2024-04', value: 1234.5, quality: 'estimated' },
      ],
    },
  ]);
});

test('an xlsx cell that is not a number is an error naming file, sheet, row and column', async () => {
  fixture = makeFixture();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  sheet.addRow(['period', 'area', 'value']);
  sheet.addRow(['2024', 'alpha', 'saknas']);
  await workbook.xlsx.writeFile(join(fixture.source, 'observations', 'x.xlsx'));
  fixture.write(
    'indicators.yaml',
    '- { id: energy-use, domain: energy, name: E, unit: kWh, direction: decrease, decimals: 0, frequency: annual, visibility: public, source: { name: S }, input: { kind: xlsx, file: observations/x.xlsx } }\n',
  );
  fixture.write('goals.yaml', '[]\n');
  expect(await errorOf()).toBe('observations/x.xlsx [Blad1] line 2, column C (value): "saknas" is not a number');
});

test('a repeated period in one series is an error naming both lines', async () => {
  fixture = makeFixture();
  fixture.write('observations/secret-coverage.csv', 'period,area,value\n2015,alpha,10\n2015-Q1,alpha,1\n2015,alpha,11\n');
  expect(await errorOf()).toBe('observations/secret-coverage.csv line 4: period 2015 for area "alpha" is already given on line 2');
});
