/**
 * Plain-language sentences in Swedish and English: the product's voice (docs/design.md, "Language and tone").
 * Conclusion first, one sentence per finding, the direction said in words as good or bad,
 * numbers formatted for the language (Swedish `1 234,5`, `64 %`; English `1,234.5`, `64%`).
 * Everything is pure: the language (and, where tense matters, today) are parameters.
 *
 * Decisions:
 * - A change is described as it is displayed: both values are first rounded to the
 *   indicator's decimals, so "unchanged" means "the same figure on screen".
 * - The change is relative ("has fallen 64%") when the starting value is non-zero and both
 *   values are on the same side of zero; otherwise, or when the relative change would round to
 *   0 %, it is absolute with the unit ("has risen 12 kWh"). An indicator whose unit is "%" is
 *   always described in percentage points, never as a percentage of a percentage.
 * - Relative changes below 10 % get one decimal ("4,5 %"), larger ones none ("64 %").
 * - Swedish "unchanged" is "har inte förändrats" rather than "är oförändrad": indicator names
 *   are of either grammatical gender ("energianvändning" is utrum, "antal" neuter), and the
 *   verb form fits both.
 * - The subject (the indicator's name from the data) keeps its capital at the start of a
 *   sentence; inside one, its first letter is lower-cased unless the name starts with an
 *   abbreviation ("CO₂-utsläpp", "EV charging") — see lowerFirst.
 * - Tense: "Målet var …" / "The target was …" once today is past the end of the target period
 *   (when today is given); otherwise present tense.
 */
import type { Direction } from '../../contract/schemas';
import { formatNumber, formatPercent, formatPeriod, formatValue } from '../../core/format';
import type { Language } from '../../i18n/language';
import { defineMessages } from '../../core/messages';
import { formatPlural } from '../../i18n/plural';
import { periodGranularity, periodToTime } from '../../core/periods';
import {
  judgeChange,
  statusMargin,
  targetReachedAt,
  targetStatus,
  valuedPoints,
  type PointLike,
  type StatusMargin,
  type TargetLike,
  type TargetReached,
  type TargetStatus,
} from '../../core/status';

export interface PeriodValue {
  period: string;
  value: number;
}

/** Where the figures are from: a district (en "in Årsta") or a pilot site (en "at Valla torg"). */
export type PlaceKind = 'area' | 'site';

