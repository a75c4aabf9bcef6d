/**
 * The summary's generated text in Swedish and English: the overall count, the per-district
 * counts, one finding per district and target, the progress bar's text equivalent and the
 * fair-comparison labels. Pure functions: the language is a parameter, numbers are formatted
 * for it (Swedish `1 234,5`, `64 %` with no-break spaces; English `1,234.5`, `64%`).
 * The finding reuses the shared voice (lib/sentences: describeIndicator) and adds the overdue
 * note; nothing here decides a status.
 */
import { formatPlural } from '../../i18n/plural';
import { formatNumber, formatPercent, formatPeriod, formatValue } from '../../core/format';
import type { Language } from '../../i18n/language';
import { defineMessages } from '../../core/messages';
import type { Direction, Frequency } from '../../contract/schemas';
import { describeIndicator } from '../../lib/sentences/sentences';
import type { PointLike, StatusCounts, TargetLike, TargetStatus } from '../../core/status';
import { nextPeriod } from '../../core/periods';
import { PER, type ComparedValue, type ComparisonMode, type Denominator } from './comparison';

const messages = defineMessages({
  sv: {
    noTargets: 'Det finns inga mål att visa.',
    someGood: (good: string, total: string, one: boolean) => `${good} av ${total} mål är ${one ? 'uppnått' : 'uppnådda'} eller i fas.`,
    allGood: (total: string) => `Alla ${total} mål är uppnådda eller i fas.`,
    noneGood: (total: string) => `Inget av de ${total} målen är uppnått eller i fas.`,
    areaCounts: (area: string, good: string, total: string) => `${area}: ${good} av ${total} mål uppnådda eller i fas.`,
    areaNoTargets: (area: string) => `${area}: inga mål i det här urvalet.`,
    overdue: { one: (count: string) => `${count} mål har en försenad uppdatering.`, other: (count: string) => `${count} mål har försenade uppdateringar.` },
    overdueNote: (period: string) => `Senaste värdet är från ${period}, och en nyare uppdatering är försenad.`,
    progressDone: (share: string) => `${share} av förändringen är gjord.`,
    progressNone: 'Inga mätvärden ännu.',
    progressAway: 'Värdet har rört sig bort från målet.',
    progressPlan: (period: string, share: string) => `Planen för ${period}: ${share}.`,
    progressNext: (period: string) => `Nästa värde väntas för ${period}.`,
    progressShortDone: (share: string) => `Gjort ${share}`,
    progressShortNone: 'Inga mätvärden',
    progressShortAway: 'Bort från målet',
    progressShortPlan: (period: string, share: string) => `plan för ${period}: ${share}`,
    perResidents: (per: string) => `per ${per} invånare`,
    perArea: (per: string) => `per ${per} m² uppvärmd yta`,
    dividedByResidents: (raw: string, by: string) => `${raw} ÷ ${by} invånare`,
    dividedByArea: (raw: string, by: string) => `${raw} ÷ ${by} m² uppvärmd yta`,
    inPeriod: (value: string, period: string) => `${value} (${period})`,
    nearestYear: (period: string, byPeriod: string) => `Det finns inget värde för ${byPeriod}, så närmaste år (${period}) används.`,
    undatedResidents: (area: string) => `Det anges inte vilket år antalet invånare i ${area} gäller, så värdet delas inte.`,
    undatedArea: (area: string) => `Det anges inte vilket år den uppvärmda ytan i ${area} gäller, så värdet delas inte.`,
    missingResidents: (area: string) => `Antal invånare saknas för ${area}, så det finns inget värde per invånare.`,
    missingArea: (area: string) => `Uppvärmd yta saknas för ${area}, så det finns inget värde per m².`,
    ruleAbsolute: 'Värdena visas som de är publicerade.',
    rulePerResident: (per: string) =>
      `Totaler, som antal bostäder, är delade med antalet invånare i stadsdelen och visas per ${per} invånare. Andelar och mått som redan är per m² eller per bostad visas som de är.`,
    rulePerArea: (per: string) =>
      `Totaler inom energi och bostäder är delade med stadsdelens uppvärmda yta och visas per ${per} m². Andelar, mått som redan är per m² eller per bostad och totaler inom mobilitet visas som de är.`,
    ruleLatestOnly:
      'Bara värden från samma år som antalet invånare eller ytan delas (eller närmaste år, och det står då vilket). Målen gäller de publicerade talen.',
    asIsNormalised: 'Redan ett jämförbart mått, så det visas som det är.',
    asIsNotBuildings: 'Uppvärmd yta säger inget om det här måttet, så det visas som det är.',
  },
  en: {
    noTargets: 'There are no targets to show.',
    someGood: (good: string, total: string, one: boolean) => `${good} of ${total} targets ${one ? 'is' : 'are'} achieved or on track.`,
    allGood: (total: string) => `All ${total} targets are achieved or on track.`,
    noneGood: (total: string) => `None of the ${total} targets is achieved or on track.`,
    areaCounts: (area: string, good: string, total: string) => `${area}: ${good} of ${total} targets achieved or on track.`,
    areaNoTargets: (area: string) => `${area}: no targets in this selection.`,
    overdue: { one: (count: string) => `${count} target has an overdue update.`, other: (count: string) => `${count} targets have overdue updates.` },
    overdueNote: (period: string) => `The latest value is from ${period}, and a newer update is overdue.`,
    progressDone: (share: string) => `${share} of the change is done.`,
    progressNone: 'No measurements yet.',
    progressAway: 'The value has moved away from the target.',
    progressPlan: (period: string, share: string) => `The plan for ${period}: ${share}.`,
    progressNext: (period: string) => `The next value is expected for ${period}.`,
    progressShortDone: (share: string) => `Done ${share}`,
    progressShortNone: 'No values',
    progressShortAway: 'Away from the target',
    progressShortPlan: (period: string, share: string) => `plan for ${period}: ${share}`,
    perResidents: (per: string) => `per ${per} residents`,
    perArea: (per: string) => `per ${per} m² of heated floor area`,
    dividedByResidents: (raw: string, by: string) => `${raw} ÷ ${by} residents`,
    dividedByArea: (raw: string, by: string) => `${raw} ÷ ${by} m² of heated floor area`,
    inPeriod: (value: string, period: string) => `${value} (${period})`,
    nearestYear: (period: string, byPeriod: string) => `There is no value for ${byPeriod}, so the nearest year (${period}) is used.`,
    undatedResidents: (area: string) => `The data does not say which year ${area}'s population counts, so the value is not divided.`,
    undatedArea: (area: string) => `The data does not say which year ${area}'s heated floor area counts, so the value is not divided.`,
    missingResidents: (area: string) => `${area} has no population figure, so there is no value per resident.`,
    missingArea: (area: string) => `${area} has no heated floor area figure, so there is no value per m².`,
    ruleAbsolute: 'Values are shown as published.',
    rulePerResident: (per: string) =>
      `Totals, such as the number of homes, are divided by the district's number of residents and shown per ${per} residents. Shares and measures already per m² or per home are shown as they are.`,
    rulePerArea: (per: string) =>
      `Totals in energy and housing are divided by the district's heated floor area and shown per ${per} m². Shares, measures already per m² or per home, and mobility totals are shown as they are.`,
    ruleLatestOnly:
      'Only values of the same year as the population or floor area are divided (or the nearest year, which is then named). The targets are set in the published figures.',
    asIsNormalised: 'Already a comparable measure, so it is shown as it is.',
    asIsNotBuildings: 'Heated floor area says nothing about this measure, so it is shown as it is.',
  },
});

