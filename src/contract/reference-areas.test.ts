import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../mocks/fixtures/dataset';
import { withReferenceArea, withStaleIndicator } from '../../mocks/fixtures/live-sources';
import { parseAreas, parseBuildReport, parseObservations } from './documents';
import { createBuildReportFixture } from '../../mocks/fixtures/live-sources';

test('a reference area may have no geometry; a district may not', () => {
  const areas = withReferenceArea(createDatasetFixture()).areas;
  const parsed = parseAreas(areas);
  expect(parsed.data.map((area) => [area.id, area.properties.role ?? 'district', area.geometry === null])).toEqual([
    ['alpha', 'district', false],
    ['beta', 'district', false],
    ['metropolis', 'reference', true],
  ]);
  expect(parsed.problems).toEqual([]);

  const broken = structuredClone(areas);
  const beta = broken.features[1];
  if (beta) beta.geometry = null;
  const withBrokenDistrict = parseAreas(broken);
  expect(withBrokenDistrict.data.map((area) => area.id)).toEqual(['alpha', 'metropolis']);
  expect(withBrokenDistrict.problems[0]?.message).toMatch(/only a reference area may have null/);
});

test('stale and staleSince are read from an observations document', () => {
  const dataset = withStaleIndicator(createDatasetFixture());
  expect(parseObservations(dataset.observations['solar-power'], 'solar-power').data).toMatchObject({ stale: true, staleSince: '2026-05-20T04:00:00Z' });
  expect(parseObservations(dataset.observations['energy-use'], 'energy-use').data.stale).toBeUndefined();
});

test('build-report.json is read whole or refused with its name', () => {
  expect(parseBuildReport(createBuildReportFixture()).indicators.map((entry) => entry.outcome)).toEqual(['ok', 'stale']);
  expect(() => parseBuildReport({ ...createBuildReportFixture(), builtAt: 'yesterday' })).toThrow(/build-report\.json/);
});
