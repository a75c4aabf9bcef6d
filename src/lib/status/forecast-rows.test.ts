/**
 * The forecast every view that shows one takes from withForecasts over buildIndicatorAreaRows, for the embedded dataset
 * (public/data/v1): achieved targets get none, the others the rule's verdict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseAreas, parseGoals, parseIndicators, parseObservations } from '../../contract/documents';
import { buildIndicatorAreaRows } from '../../core/indicator-rows';
import { withForecasts } from '../../core/row-forecasts';

const DATA = join(import.meta.dirname, '../../../public/data/v1');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

const indicators = parseIndicators(read('indicators.json')).data.filter((indicator) => indicator.visibility === 'public');
const rows = withForecasts(
  buildIndicatorAreaRows({
    indicators,
    areas: parseAreas(read('areas.geojson')).data,
    goals: parseGoals(read('goals.json')).data,
    observations: new Map(indicators.map((indicator) => [indicator.id, parseObservations(read(`observations/${indicator.id}.json`), indicator.id).data])),
    today: new Date('2026-11-28T12:00:00Z'),
  }),
);

test('achieved targets and rows without a target get no forecast', () => {
  const achieved = rows.filter((row) => row.evaluation?.status === 'achieved');
  expect(achieved.length).toBeGreaterThan(0);
  expect(achieved.every((row) => row.forecast === undefined)).toBe(true);
  expect(rows.filter((row) => !row.target).every((row) => row.forecast === undefined)).toBe(true);
});

test('every other target has one, with the same numbers as the rule', () => {
  const open = rows.filter((row) => row.target && row.evaluation?.status !== 'achieved');
  expect(open.every((row) => row.forecast !== undefined)).toBe(true);
  const energy = rows.find((row) => row.indicator.id === 'building-energy-use' && row.area.id === 'norra-djurgardsstaden');
  expect(energy?.evaluation?.status).toBe('at-risk');
  expect(energy?.forecast?.verdict).toBe('late');
  expect(energy?.forecast?.yearsLate).toBe(6);
});
