import { expect, test } from 'vitest';
import type { AreaFeature, Indicator } from '../../contract/schemas';
import { compareValues, comparisonFor, dividedDecimals, isNormalisedUnit, isTotalIndicator } from './comparison';

function indicator(sv: string, en: string, domain: Indicator['domain'] = 'housing', decimals = 0): Pick<Indicator, 'unit' | 'domain' | 'decimals'> {
  return { unit: { sv, en }, domain, decimals };
}

function area(
  id: string,
  properties: { population?: number; heatedAreaM2?: number; populationPeriod?: string; heatedAreaM2Period?: string } = {},
): AreaFeature {
  return {
    type: 'Feature',
    id,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
    properties: { name: { sv: id, en: id }, ...properties },
  };
}

test('units that are shares, rates per something or indexes are already normalised', () => {
  for (const unit of [
    '%',
    '% av bilplatserna',
    'procent',
    'per cent of buildings',
    'procent av de boende',
    'kWh/m² och år',
    'kWh/m² per year',
    'kg CO₂e/m² och år',
    'platser per bostad',
    'spaces per home',
    'kg per lägenhet och år',
    'kg per apartment per year',
    'index (2016 = 100)',
    'ton per invånare',
  ]) {
    expect(isNormalisedUnit(unit), unit).toBe(true);
  }
});

test('units that count or sum something are totals, also when counted per year', () => {
  for (const unit of ['bostäder', 'homes', 'MWh per år', 'MWh per year', 'km per år', 'km per year', 'ton CO₂e', 'bilar']) {
    expect(isNormalisedUnit(unit), unit).toBe(false);
  }
});

test('an indicator is a total only when its unit is a total in both languages', () => {
  expect(isTotalIndicator(indicator('bostäder', 'homes'))).toBe(true);
  expect(isTotalIndicator(indicator('MWh per år', 'MWh per year'))).toBe(true);
  expect(isTotalIndicator(indicator('bostäder', 'homes per 1,000 residents'))).toBe(false);
  expect(isTotalIndicator({ unit: { sv: 'kWh/m² och år' } })).toBe(false);
  expect(isTotalIndicator({ unit: { en: 'homes' } })).toBe(true);
});

test('per resident divides every total; per m² divides only totals about buildings (energy, housing)', () => {
  const homes = indicator('bostäder', 'homes', 'housing');
  const solar = indicator('MWh per år', 'MWh per year', 'energy');
  const carPool = indicator('km per år', 'km per year', 'mobility');
  const energyUse = indicator('kWh/m² och år', 'kWh/m² per year', 'energy');
  expect(comparisonFor(homes, 'absolute')).toEqual({ divisible: false, reason: 'absolute' });
  expect(comparisonFor(homes, 'per-resident')).toEqual({ divisible: true, denominator: 'population' });
  expect(comparisonFor(homes, 'per-m2')).toEqual({ divisible: true, denominator: 'heatedAreaM2' });
  expect(comparisonFor(solar, 'per-m2')).toEqual({ divisible: true, denominator: 'heatedAreaM2' });
  expect(comparisonFor(carPool, 'per-resident')).toEqual({ divisible: true, denominator: 'population' });
  expect(comparisonFor(carPool, 'per-m2')).toEqual({ divisible: false, reason: 'not-buildings' });
  expect(comparisonFor(energyUse, 'per-resident')).toEqual({ divisible: false, reason: 'normalised' });
  expect(comparisonFor(energyUse, 'per-m2')).toEqual({ divisible: false, reason: 'normalised' });
});

const series = (values: Record<string, number | null>) => Object.entries(values).map(([period, value]) => ({ period, value }));

test('divided values are per 1 000 residents, with one precision for the whole row', () => {
  const values = compareValues(
    indicator('bostäder', 'homes'),
    [
      { area: area('a', { population: 9500, populationPeriod: '2022' }), value: 2500, points: series({ '2022': 2500 }) },
      { area: area('b', { population: 6960, populationPeriod: '2022' }), value: 5800, points: series({ '2022': 5800 }) },
    ],
    'per-resident',
  );
  expect(values).toEqual([
    {
      kind: 'divided',
      value: (2500 / 9500) * 1000,
      decimals: 0,
      raw: 2500,
      period: '2022',
      denominator: 'population',
      denominatorValue: 9500,
      denominatorPeriod: '2022',
      nearest: false,
    },
    {
      kind: 'divided',
      value: (5800 / 6960) * 1000,
      decimals: 0,
      raw: 5800,
      period: '2022',
      denominator: 'population',
      denominatorValue: 6960,
      denominatorPeriod: '2022',
      nearest: false,
    },
  ]);
});

