import { expect, test } from 'vitest';
import { createDatasetFixture, TEST_TODAY } from '../../../../mocks/fixtures/dataset';
import { parseAreas, parseGoals, parseIndicators, parseObservations } from '../../../contract/documents';
import { buildIndicatorAreaRows } from '../../../core/indicator-rows';
import {
  catalogueJson,
  catalogueRecords,
  DEFAULT_CATALOGUE_STATE,
  filterRows,
  normalizeSearch,
  parseCatalogueParams,
  roundForExport,
  sortRows,
  trendScore,
  writeCatalogueParams,
} from './catalogue';

function fixtureRows() {
  const dataset = createDatasetFixture();
  const indicators = parseIndicators(dataset.indicators).data.filter((indicator) => indicator.visibility === 'public');
  return buildIndicatorAreaRows({
    indicators,
    areas: parseAreas(dataset.areas).data,
    goals: parseGoals(dataset.goals).data,
    observations: new Map(indicators.map((indicator) => [indicator.id, parseObservations(dataset.observations[indicator.id], indicator.id).data])),
    today: TEST_TODAY,
  });
}

const names = (rows: ReturnType<typeof fixtureRows>) => rows.map((row) => `${row.indicator.id}/${row.area.id}`);

test('reads the state from the URL and ignores values it does not know', () => {
  expect(parseCatalogueParams(new URLSearchParams('domain=energy&area=beta&status=at-risk&q=sol&sort=trend&dir=desc'))).toEqual({
    domain: 'energy',
    area: 'beta',
    status: 'at-risk',
    q: 'sol',
    sort: 'trend',
    dir: 'desc',
  });
  expect(parseCatalogueParams(new URLSearchParams('domain=space&area=Not An Id&status=great&sort=colour&dir=sideways'))).toEqual(DEFAULT_CATALOGUE_STATE);
});

test('writes only what differs from the defaults, and reads back the same state', () => {
  expect(writeCatalogueParams(DEFAULT_CATALOGUE_STATE).toString()).toBe('');
  const state = { ...DEFAULT_CATALOGUE_STATE, status: 'overdue' as const, q: 'energi', sort: 'status' as const, dir: 'desc' as const };
  const params = writeCatalogueParams(state);
  expect(params.toString()).toBe('status=overdue&q=energi&sort=status&dir=desc');
  expect(parseCatalogueParams(params)).toEqual(state);
  // A direction without a sort column means nothing and is left out.
  expect(writeCatalogueParams({ ...DEFAULT_CATALOGUE_STATE, dir: 'desc' }).toString()).toBe('');
});

test('search text ignores case and diacritics', () => {
  expect(normalizeSearch('  Årsta ÖSTRA  ')).toBe('arsta ostra');
});

test('filters combine: domain, district, status and every search word', () => {
  const rows = fixtureRows();
  expect(names(filterRows(rows, { ...DEFAULT_CATALOGUE_STATE, domain: 'housing' }, 'sv'))).toEqual([
    'homes-completed/alpha',
    'homes-completed/beta',
    'tenant-satisfaction/alpha',
  ]);
  expect(names(filterRows(rows, { ...DEFAULT_CATALOGUE_STATE, domain: 'housing', area: 'beta' }, 'sv'))).toEqual(['homes-completed/beta']);
  expect(names(filterRows(rows, { ...DEFAULT_CATALOGUE_STATE, status: 'no-data' }, 'sv'))).toEqual(['ev-charging-share/alpha']);
  expect(names(filterRows(rows, { ...DEFAULT_CATALOGUE_STATE, q: 'beta harbour solar' }, 'en'))).toEqual(['solar-power/beta']);
  // The description and the domain name are searched too.
  expect(names(filterRows(rows, { ...DEFAULT_CATALOGUE_STATE, q: 'kvadratmeter' }, 'sv'))).toEqual(['energy-use/alpha', 'energy-use/beta']);
  expect(filterRows(rows, { ...DEFAULT_CATALOGUE_STATE, q: 'mobilitet' }, 'sv')).toHaveLength(3);
});

test('the trend score is positive when the latest change went the better way', () => {
  const rows = fixtureRows();
  const energyAlpha = rows.find((row) => row.indicator.id === 'energy-use' && row.area.id === 'alpha');
  const homesAlpha = rows.find((row) => row.indicator.id === 'homes-completed' && row.area.id === 'alpha');
  // Energy use (decrease) fell 56 → 55: better. Homes (increase) rose 310 → 322: better.
  expect(trendScore(energyAlpha!)).toBeCloseTo(1 / 56, 10);
  expect(trendScore(homesAlpha!)).toBeCloseTo(12 / 310, 10);
});

test('sorting by text uses the language collation, and rows without a value go last both ways', () => {
  const rows = fixtureRows();
  const byTarget = sortRows(rows, 'target', 'asc', 'sv');
  expect(names(byTarget).slice(-2)).toEqual(['ev-charging-share/beta', 'tenant-satisfaction/alpha']);
  const byTargetDesc = sortRows(rows, 'target', 'desc', 'sv');
  expect(names(byTargetDesc).slice(-2)).toEqual(['ev-charging-share/beta', 'tenant-satisfaction/alpha']);
  expect(byTargetDesc[0]?.target?.target.period).toBe('2030');
  const byName = sortRows(rows, 'indicator', 'asc', 'sv').map((row) => row.indicator.name.sv);
  expect(byName[0]).toBe('Bilplatser per bostad');
  expect(byName.at(-1)).toBe('Solel');
  expect(sortRows(rows, undefined, 'desc', 'sv')).toEqual(rows);
});

test('records use stable keys and plain numbers, with labels in the language', () => {
  const rows = fixtureRows().filter((row) => row.indicator.id === 'solar-power');
  const [alpha] = catalogueRecords(rows, 'en');
  expect(alpha).toMatchObject({
    indicator_id: 'solar-power',
    indicator: 'Solar power',
    district: 'Alpha Town',
    unit: 'MWh per year',
    latest_value: 60,
    latest_period: '2025',
    previous_value: 55,
    change_since_previous: 5,
    trend: 'better',
    target_value: 100,
    status: 'on-track',
    status_label: 'On track',
    progress: 0.6,
    overdue: false,
    visibility: 'public',
  });
  const json = catalogueJson(rows, { ...DEFAULT_CATALOGUE_STATE, domain: 'energy' }, 'en');
  expect(json.count).toBe(2);
  expect(json.filters.domain).toBe('energy');
  expect(json.sort).toBeNull();
});

test('exported numbers lose floating-point noise but not precision', () => {
  expect(roundForExport(0.1 + 0.2)).toBe(0.3);
  expect(roundForExport(1 / 3)).toBe(0.333333333333);
  expect(roundForExport(-12.5)).toBe(-12.5);
});
