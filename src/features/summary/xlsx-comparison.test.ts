// @vitest-environment node
import { expect, test } from 'vitest';
import { createDatasetFixture, TEST_TODAY } from '../../../mocks/fixtures/dataset';
import { readWorkbook, values } from '../../../tests/xlsx-reader';
import type { ObservationsDocument } from '../../contract/documents';
import { parseAreas, parseGoals, parseIndicators, parseMeta, parseObservations } from '../../contract/documents';
import { workbookBlob } from '../../lib/xlsx/write-workbook';
import { buildScorecard } from './scorecard';
import { comparisonLines, comparisonRecords, comparisonWorkbook } from './xlsx-comparison';
import { withoutBinaryNoise } from '../../core/numbers';

const fixture = createDatasetFixture();
const meta = parseMeta(fixture.meta);
const indicators = parseIndicators(fixture.indicators).data.filter((indicator) => indicator.visibility === 'public');
const observations = new Map<string, ObservationsDocument>(
  Object.entries(fixture.observations).map(([id, document]) => [id, parseObservations(document, id).data]),
);
const scorecard = buildScorecard({ goals: parseGoals(fixture.goals).data, indicators, areas: parseAreas(fixture.areas).data, observations, today: TEST_TODAY });

test('one line per goal, indicator and district, in the order of the cards', () => {
  const lines = comparisonLines(scorecard, 'absolute');
  const cells = scorecard.goals.flatMap((goal) => goal.rows.flatMap((row) => row.cells.map((cell) => `${goal.goal.id}/${row.indicator.id}/${cell.area.id}`)));
  expect(lines.map((line) => `${line.goal.goal.id}/${line.row.indicator.id}/${line.cell.area.id}`)).toEqual(cells);
});

test('CSV records keep full precision and stable keys; per-resident values are divided as the cards show', () => {
  const records = comparisonRecords(comparisonLines(scorecard, 'per-resident'), 'per-resident', 'en');
  const homes = records.find((record) => record.indicator_id === 'homes-completed' && record.area_id === 'alpha');
  expect(homes).toMatchObject({ comparison: 'per-resident', compared_unit: 'homes per 1,000 residents', status_label: 'Achieved' });
  expect(homes?.compared_value).toBeCloseTo(((homes?.latest_value as number) / 12_000) * 1000, 10);
  // A share is not divided.
  const share = records.find((record) => record.indicator_id === 'ev-charging-share' && record.area_id === 'beta');
  expect(share?.compared_value).toBe(share?.latest_value);
});

test('the workbook opened with an independent reader: the lines as number cells, status words, percentages, About sheet', async () => {
  const workbook = comparisonWorkbook({
    scorecard,
    mode: 'per-resident',
    modeLabel: 'Per 1 000 invånare',
    domainLabel: 'Alla ämnen',
    meta,
    language: 'sv',
    viewUrl: 'https://dash.example/sv/summary?compare=per-resident',
    downloaded: TEST_TODAY,
  });
  const [data, about] = await readWorkbook(await workbookBlob(workbook));
  if (!data || !about) throw new Error('expected two sheets');
  expect(data.name).toBe('Jämförelse');
  expect(data.frozenRows).toBe(1);
  const [header = [], ...body] = values(data);
  expect(header).toContain('Jämfört värde: per 1 000 invånare');
  expect(header).toContain('Framsteg mot målet (%)');
  const records = comparisonRecords(comparisonLines(scorecard, 'per-resident'), 'per-resident', 'sv');
  expect(body).toHaveLength(records.length);
  const column = (name: string) => header.indexOf(name);
  data.rows.slice(1).forEach((row, index) => {
    const record = records[index];
    expect(row[column('Indikator')]?.value).toBe(record?.indicator);
    expect(row[column('Stadsdel')]?.value).toBe(record?.district);
    if (record?.latest_value !== null) expect(row[column('Senaste värde (i enheten)')]).toMatchObject({ type: 'number', value: record?.latest_value });
    if (record?.progress !== null)
      expect(row[column('Framsteg mot målet (%)')]).toMatchObject({ type: 'number', value: withoutBinaryNoise(Number(record?.progress ?? 0)), numFmt: '0.0%' });
    expect(row[column('Status')]?.value).toBe(record?.status_label ?? 'Inget mål');
  });
  expect(values(about).find((line) => line[0] === 'Första bladet visar')?.[1]).toBe(
    `De gemensamma målen per indikator och stadsdel (Alla ämnen, per 1 000 invånare): ${records.length} rader.`,
  );
  expect(values(about).find((line) => line[0] === 'Länk till samma vy')?.[1]).toBe('https://dash.example/sv/summary?compare=per-resident');
});