test('only values of the same period are divided: homes of 2025 are not divided by residents of 2022', () => {
  const nds = area('nds', { population: 6960, populationPeriod: '2022' });
  const [sameYear] = compareValues(
    indicator('bostäder', 'homes'),
    [{ area: nds, value: 5800, points: series({ '2019': 3000, '2022': 4200, '2025': 5800 }) }],
    'per-resident',
  );
  expect(sameYear).toMatchObject({ kind: 'divided', raw: 4200, period: '2022', denominatorPeriod: '2022', nearest: false });
  expect(sameYear?.kind === 'divided' ? sameYear.value : 0).toBeCloseTo((4200 / 6960) * 1000);
  // No value for 2022: the nearest year is used and named (the later of two equally near).
  const [nearest] = compareValues(
    indicator('bostäder', 'homes'),
    [{ area: nds, value: 5800, points: series({ '2021': 3900, '2022': null, '2023': 4500, '2025': 5800 }) }],
    'per-resident',
  );
  expect(nearest).toMatchObject({ kind: 'divided', raw: 4500, period: '2023', denominatorPeriod: '2022', nearest: true });
  // A denominator without a period is not used at all.
  const [undated] = compareValues(
    indicator('bostäder', 'homes'),
    [{ area: area('x', { population: 6960 }), value: 5800, points: series({ '2025': 5800 }) }],
    'per-resident',
  );
  expect(undated).toEqual({ kind: 'undated-denominator', denominator: 'population', raw: 5800 });
});

test('a district without the denominator, or with zero, gets no number; one without a value gets "no value"', () => {
  const values = compareValues(
    indicator('MWh per år', 'MWh per year', 'energy', 1),
    [
      { area: area('alpha', { population: 12000, heatedAreaM2: 400000, heatedAreaM2Period: '2024' }), value: 60, points: series({ '2024': 60 }) },
      { area: area('beta'), value: 95 },
      { area: area('gamma', { heatedAreaM2: 0 }), value: 5 },
      { area: area('delta', { heatedAreaM2: 1000 }), value: undefined },
    ],
    'per-m2',
  );
  expect(values[0]).toEqual({
    kind: 'divided',
    value: 0.15,
    decimals: 2,
    raw: 60,
    period: '2024',
    denominator: 'heatedAreaM2',
    denominatorValue: 400000,
    denominatorPeriod: '2024',
    nearest: false,
  });
  expect(values[1]).toEqual({ kind: 'missing-denominator', denominator: 'heatedAreaM2', raw: 95 });
  expect(values[2]).toEqual({ kind: 'missing-denominator', denominator: 'heatedAreaM2', raw: 5 });
  expect(values[3]).toEqual({ kind: 'no-value' });
});

test('in absolute mode, and for normalised indicators, values are shown as published with their own decimals', () => {
  const entries = [
    { area: area('a', { population: 100 }), value: 62.5 },
    { area: area('b'), value: undefined },
  ];
  expect(compareValues(indicator('bostäder', 'homes', 'housing', 1), entries, 'absolute')).toEqual([
    { kind: 'as-is', value: 62.5, decimals: 1 },
    { kind: 'no-value' },
  ]);
  expect(compareValues(indicator('%', '%', 'housing', 0), entries, 'per-resident')).toEqual([
    { kind: 'as-is', value: 62.5, decimals: 0 },
    { kind: 'no-value' },
  ]);
});

test('the row precision gives the smallest value two significant digits, between 0 and 4 decimals', () => {
  expect(dividedDecimals([263.2, 833.3])).toBe(0);
  expect(dividedDecimals([31.8])).toBe(0);
  expect(dividedDecimals([4.63, 120])).toBe(1);
  expect(dividedDecimals([0.153])).toBe(2);
  expect(dividedDecimals([0.0000012])).toBe(4);
  expect(dividedDecimals([0, 0])).toBe(0);
  expect(dividedDecimals([])).toBe(0);
});