const good = (counts: StatusCounts) => counts.achieved + counts['on-track'];

/** The conclusion at the top: "7 av 12 mål är uppnådda eller i fas." */
export function describeOverall(counts: StatusCounts, language: Language): string {
  const t = messages[language];
  const total = counts.total;
  if (total === 0) return t.noTargets;
  const n = good(counts);
  if (n === total && total > 1) return t.allGood(formatNumber(total, language));
  if (n === 0 && total > 1) return t.noneGood(formatNumber(total, language));
  return t.someGood(formatNumber(n, language), formatNumber(total, language), n === 1);
}

/** One district's share: "Årsta: 4 av 6 mål uppnådda eller i fas." */
export function describeAreaCounts(areaName: string, counts: StatusCounts, language: Language): string {
  const t = messages[language];
  if (counts.total === 0) return t.areaNoTargets(areaName);
  return t.areaCounts(areaName, formatNumber(good(counts), language), formatNumber(counts.total, language));
}

/** "2 mål har försenade uppdateringar." — undefined when none is overdue. */
export function describeOverdueCount(count: number, language: Language): string | undefined {
  const t = messages[language];
  if (count <= 0) return undefined;
  return formatPlural(t.overdue, count, language);
}

export interface DescribeTargetCellInput {
  language: Language;
  /** The indicator's name in this language. */
  subject: string;
  unit: string;
  decimals: number;
  direction: Direction;
  points: ReadonlyArray<PointLike>;
  target: TargetLike;
  /** From the shared rule (evaluateTarget). */
  overdue: boolean;
  /** The period of the latest value, for the overdue note. */
  latestPeriod?: string | undefined;
}

