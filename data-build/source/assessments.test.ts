// @vitest-environment node
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { GoalsDocument } from '../../src/contract/schemas.ts';
import { buildFixture, makeFixture, readTree, type Fixture } from '../test/fixture.ts';
import { parseExpected } from './assessments.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

const build = () => buildFixture(fixture);

async function errorOf(): Promise<string> {
  const result = await build();
  expect(result.ok).toBe(false);
  return result.errors.join('\n');
}

const goalsOf = (dir: string) => (JSON.parse(readTree(dir).get('goals.json') ?? '') as GoalsDocument).goals;

const GOALS_WITH_RESPONSIBLE = [
  '- id: less-energy',
  '  title: Mindre energi',
  '  targets:',
  '    - { indicatorId: energy-use, areaId: alpha, responsible: Stadens energienhet, baseline: { period: "2015", value: 150 }, target: { period: "2025", value: 50 } }',
  '    - { indicatorId: secret-coverage, areaId: alpha, baseline: { period: "2015", value: 10 }, target: { period: "2025", value: 90 } }',
  '',
].join('\n');

test('expected accepts the contract words and the Swedish ones, in any case', () => {
  expect(['fully', 'Helt', 'delvis', 'EJ', 'inte', 'Nås delvis', 'partly', 'not'].map(parseExpected)).toEqual([
    'fully',
    'fully',
    'partly',
    'not',
    'not',
    'partly',
    'partly',
    'not',
  ]);
  expect(parseExpected('kanske')).toBeUndefined();
});

test('assessments.csv in the Swedish Excel dialect: attached newest first; an internal one only in the internal output', async () => {
  fixture = makeFixture();
  fixture.write('goals.yaml', GOALS_WITH_RESPONSIBLE);
  fixture.write(
    'assessments.csv',
    [
      '\uFEFFIndicator;Area;Date;Author;Expected;Text_sv;Text_en;Visibility',
      'energy-use;alpha;2025-03-01;Anna;delvis;"Går långsamt; mer krävs";Slow;',
      'energy-use;alpha;2025-11-30;Anna;helt;Snart klart;Nearly there;public',
      'energy-use;alpha;2025-12-01;Bo;inte;Internt utkast;;internal',
      'secret-coverage;alpha;2025-06-01;Bo;ej;Hemligt;;',
      '',
    ].join('\r\n'),
  );
  const result = await build();
  expect(result.errors).toEqual([]);
  const [publicGoal] = goalsOf(fixture.out);
  expect(publicGoal?.targets).toHaveLength(1);
  expect(publicGoal?.targets[0]?.responsible).toEqual({ sv: 'Stadens energienhet' });
  expect(publicGoal?.targets[0]?.assessments).toEqual([
    { date: '2025-11-30', author: 'Anna', expected: 'fully', text: { sv: 'Snart klart', en: 'Nearly there' }, visibility: 'public' },
    { date: '2025-03-01', author: 'Anna', expected: 'partly', text: { sv: 'Går långsamt; mer krävs', en: 'Slow' }, visibility: 'public' },
  ]);
  expect(readTree(fixture.out).get('goals.json')).not.toContain('Internt utkast');
  // The internal output repeats the public target with its internal assessment only, and has the internal indicator's target whole.
  const internalTargets = goalsOf(fixture.internal)[0]?.targets ?? [];
  expect(internalTargets.map((target) => [target.indicatorId, target.assessments?.map((a) => [a.author, a.visibility])])).toEqual([
    ['energy-use', [['Bo', 'internal']]],
    ['secret-coverage', [['Bo', 'public']]],
  ]);
});

test('an unknown target, a date after the build date and an unknown expected name file, line and column', async () => {
  fixture = makeFixture();
  const header = 'indicator,area,date,author,expected,text_sv,text_en,visibility';
  fixture.write('assessments.csv', `${header}\nenergy-use,alpha,2025-03-01,Anna,partly,Text,,\nenergy-use,beta,2025-03-01,Anna,partly,Text,,\n`);
  expect(await errorOf()).toBe('assessments.csv line 3, column 1 (indicator): no target for indicator "energy-use" in area "beta" in the goals file');
  fixture.write('assessments.csv', `${header}\nenergy-use,alpha,2026-02-01,Anna,partly,Text,,\n`);
  expect(await errorOf()).toBe(
    'assessments.csv line 2, column 3 (date): 2026-02-01 is after the build date 2026-01-15: an assessment cannot be dated in the future',
  );
  fixture.write('assessments.csv', `${header}\nenergy-use,alpha,2025-02-01,Anna,kanske,Text,,\n`);
  expect(await errorOf()).toBe('assessments.csv line 2, column 5 (expected): expected "kanske" must be one of fully, partly, not (or helt, delvis, ej, inte)');
  fixture.write('assessments.csv', `${header}\nenergy-use,alpha,2025-02-30,Anna,helt,Text,,\n`);
  expect(await errorOf()).toBe('assessments.csv line 2, column 3 (date): "2025-02-30" is not a date (YYYY-MM-DD)');
});

test('assessments.xlsx: dates typed as dates; errors name the sheet, row and column letter', async () => {
  fixture = makeFixture();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Bedömningar');
  sheet.addRow(['indicator', 'area', 'date', 'author', 'expected', 'text_sv', 'text_en']);
  sheet.addRow(['energy-use', 'alpha', new Date(Date.UTC(2025, 9, 2)), 'Anna', 'Delvis', 'Text', 'Text']);
  await workbook.xlsx.writeFile(join(fixture.source, 'assessments.xlsx'));
  const result = await build();
  expect(result.errors).toEqual([]);
  expect(goalsOf(fixture.out)[0]?.targets[0]?.assessments).toEqual([
    { date: '2025-10-02', author: 'Anna', expected: 'partly', text: { sv: 'Text', en: 'Text' }, visibility: 'public' },
  ]);
  sheet.addRow(['energy-use', 'alpha', '2025-10-03', 'Anna', 'kanske', 'Text', null]);
  await workbook.xlsx.writeFile(join(fixture.source, 'assessments.xlsx'));
  expect(await errorOf()).toBe(
    'assessments.xlsx [Bedömningar] line 3, column E (expected): expected "kanske" must be one of fully, partly, not (or helt, delvis, ej, inte)',
  );
});
