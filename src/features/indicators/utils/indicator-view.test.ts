import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../../mocks/fixtures/dataset';
import { parseAreas, parseObservations, parseSites } from '../../../contract/documents';
import { describeSeries, type SeriesInfo } from './describe-series';
import { eventsInView, parseViewParams, resolveView, writeViewParams, yearSpan } from './indicator-view';

const dataset = createDatasetFixture();
const areas = parseAreas(dataset.areas).data;
const sites = parseSites(dataset.sites).data;
const energy = parseObservations(dataset.observations['energy-use'], 'energy-use').data;
const series = describeSeries(energy, areas, sites, 'sv');

test('reads and writes the view; unknown values fall back to the defaults', () => {
  expect(parseViewParams(new URLSearchParams('from=2016&to=2020&series=alpha,alpha.alpha-block-1&view=table'))).toEqual({
    from: 2016,
    to: 2020,
    series: ['alpha', 'alpha.alpha-block-1'],
    view: 'table',
  });
  expect(parseViewParams(new URLSearchParams('from=16&to=soon&view=pie'))).toEqual({ from: undefined, to: undefined, series: undefined, view: 'chart' });
  expect(writeViewParams({ from: undefined, to: 2020, series: [], view: 'chart' }).toString()).toBe('to=2020&series=');
  expect(parseViewParams(new URLSearchParams('series='))).toMatchObject({ series: [] });
});

test('the year span runs from the first value or baseline to the last value or target', () => {
  const targets = [{ indicatorId: 'energy-use', areaId: 'alpha', baseline: { period: '2015', value: 150 }, target: { period: '2030', value: 60 } }];
  expect(yearSpan(series, targets)).toEqual({ first: 2015, last: 2030 });
  expect(yearSpan(series, [])).toEqual({ first: 2015, last: 2025 });
  expect(yearSpan([], [])).toBeUndefined();
});

test('the default view shows every district and no site; the URL can choose otherwise', () => {
  const span = { first: 2015, last: 2030 };
  const defaults = resolveView({ from: undefined, to: undefined, series: undefined, view: 'chart' }, series, span);
  expect(defaults.visible.map((item) => item.key)).toEqual(['alpha', 'beta']);
  expect([defaults.from, defaults.to]).toEqual([2015, 2030]);
  const chosen = resolveView({ from: 2010, to: 2018, series: ['alpha.alpha-block-1', 'nowhere'], view: 'table' }, series, span);
  expect(chosen.visible.map((item) => item.key)).toEqual(['alpha.alpha-block-1']);
  expect([chosen.from, chosen.to]).toEqual([2015, 2018]);
  expect(resolveView({ from: 2020, to: 2017, series: undefined, view: 'chart' }, series, span)).toMatchObject({ from: 2017, to: 2020 });
});

test('an indicator with only site series shows them by default', () => {
  const onlySites: SeriesInfo[] = series.filter((item) => item.kind === 'site');
  expect(resolveView({ from: undefined, to: undefined, series: undefined, view: 'chart' }, onlySites, { first: 2015, last: 2019 }).visible).toHaveLength(1);
});

test('events of the visible districts (or of none) in the range, in time order', () => {
  const events = [
    { id: 'b', period: '2018', areaId: 'beta', title: { sv: 'B' } },
    { id: 'a2', period: '2019', areaId: 'alpha', title: { sv: 'A2' } },
    { id: 'a1', period: '2016-03', areaId: 'alpha', title: { sv: 'A1' } },
    { id: 'all', period: '2017', title: { sv: 'Alla' } },
    { id: 'old', period: '2009', areaId: 'alpha', title: { sv: 'Gammal' } },
  ];
  const alphaOnly = series.filter((item) => item.key === 'alpha');
  expect(eventsInView(events, alphaOnly, 2015, 2025).map((event) => event.id)).toEqual(['a1', 'all', 'a2']);
});
