import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../mocks/fixtures/dataset';
import { parseAreas, parseIndicators, parseObservations, type ObservationsDocument } from '../../contract/documents';
import { headlineCandidates, pickHeadlines } from './headlines';

function fixture() {
  const data = createDatasetFixture();
  const indicators = parseIndicators(data.indicators).data.filter((indicator) => indicator.visibility === 'public');
  const areas = parseAreas(data.areas).data;
  const observations = new Map<string, ObservationsDocument>(
    Object.entries(data.observations).map(([id, document]) => [id, parseObservations(document, id).data]),
  );
  return { indicators, areas, observations };
}

test('candidates use the area series only, from the first to the latest value', () => {
  const { indicators, areas, observations } = fixture();
  const candidates = headlineCandidates(indicators, areas, observations);
  const energy = candidates.find((candidate) => candidate.indicator.id === 'energy-use' && candidate.area.id === 'alpha');
  expect(energy?.first.value).toBe(150);
  expect(energy?.latest.value).toBe(55);
  expect(energy?.change).toBeCloseTo(-95 / 150);
  // 55 is an estimate, so this headline is not "measured".
  expect(energy?.isMeasured).toBe(false);
  // A series starting at 0 has no relative change and is no candidate.
  expect(candidates.some((candidate) => candidate.indicator.id === 'solar-power')).toBe(false);
});

test('measured figures come before illustrative ones, and no indicator repeats', () => {
  const { indicators, areas, observations } = fixture();
  const picked = pickHeadlines(headlineCandidates(indicators, areas, observations), 4);
  expect(picked.length).toBeGreaterThanOrEqual(3);
  expect(new Set(picked.map((headline) => headline.indicator.id)).size).toBe(picked.length);
  const firstIllustrative = picked.findIndex((headline) => !headline.isMeasured);
  const lastMeasured = picked.map((headline) => headline.isMeasured).lastIndexOf(true);
  if (firstIllustrative !== -1) expect(lastMeasured).toBeLessThan(firstIllustrative);
});

test('domains take turns among equally good candidates', () => {
  const { indicators, areas, observations } = fixture();
  const picked = pickHeadlines(headlineCandidates(indicators, areas, observations), 3);
  const measuredDomains = picked.filter((headline) => headline.isMeasured).map((headline) => headline.indicator.domain);
  expect(new Set(measuredDomains).size).toBe(measuredDomains.length);
});
