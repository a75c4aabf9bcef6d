import { expect, test } from 'vitest';
import { countStatuses, targetStatus, type PointLike, type TargetLike, type TargetStatus } from '../../core/status';
import {
  describeAreaCounts,
  describeAsIs,
  describeComparisonRule,
  describeDivision,
  describeMissingDenominator,
  describeOverall,
  describeOverdueCount,
  describeProgress,
  describeProgressShort,
  nextValueWorthSaying,
  describeTargetCell,
  formatCompared,
  perLabel,
} from './summary-sentences';

/** The no-break space Intl puts in Swedish numbers: `1 234,5`, `64 %`. */
const NB = '\u00a0';

interface Case {
  status: TargetStatus;
  sv: { subject: string; unit: string };
  en: { subject: string; unit: string };
  decimals: number;
  direction: 'increase' | 'decrease';
  target: TargetLike;
  points: PointLike[];
}

const p = (period: string, value: number | null): PointLike => ({ period, value });
const t = (b: [string, number], to: [string, number]): TargetLike => ({ baseline: { period: b[0], value: b[1] }, target: { period: to[0], value: to[1] } });

const energy = {
  sv: { subject: 'Energianvändning', unit: 'kWh/m² och år' },
  en: { subject: 'Energy use', unit: 'kWh/m² per year' },
  decimals: 0,
  direction: 'decrease',
} as const;
const solar = {
  sv: { subject: 'Solel', unit: 'MWh per år' },
  en: { subject: 'Solar power', unit: 'MWh per year' },
  decimals: 1,
  direction: 'increase',
} as const;
const charging = { sv: { subject: 'Laddplatser', unit: '%' }, en: { subject: 'EV charging spaces', unit: '%' }, decimals: 0, direction: 'increase' } as const;

/** One case per status; the status column is what the shared rule gives for these points. */
const cases: Case[] = [
  { status: 'achieved', ...energy, target: t(['2015', 155], ['2019', 62]), points: [p('2015', 155), p('2019', 57)] },
  { status: 'on-track', ...solar, target: t(['2015', 0], ['2030', 2000]), points: [p('2015', 0), p('2025', 1234.5)] },
  { status: 'at-risk', ...charging, target: t(['2018', 7], ['2030', 20]), points: [p('2018', 7), p('2024', 12)] },
  { status: 'off-track', ...energy, target: t(['2016', 100], ['2030', 55]), points: [p('2016', 100), p('2025', 95)] },
  { status: 'no-data', ...charging, target: t(['2018', 0], ['2030', 20]), points: [p('2018', 0), p('2019', null)] },
];

test('the cases below cover every status under the shared rule', () => {
  expect(cases.map((item) => targetStatus({ target: item.target, points: item.points, direction: item.direction }).status)).toEqual(
    cases.map((item) => item.status),
  );
});

function cell(status: TargetStatus, language: 'sv' | 'en', overdue = false, latestPeriod?: string) {
  const found = cases.find((item) => item.status === status);
  if (!found) throw new Error(status);
  return describeTargetCell({
    language,
    ...found[language],
    decimals: found.decimals,
    direction: found.direction,
    target: found.target,
    points: found.points,
    overdue,
    latestPeriod,
  });
}

test('each status has a Swedish finding, conclusion first, with Swedish number formatting', () => {
  expect(cell('achieved', 'sv')).toBe(`Målet på 62 kWh/m² och år till 2019 är uppnått. Sedan 2015 har energianvändning minskat med 63${NB}%.`);
  expect(cell('on-track', 'sv')).toBe(
    `Utvecklingen är i fas med målet på 2${NB}000,0 MWh per år till 2030. Sedan 2015 har solel ökat med 1${NB}234,5 MWh per år.`,
  );
  expect(cell('at-risk', 'sv')).toBe(
    'Laddplatser ökar, men för långsamt: målet på 20 % till 2030 riskerar att missas. Sedan 2018 har laddplatser ökat med 5 procentenheter.',
  );
  expect(cell('off-track', 'sv')).toBe(
    `Energianvändning minskar, men för långsamt för målet på 55 kWh/m² och år till 2030. Sedan 2016 har energianvändning minskat med 5,0${NB}%.`,
  );
  expect(cell('no-data', 'sv')).toBe('Det finns inga mätvärden för laddplatser efter 2018 ännu. Målet är 20 % till 2030.');
});

