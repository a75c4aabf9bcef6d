import { expect, test } from 'vitest';
import {
  atPeriod,
  describeChange,
  describeIndicator,
  describeStatusDetail,
  formatChangeAmount,
  isPercentUnit,
  lowerFirst,
  upperFirst,
  type DescribeChangeInput,
} from './sentences';
import { overdueLabel, statusLabel } from '../../core/status-label';
import type { PointLike, TargetLike } from '../../core/status';

/** The no-break space Intl puts in Swedish numbers: `1 234,5`, `64 %`. */
const NB = '\u00a0';

const p = (period: string, value: number | null): PointLike => ({ period, value });

const energySv = { language: 'sv', subject: 'Energianvändning', areaName: 'Årsta', unit: 'kWh/m²', decimals: 0, direction: 'decrease' } as const;
const energyEn = { language: 'en', subject: 'Energy use', areaName: 'Årsta', unit: 'kWh/m²', decimals: 0, direction: 'decrease' } as const;
const carPoolSv = { language: 'sv', subject: 'Antal bilpoolsbilar', areaName: 'Slakthusområdet', unit: 'bilar', decimals: 0, direction: 'increase' } as const;
const carPoolEn = {
  language: 'en',
  subject: 'Number of car-pool cars',
  areaName: 'Slakthusområdet',
  unit: 'cars',
  decimals: 0,
  direction: 'increase',
} as const;

function change(input: Omit<DescribeChangeInput, 'from' | 'to'>, from: [string, number], to: [string, number]) {
  return describeChange({ ...input, from: { period: from[0], value: from[1] }, to: { period: to[0], value: to[1] } });
}

// ---------- labels ----------

test('status labels follow the shared vocabulary in Swedish', () => {
  expect(statusLabel('achieved', 'sv')).toBe('Uppnått');
  expect(statusLabel('on-track', 'sv')).toBe('I fas');
  expect(statusLabel('at-risk', 'sv')).toBe('Risk att missa');
  expect(statusLabel('off-track', 'sv')).toBe('Efter plan');
  expect(statusLabel('no-data', 'sv')).toBe('Inga data');
});

test('status labels follow the shared vocabulary in English', () => {
  expect(statusLabel('achieved', 'en')).toBe('Achieved');
  expect(statusLabel('on-track', 'en')).toBe('On track');
  expect(statusLabel('at-risk', 'en')).toBe('At risk');
  expect(statusLabel('off-track', 'en')).toBe('Off track');
  expect(statusLabel('no-data', 'en')).toBe('No data');
});

test('the overdue label is "Försenad uppdatering" / "Update overdue"', () => {
  expect(overdueLabel('sv')).toBe('Försenad uppdatering');
  expect(overdueLabel('en')).toBe('Update overdue');
});

// ---------- text helpers ----------

test('a name inside a sentence loses its capital unless it starts with an abbreviation', () => {
  expect(lowerFirst('Energianvändning')).toBe('energianvändning');
  expect(lowerFirst('Ärenden')).toBe('ärenden');
  expect(lowerFirst('CO₂-utsläpp')).toBe('CO₂-utsläpp');
  expect(lowerFirst('EV charging points')).toBe('EV charging points');
  expect(lowerFirst('')).toBe('');
});

test('a name starting a sentence gets a capital', () => {
  expect(upperFirst('energianvändning')).toBe('Energianvändning');
  expect(upperFirst('Energianvändning')).toBe('Energianvändning');
});

test('a point in time reads naturally for years, months and days in both languages', () => {
  expect(atPeriod('2015', 'sv')).toBe('år 2015');
  expect(atPeriod('2024-04', 'sv')).toBe('i april 2024');
  expect(atPeriod('2024-05-17', 'sv')).toBe('den 17 maj 2024');
  expect(atPeriod('2015', 'en')).toBe('in 2015');
  expect(atPeriod('2024-04', 'en')).toBe('in April 2024');
  expect(atPeriod('2024-05-17', 'en')).toBe('on 17 May 2024');
});