/**
 * The finding for one district and target, conclusion first: the change since the baseline
 * judged good or bad, then the target and its status, then (when overdue) how old the latest
 * value is. "Energianvändning har minskat med 63 % sedan 2015, vilket är bra. Målet på 60 kWh/m²
 * till 2025 är uppnått."
 */
export function describeTargetCell({ language, subject, unit, decimals, direction, points, target, overdue, latestPeriod }: DescribeTargetCellInput): string {
  const finding = describeIndicator({ language, subject, unit, decimals, direction, points, target });
  if (!overdue || latestPeriod === undefined) return finding;
  return `${finding} ${messages[language].overdueNote(formatPeriod(latestPeriod, language))}`;
}

export interface ProgressWords {
  /** Share of the planned change achieved (not clamped); null when there is no value after the baseline. */
  progress: number | null;
  /** The straight path's share at the latest value's period: the plan the status is judged against. */
  plan: number;
  /** The latest value's period; undefined when there is no value after the baseline (then no plan is named). */
  planPeriod: string | undefined;
  /** When the latest value is old (the plan has moved on since): the period the next value is for. */
  nextPeriod?: string | undefined;
}

function doneWords(progress: number | null, language: Language, short: boolean): string {
  const t = messages[language];
  if (progress === null || !Number.isFinite(progress)) return short ? t.progressShortNone : t.progressNone;
  if (progress < 0) return short ? t.progressShortAway : t.progressAway;
  return short ? t.progressShortDone(formatPercent(progress, language, 0)) : t.progressDone(formatPercent(progress, language, 0));
}

/**
 * The progress bar as words, against the plan at the latest value's period — the same plan the
 * status is judged against, so "I fas" never sits beside a bigger plan for today. "63 % av
 * förändringen är gjord. Planen för 2025: 66 %." plus, when the value is old, "Nästa värde
 * väntas för 2026."
 */
export function describeProgress({ progress, plan, planPeriod, nextPeriod }: ProgressWords, language: Language): string {
  const t = messages[language];
  const done = doneWords(progress, language, false);
  if (planPeriod === undefined) return done;
  const parts = [done, t.progressPlan(formatPeriod(planPeriod, language), formatPercent(plan, language, 0))];
  if (nextPeriod !== undefined) parts.push(t.progressNext(formatPeriod(nextPeriod, language)));
  return parts.join(' ');
}

/** The same, short, for the printed brief: "Gjort 63 % · plan för 2025: 66 %". */
export function describeProgressShort({ progress, plan, planPeriod }: ProgressWords, language: Language): string {
  const t = messages[language];
  const done = doneWords(progress, language, true);
  if (planPeriod === undefined) return done;
  return `${done} · ${t.progressShortPlan(formatPeriod(planPeriod, language), formatPercent(plan, language, 0))}`;
}