test('each status has an English finding with English number formatting', () => {
  expect(cell('achieved', 'en')).toBe('The target of 62 kWh/m² per year by 2019 has been achieved. Since 2015, energy use has fallen 63%.');
  expect(cell('on-track', 'en')).toBe(
    'Progress is on track for the target of 2,000.0 MWh per year by 2030. Since 2015, solar power has risen 1,234.5 MWh per year.',
  );
  expect(cell('at-risk', 'en')).toBe(
    'EV charging spaces is increasing, but too slowly: the target of 20 % by 2030 is at risk of being missed. Since 2018, EV charging spaces has risen 5 percentage points.',
  );
  expect(cell('off-track', 'en')).toBe(
    'Energy use is decreasing, but too slowly for the target of 55 kWh/m² per year by 2030. Since 2016, energy use has fallen 5.0%.',
  );
  expect(cell('no-data', 'en')).toBe('There are no measurements of EV charging spaces after 2018 yet. The target is 20 % by 2030.');
});

test('an overdue target adds how old the latest value is, in both languages', () => {
  expect(cell('achieved', 'sv', true, '2022')).toMatch(/minskat med 63\s%\. Senaste värdet är från 2022, och en nyare uppdatering är försenad\.$/);
  expect(cell('achieved', 'en', true, '2024-04')).toMatch(/has fallen 63%\. The latest value is from April 2024, and a newer update is overdue\.$/);
  expect(cell('achieved', 'sv', false, '2022')).not.toMatch(/försenad/);
});

test('the overall conclusion counts achieved and on-track targets against all targets shown', () => {
  const counts = countStatuses([
    'achieved',
    'achieved',
    'on-track',
    'on-track',
    'on-track',
    'at-risk',
    'off-track',
    'off-track',
    'no-data',
    'at-risk',
    'on-track',
    'achieved',
  ]);
  expect(describeOverall(counts, 'sv')).toBe('7 av 12 mål är uppnådda eller i fas.');
  expect(describeOverall(counts, 'en')).toBe('7 of 12 targets are achieved or on track.');
});

test('the overall conclusion agrees in number and says "all" and "none" plainly', () => {
  expect(describeOverall(countStatuses(['achieved', 'off-track']), 'sv')).toBe('1 av 2 mål är uppnått eller i fas.');
  expect(describeOverall(countStatuses(['achieved', 'off-track']), 'en')).toBe('1 of 2 targets is achieved or on track.');
  expect(describeOverall(countStatuses(['achieved', 'on-track']), 'sv')).toBe('Alla 2 mål är uppnådda eller i fas.');
  expect(describeOverall(countStatuses(['at-risk', 'no-data']), 'en')).toBe('None of the 2 targets is achieved or on track.');
  expect(describeOverall(countStatuses([]), 'sv')).toBe('Det finns inga mål att visa.');
  expect(describeOverall(countStatuses([]), 'en')).toBe('There are no targets to show.');
});

test("large counts use the language's digit grouping", () => {
  const many = countStatuses([...Array<TargetStatus>(1200).fill('on-track'), ...Array<TargetStatus>(34).fill('off-track')]);
  expect(describeOverall(many, 'sv')).toBe(`1${NB}200 av 1${NB}234 mål är uppnådda eller i fas.`);
  expect(describeOverall(many, 'en')).toBe('1,200 of 1,234 targets are achieved or on track.');
});

test('each district gets a short count, also when it has no targets in the selection', () => {
  const counts = countStatuses(['achieved', 'on-track', 'no-data', 'achieved']);
  expect(describeAreaCounts('Årsta', counts, 'sv')).toBe('Årsta: 3 av 4 mål uppnådda eller i fas.');
  expect(describeAreaCounts('Årsta', counts, 'en')).toBe('Årsta: 3 of 4 targets achieved or on track.');
  expect(describeAreaCounts('Betahamnen', countStatuses([]), 'sv')).toBe('Betahamnen: inga mål i det här urvalet.');
  expect(describeAreaCounts('Beta Harbour', countStatuses([]), 'en')).toBe('Beta Harbour: no targets in this selection.');
});