const messages = defineMessages({
  sv: {
    inArea: (name: string) => `i ${name}`,
    atSite: (name: string) => `i ${name}`,
    yearAt: (period: string) => `år ${period}`,
    monthAt: (period: string) => `i ${period}`,
    dayAt: (period: string) => `den ${period}`,
    percentagePoints: { one: (amount: string) => `${amount} procentenhet`, other: (amount: string) => `${amount} procentenheter` },
    fell: (subject: string, amount: string, since: string) => `${subject} har minskat med ${amount} sedan ${since}`,
    rose: (subject: string, amount: string, since: string) => `${subject} har ökat med ${amount} sedan ${since}`,
    unchanged: (subject: string, since: string) => `${subject} har inte förändrats sedan ${since}.`,
    good: (clause: string) => `${clause}, vilket är bra.`,
    bad: (clause: string) => `${clause}, vilket är dåligt.`,
    level: (subject: string, value: string, at: string) => `${subject} var ${value} ${at}.`,
    noValues: (subject: string) => `Det finns inga mätvärden för ${subject} ännu.`,
    noValuesAfter: (subject: string, baseline: string) => `Det finns inga mätvärden för ${subject} efter ${baseline} ännu.`,
    targetIs: (value: string, period: string) => `Målet är ${value} till ${period}.`,
    targetAchieved: (value: string, period: string) => `Målet på ${value} till ${period} är uppnått.`,
    compactOnTrack: (value: string, period: string) => `Utvecklingen är i fas med målet på ${value} till ${period}.`,
    compactAtRisk: (value: string, period: string) => `Målet på ${value} till ${period} riskerar att missas.`,
    compactOffTrack: (value: string, period: string) => `Utvecklingen ligger efter plan för målet på ${value} till ${period}.`,
    targetReachedLate: (value: string, period: string, reached: string, late: string) =>
      `Målet på ${value} till ${period} nåddes ${reached}, ${late} efter målåret.`,
    reachedOnTime: (period: string) => `Uppnått ${period}, i tid`,
    reachedLate: (period: string, late: string) => `Uppnått ${period}, ${late} efter målåret`,
    years: (n: number, count: string) => (n === 1 ? 'ett år' : `${count} år`),
    months: (n: number, count: string) => (n === 1 ? 'en månad' : `${count} månader`),
    days: (n: number, count: string) => (n === 1 ? 'en dag' : `${count} dagar`),
    sinceFell: (since: string, subject: string, amount: string) => `Sedan ${since} har ${subject} minskat med ${amount}.`,
    sinceRose: (since: string, subject: string, amount: string) => `Sedan ${since} har ${subject} ökat med ${amount}.`,
    sinceUnchanged: (since: string, subject: string) => `Sedan ${since} har ${subject} inte förändrats.`,
    risingSlowlyAtRisk: (subject: string, value: string, period: string) =>
      `${subject} ökar, men för långsamt: målet på ${value} till ${period} riskerar att missas.`,
    fallingSlowlyAtRisk: (subject: string, value: string, period: string) =>
      `${subject} minskar, men för långsamt: målet på ${value} till ${period} riskerar att missas.`,
    risingSlowlyOff: (subject: string, value: string, period: string) => `${subject} ökar, men för långsamt för målet på ${value} till ${period}.`,
    fallingSlowlyOff: (subject: string, value: string, period: string) => `${subject} minskar, men för långsamt för målet på ${value} till ${period}.`,
    risingAway: (subject: string, value: string, period: string) => `${subject} ökar, bort från målet på ${value} till ${period}.`,
    fallingAway: (subject: string, value: string, period: string) => `${subject} minskar, bort från målet på ${value} till ${period}.`,
    standingStillAtRisk: (subject: string, value: string, period: string) => `${subject} står still, och målet på ${value} till ${period} riskerar att missas.`,
    standingStillOff: (subject: string, value: string, period: string) => `${subject} står still, efter planen för målet på ${value} till ${period}.`,
    marginAhead: (period: string) => `${period} låg värdet före planen`,
    marginWithin: (period: string, behind: string, tolerance: string) => `${period} låg värdet ${behind} efter planen, inom marginalen på ${tolerance}`,
    marginBeyond: (period: string, behind: string, tolerance: string) => `${period} låg värdet ${behind} efter planen, mer än marginalen på ${tolerance}`,
    marginFarBeyond: (period: string, behind: string, tolerance: string) =>
      `${period} låg värdet ${behind} efter planen, mer än dubbla marginalen på ${tolerance}`,
  },
  en: {
    inArea: (name: string) => `in ${name}`,
    atSite: (name: string) => `at ${name}`,
    yearAt: (period: string) => `in ${period}`,
    monthAt: (period: string) => `in ${period}`,
    dayAt: (period: string) => `on ${period}`,
    percentagePoints: { one: (amount: string) => `${amount} percentage point`, other: (amount: string) => `${amount} percentage points` },
    fell: (subject: string, amount: string, since: string) => `${subject} has fallen ${amount} since ${since}`,
    rose: (subject: string, amount: string, since: string) => `${subject} has risen ${amount} since ${since}`,
    unchanged: (subject: string, since: string) => `${subject} has not changed since ${since}.`,
    good: (clause: string) => `${clause}, which is good.`,
    bad: (clause: string) => `${clause}, which is bad.`,
    level: (subject: string, value: string, at: string) => `${subject} was ${value} ${at}.`,
    noValues: (subject: string) => `There are no measurements of ${subject} yet.`,
    noValuesAfter: (subject: string, baseline: string) => `There are no measurements of ${subject} after ${baseline} yet.`,
    targetIs: (value: string, period: string) => `The target is ${value} by ${period}.`,
    targetAchieved: (value: string, period: string) => `The target of ${value} by ${period} has been achieved.`,
    compactOnTrack: (value: string, period: string) => `Progress is on track for the target of ${value} by ${period}.`,
    compactAtRisk: (value: string, period: string) => `The target of ${value} by ${period} is at risk of being missed.`,
    compactOffTrack: (value: string, period: string) => `Progress is off track for the target of ${value} by ${period}.`,
    targetReachedLate: (value: string, period: string, reached: string, late: string) =>
      `The target of ${value} by ${period} was reached in ${reached}, ${late} after the target year.`,
    reachedOnTime: (period: string) => `Achieved ${period}, on time`,
    reachedLate: (period: string, late: string) => `Achieved ${period}, ${late} after the target year`,
    years: (n: number, count: string) => (n === 1 ? 'one year' : `${count} years`),
    months: (n: number, count: string) => (n === 1 ? 'one month' : `${count} months`),
    days: (n: number, count: string) => (n === 1 ? 'one day' : `${count} days`),
    sinceFell: (since: string, subject: string, amount: string) => `Since ${since}, ${subject} has fallen ${amount}.`,
    sinceRose: (since: string, subject: string, amount: string) => `Since ${since}, ${subject} has risen ${amount}.`,
    sinceUnchanged: (since: string, subject: string) => `Since ${since}, ${subject} has not changed.`,
    risingSlowlyAtRisk: (subject: string, value: string, period: string) =>
      `${subject} is increasing, but too slowly: the target of ${value} by ${period} is at risk of being missed.`,
    fallingSlowlyAtRisk: (subject: string, value: string, period: string) =>
      `${subject} is decreasing, but too slowly: the target of ${value} by ${period} is at risk of being missed.`,
    risingSlowlyOff: (subject: string, value: string, period: string) => `${subject} is increasing, but too slowly for the target of ${value} by ${period}.`,
    fallingSlowlyOff: (subject: string, value: string, period: string) => `${subject} is decreasing, but too slowly for the target of ${value} by ${period}.`,
    risingAway: (subject: string, value: string, period: string) => `${subject} is increasing, away from the target of ${value} by ${period}.`,
    fallingAway: (subject: string, value: string, period: string) => `${subject} is decreasing, away from the target of ${value} by ${period}.`,
    standingStillAtRisk: (subject: string, value: string, period: string) =>
      `${subject} is standing still, and the target of ${value} by ${period} is at risk of being missed.`,
    standingStillOff: (subject: string, value: string, period: string) =>
      `${subject} is standing still, behind the plan for the target of ${value} by ${period}.`,
    marginAhead: (period: string) => `In ${period} the value was ahead of the plan`,
    marginWithin: (period: string, behind: string, tolerance: string) =>
      `In ${period} the value was ${behind} behind the plan, within the margin of ${tolerance}`,
    marginBeyond: (period: string, behind: string, tolerance: string) =>
      `In ${period} the value was ${behind} behind the plan, more than the margin of ${tolerance}`,
    marginFarBeyond: (period: string, behind: string, tolerance: string) =>
      `In ${period} the value was ${behind} behind the plan, more than twice the margin of ${tolerance}`,
  },
});