/**
 * The period the next value is for, when it is worth saying: the latest value is old enough that
 * the plan today has moved on from the plan at its period (they differ in whole per cent), and the
 * update is not already flagged overdue (that flag says more). Undefined otherwise.
 */
export function nextValueWorthSaying(input: {
  latestPeriod: string | undefined;
  frequency: Frequency;
  plan: number;
  planToday: number;
  overdue: boolean;
  status: TargetStatus;
}): string | undefined {
  const { latestPeriod, frequency, plan, planToday, overdue, status } = input;
  if (latestPeriod === undefined || overdue || status === 'achieved' || status === 'no-data') return undefined;
  if (Math.round(planToday * 100) === Math.round(plan * 100)) return undefined;
  return nextPeriod(latestPeriod, frequency);
}

/** What the latest value is per: "per 1 000 invånare" / "per 1,000 m² of heated floor area". */
export function perLabel(denominator: Denominator, language: Language): string {
  const t = messages[language];
  const per = formatNumber(PER, language);
  return denominator === 'population' ? t.perResidents(per) : t.perArea(per);
}

/**
 * A compared value with its unit: "55 kWh/m² och år", "25,2 bostäder per 1 000 invånare";
 * undefined when there is no number to show (no value, or the denominator is missing).
 */
export function formatCompared(value: ComparedValue, unit: string, language: Language): string | undefined {
  switch (value.kind) {
    case 'as-is':
      return formatValue(value.value, language, value.decimals, unit);
    case 'divided':
      return `${formatValue(value.value, language, value.decimals, unit)} ${perLabel(value.denominator, language)}`;
    case 'missing-denominator':
    case 'undated-denominator':
    case 'no-value':
      return undefined;
  }
}

/**
 * What was divided by what, with the years: "5 800 bostäder (2022) ÷ 6 960 invånare (2022)",
 * then — when the value is from another year than the denominator — which year was used.
 */
export function describeDivision(value: Extract<ComparedValue, { kind: 'divided' }>, unit: string, rawDecimals: number, language: Language): string {
  const t = messages[language];
  const raw = t.inPeriod(formatValue(value.raw, language, rawDecimals, unit), formatPeriod(value.period, language));
  const by = formatNumber(value.denominatorValue, language);
  const formula = value.denominator === 'population' ? t.dividedByResidents(raw, by) : t.dividedByArea(raw, by);
  const byPeriod = formatPeriod(value.denominatorPeriod, language);
  const withYears = `${formula} (${byPeriod})`;
  return value.nearest ? `${withYears}. ${t.nearestYear(formatPeriod(value.period, language), byPeriod)}` : withYears;
}

/** Said instead of a number when the data does not date the denominator. */
export function describeUndatedDenominator(denominator: Denominator, areaName: string, language: Language): string {
  const t = messages[language];
  return denominator === 'population' ? t.undatedResidents(areaName) : t.undatedArea(areaName);
}

/** Said instead of a number: "Antal invånare saknas för Betahamnen, så det finns inget värde per invånare." */
export function describeMissingDenominator(denominator: Denominator, areaName: string, language: Language): string {
  const t = messages[language];
  return denominator === 'population' ? t.missingResidents(areaName) : t.missingArea(areaName);
}

/** The rule of the chosen mode, in plain words (shown beside the switch and in print). */
export function describeComparisonRule(mode: ComparisonMode, language: Language): string {
  const t = messages[language];
  const per = formatNumber(PER, language);
  switch (mode) {
    case 'absolute':
      return t.ruleAbsolute;
    case 'per-resident':
      return `${t.rulePerResident(per)} ${t.ruleLatestOnly}`;
    case 'per-m2':
      return `${t.rulePerArea(per)} ${t.ruleLatestOnly}`;
  }
}

/** Why a row is not divided in a dividing mode. */
export function describeAsIs(reason: 'normalised' | 'not-buildings', language: Language): string {
  const t = messages[language];
  return reason === 'normalised' ? t.asIsNormalised : t.asIsNotBuildings;
}