// ---------- describeChange ----------

test('a falling decrease indicator is described as a fall that is good, in Swedish with 64 % and a no-break space', () => {
  expect(change(energySv, ['2015', 132], ['2019', 48])).toBe(`Energianvändning i Årsta har minskat med 64${NB}% sedan 2015, vilket är bra.`);
});

test('a falling decrease indicator at a site is described as a fall that is good, in English', () => {
  expect(change({ ...energyEn, areaName: 'Valla torg', placeKind: 'site' }, ['2015', 132], ['2019', 48])).toBe(
    'Energy use at Valla torg has fallen 64% since 2015, which is good.',
  );
});

test('a rising decrease indicator is described as bad', () => {
  expect(change(energySv, ['2015', 100], ['2019', 120])).toBe(`Energianvändning i Årsta har ökat med 20${NB}% sedan 2015, vilket är dåligt.`);
  expect(change(energyEn, ['2015', 100], ['2019', 120])).toBe('Energy use in Årsta has risen 20% since 2015, which is bad.');
});

test('a rising increase indicator is described as good', () => {
  expect(change(carPoolSv, ['2016', 12], ['2019', 40])).toBe(`Antal bilpoolsbilar i Slakthusområdet har ökat med 233${NB}% sedan 2016, vilket är bra.`);
  expect(change(carPoolEn, ['2016', 12], ['2019', 40])).toBe('Number of car-pool cars in Slakthusområdet has risen 233% since 2016, which is good.');
});

test('a falling increase indicator is described as bad', () => {
  expect(change(carPoolSv, ['2016', 40], ['2019', 30])).toBe(`Antal bilpoolsbilar i Slakthusområdet har minskat med 25${NB}% sedan 2016, vilket är dåligt.`);
  expect(change(carPoolEn, ['2016', 40], ['2019', 30])).toBe('Number of car-pool cars in Slakthusområdet has fallen 25% since 2016, which is bad.');
});

test('a value that is the same once rounded to the indicator decimals is unchanged, with no judgement', () => {
  expect(change(energySv, ['2015', 38], ['2019', 38.2])).toBe('Energianvändning i Årsta har inte förändrats sedan 2015.');
  expect(change(energyEn, ['2015', 38], ['2019', 38.2])).toBe('Energy use in Årsta has not changed since 2015.');
});

test('the decimals of the indicator decide whether a small change shows', () => {
  expect(change({ ...energySv, decimals: 1 }, ['2015', 38], ['2019', 38.2])).toBe(
    `Energianvändning i Årsta har ökat med 0,5${NB}% sedan 2015, vilket är dåligt.`,
  );
});

test('a change from zero is absolute, with the unit and Swedish digit grouping and decimals', () => {
  expect(change({ ...carPoolSv, unit: 'kWh', decimals: 1 }, ['2015', 0], ['2019', 1234.5])).toBe(
    `Antal bilpoolsbilar i Slakthusområdet har ökat med 1${NB}234,5 kWh sedan 2015, vilket är bra.`,
  );
  expect(change({ ...carPoolEn, unit: 'kWh', decimals: 1 }, ['2015', 0], ['2019', 1234.5])).toBe(
    'Number of car-pool cars in Slakthusområdet has risen 1,234.5 kWh since 2015, which is good.',
  );
});

test('a relative change under ten per cent gets one decimal', () => {
  expect(formatChangeAmount(1000, 955, 'sv', 0, 'kWh')).toBe(`4,5${NB}%`);
  expect(formatChangeAmount(1000, 955, 'en', 0, 'kWh')).toBe('4.5%');
});

test('a relative change that would round to zero per cent is given as an absolute change', () => {
  expect(formatChangeAmount(100000, 100001, 'sv', 0, 'kWh')).toBe('1 kWh');
});

test('a change across zero is given as an absolute change', () => {
  expect(formatChangeAmount(10, -5, 'en', 0, 'tonnes')).toBe('15 tonnes');
});