test('overdue targets are counted in words, and nothing is said when none is overdue', () => {
  expect(describeOverdueCount(0, 'sv')).toBeUndefined();
  expect(describeOverdueCount(1, 'sv')).toBe('1 mål har en försenad uppdatering.');
  expect(describeOverdueCount(3, 'sv')).toBe('3 mål har försenade uppdateringar.');
  expect(describeOverdueCount(1, 'en')).toBe('1 target has an overdue update.');
  expect(describeOverdueCount(3, 'en')).toBe('3 targets have overdue updates.');
});

test('the progress bar is also said in words: the share done and the plan at the latest value’s period', () => {
  const at = (progress: number | null, plan: number, planPeriod?: string, nextPeriod?: string) => ({ progress, plan, planPeriod, nextPeriod });
  expect(describeProgress(at(0.63, 0.66, '2025'), 'sv')).toBe(`63${NB}% av förändringen är gjord. Planen för 2025: 66${NB}%.`);
  expect(describeProgress(at(0.63, 0.66, '2025', '2026'), 'sv')).toBe(
    `63${NB}% av förändringen är gjord. Planen för 2025: 66${NB}%. Nästa värde väntas för 2026.`,
  );
  expect(describeProgress(at(0.45, 0.6, '2024', '2025'), 'en')).toBe('45% of the change is done. The plan for 2024: 60%. The next value is expected for 2025.');
  expect(describeProgress(at(1.12, 1, '2031'), 'sv')).toBe(`112${NB}% av förändringen är gjord. Planen för 2031: 100${NB}%.`);
  expect(describeProgress(at(-0.2, 0.5, '2024-03'), 'en')).toBe('The value has moved away from the target. The plan for March 2024: 50%.');
  // No value after the baseline: no period to name a plan for.
  expect(describeProgress(at(null, 0), 'sv')).toBe('Inga mätvärden ännu.');
});

test('the printed brief says the same in fewer words', () => {
  expect(describeProgressShort({ progress: 0.63, plan: 0.66, planPeriod: '2025', nextPeriod: '2026' }, 'sv')).toBe(`Gjort 63${NB}% · plan för 2025: 66${NB}%`);
  expect(describeProgressShort({ progress: 0.45, plan: 0.6, planPeriod: '2024' }, 'en')).toBe('Done 45% · plan for 2024: 60%');
  expect(describeProgressShort({ progress: null, plan: 0, planPeriod: undefined }, 'sv')).toBe('Inga mätvärden');
  expect(describeProgressShort({ progress: -0.2, plan: 0.5, planPeriod: '2024' }, 'en')).toBe('Away from the target · plan for 2024: 50%');
});

test('the next value is named only when the plan has moved on since the latest value and nothing else says so', () => {
  const base = { latestPeriod: '2025', frequency: 'annual' as const, plan: 0.66, planToday: 0.8, overdue: false, status: 'on-track' as const };
  expect(nextValueWorthSaying(base)).toBe('2026');
  expect(nextValueWorthSaying({ ...base, latestPeriod: '2025-03', frequency: 'monthly' })).toBe('2025-04');
  expect(nextValueWorthSaying({ ...base, latestPeriod: '2025-03', frequency: 'quarterly' })).toBe('2025-06');
  expect(nextValueWorthSaying({ ...base, planToday: 0.664 })).toBeUndefined();
  expect(nextValueWorthSaying({ ...base, overdue: true })).toBeUndefined();
  expect(nextValueWorthSaying({ ...base, status: 'achieved' })).toBeUndefined();
  expect(nextValueWorthSaying({ ...base, status: 'no-data', latestPeriod: undefined })).toBeUndefined();
});

