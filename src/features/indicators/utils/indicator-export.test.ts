import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../../mocks/fixtures/dataset';
import { parseAreas, parseIndicators, parseObservations, parseSites } from '../../../contract/documents';
import { downloadBaseName, valueRecords, valueRows, viewJson } from './indicator-export';
import { describeSeries } from './describe-series';

const dataset = createDatasetFixture();
const indicator = parseIndicators(dataset.indicators).data.find((item) => item.id === 'energy-use')!;
const series = describeSeries(
  parseObservations(dataset.observations['energy-use'], 'energy-use').data,
  parseAreas(dataset.areas).data,
  parseSites(dataset.sites).data,
  'en',
);

test('rows are every value of the visible series in the range, by period then series', () => {
  const rows = valueRows(series, 2018, 2019);
  expect(rows.map(({ series: item, point }) => `${point.period} ${item.key} ${point.value}`)).toEqual([
    '2018 alpha 120',
    '2018 beta 99',
    '2018 alpha.alpha-block-1 90',
    '2019 alpha 90',
    '2019 beta 99',
    '2019 alpha.alpha-block-1 38',
  ]);
});

test('records name the district and the site, in the language', () => {
  const [site] = valueRecords(
    indicator,
    valueRows(
      series.filter((item) => item.kind === 'site'),
      2019,
      2019,
    ),
    'en',
  );
  expect(site).toEqual({
    indicator_id: 'energy-use',
    area_id: 'alpha',
    district: 'Alpha Town',
    site_id: 'alpha-block-1',
    site: 'Block One',
    period: '2019',
    value: 38,
    unit: 'kWh/m² per year',
    quality: 'measured',
    note: null,
    visibility: 'public',
  });
});

test('the JSON keeps the observations format, restricted to the range and the visible series', () => {
  const visible = series.filter((item) => item.key === 'beta');
  const targets = [
    { indicatorId: 'energy-use', areaId: 'alpha', baseline: { period: '2015', value: 150 }, target: { period: '2025', value: 60 } },
    { indicatorId: 'energy-use', areaId: 'beta', baseline: { period: '2016', value: 100 }, target: { period: '2030', value: 55 } },
  ];
  const json = viewJson(indicator, visible, targets, { from: 2024, to: 2030 }, 'sv');
  expect(json.apiVersion).toBe('1');
  expect(json.indicator.name).toBe('Energianvändning');
  expect(json.targets.map((target) => target.areaId)).toEqual(['beta']);
  expect(json.series).toEqual([
    {
      areaId: 'beta',
      name: 'Beta Harbour',
      points: [
        { period: '2024', value: 96, quality: 'measured' },
        { period: '2025', value: 95, quality: 'measured' },
      ],
    },
  ]);
});

test('file names say the indicator and the years', () => {
  expect(downloadBaseName('energy-use', 2015, 2030)).toBe('energy-use_2015-2030');
  expect(downloadBaseName('energy-use', 2020, 2020)).toBe('energy-use_2020');
});