test('an indicator measured in per cent changes by percentage points', () => {
  const share = { language: 'sv', subject: 'Andel förnybar el', areaName: 'Årsta', unit: '%', decimals: 1, direction: 'increase' } as const;
  expect(change(share, ['2015', 40], ['2019', 52.5])).toBe('Andel förnybar el i Årsta har ökat med 12,5 procentenheter sedan 2015, vilket är bra.');
  expect(change({ ...share, language: 'en', subject: 'Share of renewable electricity' }, ['2015', 40], ['2019', 52.5])).toBe(
    'Share of renewable electricity in Årsta has risen 12.5 percentage points since 2015, which is good.',
  );
  expect(formatChangeAmount(40, 41, 'sv', 0, '%')).toBe('1 procentenhet');
  // Data units are free text: a share "of residents" is still a share.
  expect(formatChangeAmount(42, 73, 'sv', 0, 'procent av de boende')).toBe('31 procentenheter');
  expect(formatChangeAmount(42, 73, 'en', 0, 'per cent of residents')).toBe('31 percentage points');
  expect(formatChangeAmount(42, 73, 'en', 0, 'percent')).toBe('31 percentage points');
  expect(isPercentUnit('procentenheter')).toBe(false);
  expect(isPercentUnit('index (2016 = 100)')).toBe(false);
  expect(formatChangeAmount(100, 10, 'sv', 0, 'index (2016 = 100)')).toBe('90\u00a0%');
  expect(formatChangeAmount(40, 41, 'en', 0, '%')).toBe('1 percentage point');
});

test('months and days are written out in the change sentence', () => {
  expect(change(energySv, ['2024-04', 100], ['2024-07', 90])).toBe(`Energianvändning i Årsta har minskat med 10${NB}% sedan april 2024, vilket är bra.`);
  expect(change(energyEn, ['2024-05-17', 100], ['2024-05-18', 90])).toBe('Energy use in Årsta has fallen 10% since 17 May 2024, which is good.');
});

test('without a place the sentence names only the subject', () => {
  expect(change({ ...energyEn, areaName: undefined }, ['2015', 100], ['2019', 50])).toBe('Energy use has fallen 50% since 2015, which is good.');
});

// ---------- describeIndicator ----------

const energyTarget: TargetLike = { baseline: { period: '2015', value: 132 }, target: { period: '2030', value: 55 } };

test('the finding for an achieved target leads with the achievement, then the change since the baseline', () => {
  const points = [p('2015', 132), p('2017', 90), p('2019', 48)];
  expect(describeIndicator({ ...energySv, points, target: energyTarget })).toBe(
    `Målet på 55 kWh/m² till 2030 är uppnått. Sedan 2015 har energianvändning i Årsta minskat med 64${NB}%.`,
  );
  expect(describeIndicator({ ...energyEn, points, target: energyTarget })).toBe(
    'The target of 55 kWh/m² by 2030 has been achieved. Since 2015, energy use in Årsta has fallen 64%.',
  );
});

test('the finding for an on-track target says progress is on track for the target', () => {
  const points = [p('2015', 132), p('2020', 110)];
  expect(describeIndicator({ ...energySv, points, target: energyTarget })).toBe(
    `Utvecklingen är i fas med målet på 55 kWh/m² till 2030. Sedan 2015 har energianvändning i Årsta minskat med 17${NB}%.`,
  );
  expect(describeIndicator({ ...energyEn, points, target: energyTarget })).toBe(
    'Progress is on track for the target of 55 kWh/m² by 2030. Since 2015, energy use in Årsta has fallen 17%.',
  );
});

