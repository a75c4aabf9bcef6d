/**
 * The status the catalogue and the indicator page show for targets of the embedded dataset
 * (public/data/v1), against the rule computed by hand in docs/indicators.md ("Status by hand").
 * The pages take these rows from buildIndicatorAreaRows; this pins the numbers the notes quote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseAreas, parseGoals, parseIndicators, parseObservations } from '../contract/documents';
import { buildIndicatorAreaRows } from './indicator-rows';

const DATA = join(import.meta.dirname, '../../public/data/v1');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

function rowsOn(today: Date) {
  const indicators = parseIndicators(read('indicators.json')).data.filter((indicator) => indicator.visibility === 'public');
  const observations = new Map(indicators.map((indicator) => [indicator.id, parseObservations(read(`observations/${indicator.id}.json`), indicator.id).data]));
  return buildIndicatorAreaRows({
    indicators,
    areas: parseAreas(read('areas.geojson')).data,
    goals: parseGoals(read('goals.json')).data,
    observations,
    today,
  });
}

const TODAY = new Date('2026-11-28T12:00:00Z');

function row(indicatorId: string, areaId: string) {
  const found = rowsOn(TODAY).find((candidate) => candidate.indicator.id === indicatorId && candidate.area.id === areaId);
  if (!found?.evaluation) throw new Error(`no target for ${indicatorId} in ${areaId}`);
  return found;
}

// 2015-01-01 → 2025-01-01 is 3 653 days; 2015-01-01 → 2030-01-01 is 5 479 days.
const EXPECTED_2025_OF_2015_2030 = 3653 / 5479;

test('1. energy use in Årsta: (56 − 155) / (62 − 155) = 1.065 ≥ 1, achieved', () => {
  const { evaluation, latest } = row('building-energy-use', 'arsta');
  expect(latest?.period).toBe('2025');
  expect(latest?.value).toBe(56);
  expect(evaluation?.progress).toBeCloseTo(99 / 93, 10);
  expect(evaluation?.expected).toBe(1);
  expect(evaluation?.status).toBe('achieved');
  expect(evaluation?.overdue).toBe(false);
});

test('2. energy use in Norra Djurgårdsstaden: progress 0.52 against expected 0.667, at risk', () => {
  const { evaluation } = row('building-energy-use', 'norra-djurgardsstaden');
  expect(evaluation?.progress).toBeCloseTo(13 / 25, 10);
  expect(evaluation?.expected).toBeCloseTo(EXPECTED_2025_OF_2015_2030, 10);
  // 0.52 < 0.667 − 0.1 = 0.567 (not on track), but ≥ 0.667 − 0.2 = 0.467.
  expect(evaluation?.status).toBe('at-risk');
});

test('3. homes completed in Norra Djurgårdsstaden: progress 0.397 against expected 0.667, off track', () => {
  const { evaluation } = row('homes-completed', 'norra-djurgardsstaden');
  expect(evaluation?.progress).toBeCloseTo(4082 / 10282, 10);
  expect(evaluation?.expected).toBeCloseTo(EXPECTED_2025_OF_2015_2030, 10);
  expect(evaluation?.status).toBe('off-track');
});

test('4. residual waste in Norra Djurgårdsstaden: at risk, and overdue (latest 2022, annual)', () => {
  const { evaluation } = row('residual-waste-per-home', 'norra-djurgardsstaden');
  expect(evaluation?.progress).toBeCloseTo(12 / 63, 10);
  // 2018-01-01 → 2022-01-01 is 1 461 days of 4 383 to 2030-01-01.
  expect(evaluation?.expected).toBeCloseTo(1461 / 4383, 10);
  expect(evaluation?.status).toBe('at-risk');
  expect(evaluation?.overdue).toBe(true);
});