// ---------- labels ----------

// ---------- small text helpers ----------

/**
 * The name with its first letter lower-cased, for use inside a sentence: "Energianvändning"
 * → "energianvändning". Names that start with an abbreviation or a digit keep their form:
 * "CO₂-utsläpp", "EV charging", "4G coverage".
 */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (first === undefined) return text;
  if (second !== undefined && second !== second.toLowerCase()) return text; // "EV…", "CO₂…"
  if (second !== undefined && /\d/.test(second)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** The name with its first letter capitalised, for the start of a sentence. */
export function upperFirst(text: string): string {
  const [first] = [...text];
  if (first === undefined) return text;
  return first.toUpperCase() + text.slice(first.length);
}

/** "år 2015", "i april 2024", "den 17 maj 2024" / "in 2015", "in April 2024", "on 17 May 2024". */
export function atPeriod(period: string, language: Language): string {
  const t = messages[language];
  const formatted = formatPeriod(period, language);
  switch (periodGranularity(period)) {
    case 'year':
      return t.yearAt(formatted);
    case 'month':
      return t.monthAt(formatted);
    case 'day':
      return t.dayAt(formatted);
  }
}

function subjectWithPlace(subject: string, language: Language, areaName: string | undefined, placeKind: PlaceKind): string {
  if (!areaName) return subject;
  const t = messages[language];
  return `${subject} ${placeKind === 'site' ? t.atSite(areaName) : t.inArea(areaName)}`;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Whether a unit is a share in per cent: "%", or a unit text that starts with the word
 * ("procent av de boende", "per cent of cars", "percent"). Data units are free text.
 */
export function isPercentUnit(unit: string | undefined): boolean {
  return /^\s*(%|procent\b|per ?cent\b)/i.test(unit ?? '');
}

// ---------- change ----------

export interface DescribeChangeInput {
  language: Language;
  /** The indicator's name in this language, as given in the data. */
  subject: string;
  /** The district (or site) the figures are for; omitted: no place in the sentence. */
  areaName?: string;
  placeKind?: PlaceKind;
  /** The unit in this language, e.g. "kWh/m²". */
  unit: string;
  decimals: number;
  direction: Direction;
  from: PeriodValue;
  to: PeriodValue;
}

/** How much the value changed, as displayed ("64 %", "12 kWh", "3 procentenheter"), or undefined when unchanged. */
export function formatChangeAmount(from: number, to: number, language: Language, decimals: number, unit: string): string | undefined {
  const a = roundTo(from, decimals);
  const b = roundTo(to, decimals);
  if (formatNumber(a, language, decimals) === formatNumber(b, language, decimals)) return undefined;
  const absolute = Math.abs(b - a);
  if (isPercentUnit(unit)) return formatPlural(messages[language].percentagePoints, absolute, language, decimals);
  if (a !== 0 && (Math.sign(a) === Math.sign(b) || b === 0)) {
    const relative = absolute / Math.abs(a);
    const percentDecimals = relative < 0.1 ? 1 : 0;
    if (roundTo(relative * 100, percentDecimals) !== 0) return formatPercent(relative, language, percentDecimals);
  }
  return formatValue(absolute, language, decimals, unit);
}

/**
 * One sentence on the change between two values, judged good or bad:
 * "Energianvändning i Årsta har minskat med 64 % sedan 2015, vilket är bra." /
 * "Energy use at Valla torg has fallen 64% since 2015, which is good."
 */
export function describeChange({ language, subject, areaName, placeKind = 'area', unit, decimals, direction, from, to }: DescribeChangeInput): string {
  const t = messages[language];
  const who = upperFirst(subjectWithPlace(subject, language, areaName, placeKind));
  const since = formatPeriod(from.period, language);
  const amount = formatChangeAmount(from.value, to.value, language, decimals, unit);
  if (amount === undefined) return t.unchanged(who, since);
  const change = roundTo(to.value, decimals) - roundTo(from.value, decimals);
  const clause = change < 0 ? t.fell(who, amount, since) : t.rose(who, amount, since);
  return judgeChange(change, direction) === 'better' ? t.good(clause) : t.bad(clause);
}

// ---------- target status ----------

/** The target and its status in one sentence, for the end of an indicator finding. */
function compactTargetSentence(language: Language, status: TargetStatus, target: PeriodValue, decimals: number, unit: string): string {
  const t = messages[language];
  const value = formatValue(target.value, language, decimals, unit);
  const by = formatPeriod(target.period, language);
  switch (status) {
    case 'achieved':
      return t.targetAchieved(value, by);
    case 'on-track':
      return t.compactOnTrack(value, by);
    case 'at-risk':
      return t.compactAtRisk(value, by);
    case 'off-track':
      return t.compactOffTrack(value, by);
    case 'no-data':
      return t.targetIs(value, by);
  }
}

/** "Sedan 2015 har energianvändning minskat med 64 %." — the change as a plain fact, no judgement. */
function sinceSentence(language: Language, inner: string, from: PeriodValue, to: PeriodValue, decimals: number, unit: string): string {
  const t = messages[language];
  const since = formatPeriod(from.period, language);
  const amount = formatChangeAmount(from.value, to.value, language, decimals, unit);
  if (amount === undefined) return t.sinceUnchanged(since, inner);
  return roundTo(to.value, decimals) < roundTo(from.value, decimals) ? t.sinceFell(since, inner, amount) : t.sinceRose(since, inner, amount);
}

/**
 * A target behind plan, status first with the movement as its reason: moving the right way but too
 * slowly, moving away from the target, or standing still.
 */
function behindSentence(
  language: Language,
  status: 'at-risk' | 'off-track',
  who: string,
  target: TargetLike,
  latestValue: number,
  direction: Direction,
  decimals: number,
  unit: string,
): string {
  const t = messages[language];
  const value = formatValue(target.target.value, language, decimals, unit);
  const by = formatPeriod(target.target.period, language);
  const change = roundTo(latestValue, decimals) - roundTo(target.baseline.value, decimals);
  const atRisk = status === 'at-risk';
  if (change === 0) return (atRisk ? t.standingStillAtRisk : t.standingStillOff)(who, value, by);
  // Which way is "towards the target": the target's side of the baseline, or the indicator's direction.
  const towards: Direction = target.target.value === target.baseline.value ? direction : target.target.value < target.baseline.value ? 'decrease' : 'increase';
  const rising = change > 0;
  if (rising !== (towards === 'increase')) return (rising ? t.risingAway : t.fallingAway)(who, value, by);
  if (rising) return (atRisk ? t.risingSlowlyAtRisk : t.risingSlowlyOff)(who, value, by);
  return (atRisk ? t.fallingSlowlyAtRisk : t.fallingSlowlyOff)(who, value, by);
}

// ---------- the finding for an indicator ----------

export interface DescribeIndicatorInput {
  language: Language;
  subject: string;
  areaName?: string;
  placeKind?: PlaceKind;
  unit: string;
  decimals: number;
  direction: Direction;
  /** The points of the area's own series (or the site's). */
  points: ReadonlyArray<PointLike>;
  /** The area's target for the indicator, if it has one. */
  target?: TargetLike;
}

/**
 * The finding for an indicator in an area, in one sentence or two (top of the indicator page,
 * scorecard cards). With a target: the status against the target first, then the change since the
 * baseline as a plain fact ("Målet på 55 kWh/m² till 2030 är uppnått. Sedan 2015 har
 * energianvändning minskat med 64 %."); behind plan, the movement is the reason ("Andel elbilar
 * ökar, men för långsamt för målet på 30 % till 2030. Sedan 2015 har …"), never praised.
 * Without a target: the change since the first value, judged good or bad. With one value: the
 * level and when. With no value (after the baseline): says there are no measurements yet.
 */
export function describeIndicator(input: DescribeIndicatorInput): string {
  const { language, subject, areaName, placeKind = 'area', unit, decimals, direction, points, target } = input;
  const t = messages[language];
  const valued = valuedPoints(points);
  const latest = valued.at(-1);
  const first = valued[0];
  const inner = lowerFirst(subjectWithPlace(subject, language, areaName, placeKind));

  if (target) {
    const { status } = targetStatus({ target, points, direction });
    const reached = status === 'achieved' ? targetReachedAt(target, points, direction) : undefined;
    if (status === 'no-data' || latest === undefined) {
      return `${t.noValuesAfter(inner, formatPeriod(target.baseline.period, language))} ${compactTargetSentence(language, status, target.target, decimals, unit)}`;
    }
    // The status leads; the direction of the change comes second, so a sentence never praises a
    // rise that is too slow for the target ("Ökar, men för långsamt för målet …").
    const lead =
      reached && reached.periodsLate > 0
        ? t.targetReachedLate(
            formatValue(target.target.value, language, decimals, unit),
            formatPeriod(target.target.period, language),
            formatPeriod(reached.period, language),
            lateness(reached, target.target.period, language),
          )
        : status === 'at-risk' || status === 'off-track'
          ? behindSentence(
              language,
              status,
              upperFirst(subjectWithPlace(subject, language, areaName, placeKind)),
              target,
              latest.value,
              direction,
              decimals,
              unit,
            )
          : compactTargetSentence(language, status, target.target, decimals, unit);
    return `${lead} ${sinceSentence(language, inner, target.baseline, latest, decimals, unit)}`;
  }

  if (latest === undefined || first === undefined) return t.noValues(inner);
  if (periodToTime(first.period) === periodToTime(latest.period)) {
    const who = upperFirst(subjectWithPlace(subject, language, areaName, placeKind));
    return t.level(who, formatValue(latest.value, language, decimals, unit), atPeriod(latest.period, language));
  }
  return describeChange({ language, subject, areaName, placeKind, unit, decimals, direction, from: first, to: latest });
}

// ---------- the status explained where it is shown ----------

/** "ett år", "3 månader" / "one year", "3 months": how late, in the target period's units. */
function lateness(reached: TargetReached, targetPeriod: string, language: Language): string {
  const t = messages[language];
  const n = reached.periodsLate;
  const count = formatNumber(n, language);
  switch (periodGranularity(targetPeriod)) {
    case 'year':
      return t.years(n, count);
    case 'month':
      return t.months(n, count);
    case 'day':
      return t.days(n, count);
  }
}

/** When an achieved target was reached, against its deadline: "Uppnått 2020, ett år efter målåret" / "Uppnått 2018, i tid". */
export function describeReached(reached: TargetReached, targetPeriod: string, language: Language): string {
  const t = messages[language];
  const period = formatPeriod(reached.period, language);
  return reached.periodsLate > 0 ? t.reachedLate(period, lateness(reached, targetPeriod, language)) : t.reachedOnTime(period);
}

/**
 * Why the status is what it is, in words, against the tolerance: "2024 låg värdet 16 procentenheter
 * efter planen, inom marginalen på 20 procentenheter".
 */
export function describeMargin(margin: StatusMargin, language: Language): string {
  const t = messages[language];
  const period = formatPeriod(margin.period, language);
  const points = (share: number) => formatPlural(t.percentagePoints, Math.round(share * 100), language);
  const behind = points(margin.behind);
  const tolerance = points(margin.tolerance);
  switch (margin.position) {
    case 'ahead':
      return t.marginAhead(period);
    case 'within':
      return t.marginWithin(period, behind, tolerance);
    case 'beyond':
      return t.marginBeyond(period, behind, tolerance);
    case 'far-beyond':
      return t.marginFarBeyond(period, behind, tolerance);
  }
}

export interface StatusDetailInput {
  language: Language;
  target: TargetLike;
  points: ReadonlyArray<PointLike>;
  direction: Direction;
}

/**
 * The short text shown beside a status badge: when an achieved target was reached (and whether
 * that was late), or how far from the plan the latest value is against the tolerance. Undefined
 * for no data (the badge says it all).
 */
export function describeStatusDetail({ language, target, points, direction }: StatusDetailInput): string | undefined {
  const result = targetStatus({ target, points, direction });
  if (result.status === 'achieved') {
    const reached = targetReachedAt(target, points, direction);
    return reached ? describeReached(reached, target.target.period, language) : undefined;
  }
  const margin = statusMargin(result, target);
  return margin ? describeMargin(margin, language) : undefined;
}