test('the finding for an at-risk target leads with the risk: moving the right way, but too slowly', () => {
  const points = [p('2015', 132), p('2025', 94)];
  expect(describeIndicator({ ...energySv, points, target: energyTarget })).toBe(
    `Energianvändning i Årsta minskar, men för långsamt: målet på 55 kWh/m² till 2030 riskerar att missas. Sedan 2015 har energianvändning i Årsta minskat med 29${NB}%.`,
  );
  expect(describeIndicator({ ...energyEn, points, target: energyTarget })).toBe(
    'Energy use in Årsta is decreasing, but too slowly: the target of 55 kWh/m² by 2030 is at risk of being missed. Since 2015, energy use in Årsta has fallen 29%.',
  );
});

test('the finding for an off-track target moving the wrong way says it moves away from the target', () => {
  const points = [p('2015', 132), p('2020', 146)];
  expect(describeIndicator({ ...energySv, points, target: energyTarget })).toBe(
    `Energianvändning i Årsta ökar, bort från målet på 55 kWh/m² till 2030. Sedan 2015 har energianvändning i Årsta ökat med 11${NB}%.`,
  );
  expect(describeIndicator({ ...energyEn, points, target: energyTarget })).toBe(
    'Energy use in Årsta is increasing, away from the target of 55 kWh/m² by 2030. Since 2015, energy use in Årsta has risen 11%.',
  );
});

test('behind plan, a change in the right direction is never praised: the status leads and the rise is too slow', () => {
  // Share of EV charging: +5 percentage points since 2015, far behind the plan to 80 % by 2030.
  const share = { ...energySv, subject: 'Andel laddplatser', unit: '%', direction: 'increase' as const };
  const target: TargetLike = { baseline: { period: '2015', value: 10 }, target: { period: '2030', value: 80 } };
  const points = [p('2015', 10), p('2025', 15)];
  const sv = describeIndicator({ ...share, points, target });
  expect(sv).toBe(
    'Andel laddplatser i Årsta ökar, men för långsamt för målet på 80 % till 2030. Sedan 2015 har andel laddplatser i Årsta ökat med 5 procentenheter.',
  );
  expect(sv).not.toMatch(/bra/);
  const en = describeIndicator({ ...share, language: 'en', subject: 'Share of charging spaces', points, target });
  expect(en).toBe(
    'Share of charging spaces in Årsta is increasing, but too slowly for the target of 80 % by 2030. Since 2015, share of charging spaces in Årsta has risen 5 percentage points.',
  );
  expect(en).not.toMatch(/good/);
});

test('behind plan with no change at all, the finding says it is standing still', () => {
  const points = [p('2015', 132), p('2025', 132)];
  expect(describeIndicator({ ...energySv, points, target: energyTarget })).toBe(
    'Energianvändning i Årsta står still, efter planen för målet på 55 kWh/m² till 2030. Sedan 2015 har energianvändning i Årsta inte förändrats.',
  );
});

test('the finding with no value after the baseline says there are no measurements yet, with the name in lower case', () => {
  const points = [p('2015', 132), p('2016', null)];
  expect(describeIndicator({ ...energySv, points, target: energyTarget })).toBe(
    'Det finns inga mätvärden för energianvändning i Årsta efter 2015 ännu. Målet är 55 kWh/m² till 2030.',
  );
  expect(describeIndicator({ ...energyEn, points, target: energyTarget })).toBe(
    'There are no measurements of energy use in Årsta after 2015 yet. The target is 55 kWh/m² by 2030.',
  );
});

test('the finding for an increase indicator with a target that is achieved', () => {
  const target: TargetLike = { baseline: { period: '2016', value: 10 }, target: { period: '2020', value: 50 } };
  expect(describeIndicator({ ...carPoolEn, points: [p('2016', 10), p('2020', 50)], target })).toBe(
    'The target of 50 cars by 2020 has been achieved. Since 2016, number of car-pool cars in Slakthusområdet has risen 400%.',
  );
});

test('without a target the finding is the change since the first value', () => {
  const points = [p('2024-01', null), p('2024-04', 20), p('2024-07', 25), p('2024-10', null)];
  expect(describeIndicator({ ...carPoolSv, points })).toBe(`Antal bilpoolsbilar i Slakthusområdet har ökat med 25${NB}% sedan april 2024, vilket är bra.`);
});