test('a divided value says what it is per, and what was divided by what', () => {
  const divided = {
    kind: 'divided',
    value: 263.157,
    decimals: 0,
    raw: 2500,
    period: '2022',
    denominator: 'population',
    denominatorValue: 9500,
    denominatorPeriod: '2022',
    nearest: false,
  } as const;
  expect(formatCompared(divided, 'bostäder', 'sv')).toBe(`263 bostäder per 1${NB}000 invånare`);
  expect(formatCompared(divided, 'homes', 'en')).toBe('263 homes per 1,000 residents');
  // The years are part of the formula, so nobody divides 2025 homes by 2022 residents unawares.
  expect(describeDivision(divided, 'bostäder', 0, 'sv')).toBe(`2${NB}500 bostäder (2022) ÷ 9${NB}500 invånare (2022)`);
  expect(describeDivision(divided, 'homes', 0, 'en')).toBe('2,500 homes (2022) ÷ 9,500 residents (2022)');
  expect(describeDivision({ ...divided, period: '2023', denominatorPeriod: '2022', nearest: true }, 'bostäder', 0, 'sv')).toBe(
    `2${NB}500 bostäder (2023) ÷ 9${NB}500 invånare (2022). Det finns inget värde för 2022, så närmaste år (2023) används.`,
  );
  const perArea = {
    kind: 'divided',
    value: 1234.5,
    decimals: 1,
    raw: 493800,
    period: '2024',
    denominator: 'heatedAreaM2',
    denominatorValue: 400000,
    denominatorPeriod: '2024',
    nearest: false,
  } as const;
  expect(formatCompared(perArea, 'MWh per år', 'sv')).toBe(`1${NB}234,5 MWh per år per 1${NB}000 m² uppvärmd yta`);
  expect(describeDivision(perArea, 'MWh per year', 1, 'en')).toBe('493,800.0 MWh per year (2024) ÷ 400,000 m² of heated floor area (2024)');
  expect(perLabel('heatedAreaM2', 'en')).toBe('per 1,000 m² of heated floor area');
});

test('values shown as published keep their unit and decimals; missing ones give no number', () => {
  expect(formatCompared({ kind: 'as-is', value: 1234.5, decimals: 1 }, 'kWh/m² och år', 'sv')).toBe(`1${NB}234,5 kWh/m² och år`);
  expect(formatCompared({ kind: 'as-is', value: 1234.5, decimals: 1 }, 'kWh/m² per year', 'en')).toBe('1,234.5 kWh/m² per year');
  expect(formatCompared({ kind: 'missing-denominator', denominator: 'population', raw: 5 }, 'bostäder', 'sv')).toBeUndefined();
  expect(formatCompared({ kind: 'no-value' }, 'bostäder', 'sv')).toBeUndefined();
});

test('a missing denominator is said instead of a number, naming the district', () => {
  expect(describeMissingDenominator('population', 'Betahamnen', 'sv')).toBe('Antal invånare saknas för Betahamnen, så det finns inget värde per invånare.');
  expect(describeMissingDenominator('population', 'Beta Harbour', 'en')).toBe('Beta Harbour has no population figure, so there is no value per resident.');
  expect(describeMissingDenominator('heatedAreaM2', 'Betahamnen', 'sv')).toBe('Uppvärmd yta saknas för Betahamnen, så det finns inget värde per m².');
  expect(describeMissingDenominator('heatedAreaM2', 'Beta Harbour', 'en')).toBe('Beta Harbour has no heated floor area figure, so there is no value per m².');
});

test('the rule of each comparison mode is said in plain words in both languages', () => {
  expect(describeComparisonRule('absolute', 'sv')).toBe('Värdena visas som de är publicerade.');
  expect(describeComparisonRule('per-resident', 'sv')).toMatch(
    new RegExp(`^Totaler, som antal bostäder, är delade med antalet invånare i stadsdelen och visas per 1${NB}000 invånare\\.`),
  );
  expect(describeComparisonRule('per-m2', 'en')).toMatch(
    /^Totals in energy and housing are divided by the district's heated floor area and shown per 1,000 m²\./,
  );
  expect(describeComparisonRule('per-resident', 'en')).toMatch(/Only values of the same year as the population or floor area are divided/);
  expect(describeAsIs('normalised', 'sv')).toBe('Redan ett jämförbart mått, så det visas som det är.');
  expect(describeAsIs('not-buildings', 'en')).toBe('Heated floor area says nothing about this measure, so it is shown as it is.');
});
