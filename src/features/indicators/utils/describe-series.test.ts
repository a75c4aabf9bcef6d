import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../../mocks/fixtures/dataset';
import { parseAreas, parseObservations, parseSites } from '../../../contract/documents';
import { describeSeries } from './describe-series';

const dataset = createDatasetFixture();
const areas = parseAreas(dataset.areas).data;
const sites = parseSites(dataset.sites).data;
const energy = parseObservations(dataset.observations['energy-use'], 'energy-use').data;
const series = describeSeries(energy, areas, sites, 'sv');

test('describes districts first, in area order, then pilot sites, with names in the language', () => {
  expect(series.map((item) => [item.key, item.kind, item.name, item.colorIndex])).toEqual([
    ['alpha', 'area', 'Alfastaden', 0],
    ['beta', 'area', 'Betahamnen', 1],
    ['alpha.alpha-block-1', 'site', 'Kvarteret Ett', 2],
  ]);
  expect(series[2]?.areaName).toBe('Alfastaden');
});