test('with one value and no target the finding is the level and when it was measured', () => {
  expect(describeIndicator({ ...energySv, points: [p('2015', 1234.5)], decimals: 1 })).toBe(`Energianvändning i Årsta var 1${NB}234,5 kWh/m² år 2015.`);
  expect(describeIndicator({ ...energyEn, points: [p('2024-05-17', 132)] })).toBe('Energy use in Årsta was 132 kWh/m² on 17 May 2024.');
});

test('with no value at all and no target the finding says there are no measurements yet', () => {
  expect(describeIndicator({ ...energySv, points: [p('2015', null)] })).toBe('Det finns inga mätvärden för energianvändning i Årsta ännu.');
  expect(describeIndicator({ ...energyEn, points: [] })).toBe('There are no measurements of energy use in Årsta yet.');
});

test('a name starting with an abbreviation keeps its capitals inside a sentence', () => {
  expect(describeIndicator({ ...energySv, subject: 'CO₂-utsläpp', points: [] })).toBe('Det finns inga mätvärden för CO₂-utsläpp i Årsta ännu.');
});

// ---------- the status explained beside the badge ----------

const arstaEnergy: TargetLike = { baseline: { period: '2015', value: 172 }, target: { period: '2019', value: 62 } };
const arstaPoints: PointLike[] = [
  { period: '2015', value: 172 },
  { period: '2019', value: 68 },
  { period: '2020', value: 60 },
];

test('an achieved target says when it was reached and that it was after the target year', () => {
  expect(describeStatusDetail({ language: 'sv', target: arstaEnergy, points: arstaPoints, direction: 'decrease' })).toBe('Uppnått 2020, ett år efter målåret');
  expect(describeStatusDetail({ language: 'en', target: arstaEnergy, points: arstaPoints, direction: 'decrease' })).toBe(
    'Achieved 2020, one year after the target year',
  );
  const onTime = [{ period: '2018', value: 61 }];
  expect(describeStatusDetail({ language: 'sv', target: arstaEnergy, points: onTime, direction: 'decrease' })).toBe('Uppnått 2018, i tid');
});

test('the finding no longer says a late target "är uppnått" by its year: it says when it was reached', () => {
  const text = describeIndicator({
    language: 'sv',
    subject: 'Energianvändning',
    unit: 'kWh/m²',
    decimals: 0,
    direction: 'decrease',
    points: arstaPoints,
    target: arstaEnergy,
  });
  expect(text).toContain('Målet på 62 kWh/m² till 2019 nåddes 2020, ett år efter målåret.');
  expect(text).not.toContain('är uppnått');
});

test("on track and at risk explain the margin, at the latest value's year", () => {
  // 100 → 0 by 2030 with tolerance 0.2; half-way in 2025.
  const target: TargetLike = { baseline: { period: '2020', value: 100 }, target: { period: '2030', value: 0 }, tolerance: 0.2 };
  expect(describeStatusDetail({ language: 'sv', target, points: [{ period: '2025', value: 63 }], direction: 'decrease' })).toBe(
    '2025 låg värdet 13 procentenheter efter planen, inom marginalen på 20 procentenheter',
  );
  expect(describeStatusDetail({ language: 'sv', target, points: [{ period: '2025', value: 78 }], direction: 'decrease' })).toBe(
    '2025 låg värdet 28 procentenheter efter planen, mer än marginalen på 20 procentenheter',
  );
  expect(describeStatusDetail({ language: 'en', target, points: [{ period: '2025', value: 63 }], direction: 'decrease' })).toBe(
    'In 2025 the value was 13 percentage points behind the plan, within the margin of 20 percentage points',
  );
  expect(describeStatusDetail({ language: 'en', target, points: [{ period: '2025', value: 30 }], direction: 'decrease' })).toBe(
    'In 2025 the value was ahead of the plan',
  );
  expect(describeStatusDetail({ language: 'sv', target, points: [], direction: 'decrease' })).toBeUndefined();
});
