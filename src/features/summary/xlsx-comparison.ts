/**
 * The summary comparison as downloads: one row per goal × indicator × district, exactly as the
 * cards show it (domain filter and comparison mode included), as CSV/JSON records for software
 * and as an Excel workbook for people (headers in the reader's language, status words,
 * progress as percentages, and the "About the data" sheet).
 */
import { formatNumber } from '../../core/format';
import { FORECAST_COLUMNS, forecastRecord } from '../../lib/sentences/forecast-record';
import type { Language } from '../../i18n/language';
import { pickText } from '../../core/text';
import type { Link, Meta } from '../../contract/schemas';
import type { DownloadRecord } from '../../lib/downloads/files';
import { statusLabel } from '../../core/status-label';
import { aboutSheet } from '../../lib/xlsx/about-sheet';
import { number, percent, text, type XlsxCell, type XlsxWorkbook } from '../../lib/xlsx/workbook';
import { xlsxMessages } from '../../lib/xlsx/xlsx-messages';
import { compareValues, type ComparedValue, type ComparisonMode } from './comparison';
import type { Scorecard, ScorecardCell, ScorecardGoal, ScorecardRow } from './scorecard';
import { perLabel } from './summary-sentences';
import { summaryXlsxMessages } from './xlsx-messages';

export interface ComparisonLine {
  goal: ScorecardGoal;
  row: ScorecardRow;
  cell: ScorecardCell;
  compared: ComparedValue;
}

/** The scorecard's cells in the page's order: goals, their indicator rows, the districts. */
export function comparisonLines(scorecard: Pick<Scorecard, 'goals'>, mode: ComparisonMode): ComparisonLine[] {
  return scorecard.goals.flatMap((goal) =>
    goal.rows.flatMap((row) => {
      const values = compareValues(
        row.indicator,
        row.cells.map((cell) => ({ area: cell.area, value: cell.latest?.value, points: cell.points })),
        mode,
      );
      return row.cells.map((cell, index) => ({ goal, row, cell, compared: values[index] ?? { kind: 'no-value' as const } }));
    }),
  );
}

function comparedNumber(compared: ComparedValue): number | undefined {
  return compared.kind === 'as-is' || compared.kind === 'divided' ? compared.value : undefined;
}

function comparedUnit(compared: ComparedValue, unit: string, language: Language): string | undefined {
  if (compared.kind === 'divided') return `${unit} ${perLabel(compared.denominator, language)}`;
  return compared.kind === 'as-is' ? unit : undefined;
}

export const COMPARISON_COLUMNS = [
  'goal_id',
  'goal',
  'indicator_id',
  'indicator',
  'area_id',
  'district',
  'unit',
  'latest_value',
  'latest_period',
  'comparison',
  'compared_value',
  'compared_unit',
  'baseline_value',
  'baseline_period',
  'target_value',
  'target_period',
  'status',
  'status_label',
  'progress',
  'expected_today',
  'overdue',
  ...FORECAST_COLUMNS,
  'source',
] as const;

/** CSV/JSON records: stable English keys, full precision, names and labels in the page's language. */
export function comparisonRecords(lines: ReadonlyArray<ComparisonLine>, mode: ComparisonMode, language: Language): DownloadRecord[] {
  return lines.map(({ goal, row, cell, compared }) => {
    const unit = pickText(row.indicator.unit, language);
    const { target, evaluation } = cell;
    return {
      goal_id: goal.goal.id,
      goal: pickText(goal.goal.title, language),
      indicator_id: row.indicator.id,
      indicator: pickText(row.indicator.name, language),
      area_id: cell.area.id,
      district: pickText(cell.area.properties.name, language),
      unit,
      latest_value: cell.latest?.value ?? null,
      latest_period: cell.latest?.period ?? null,
      comparison: mode,
      compared_value: comparedNumber(compared) ?? null,
      compared_unit: comparedUnit(compared, unit, language) ?? null,
      baseline_value: target?.baseline.value ?? null,
      baseline_period: target?.baseline.period ?? null,
      target_value: target?.target.value ?? null,
      target_period: target?.target.period ?? null,
      status: evaluation?.status ?? null,
      status_label: evaluation ? statusLabel(evaluation.status, language) : null,
      progress: evaluation?.progress ?? null,
      expected_today: evaluation?.expectedToday ?? null,
      overdue: evaluation?.overdue ?? false,
      ...forecastRecord(cell.forecast, language),
      source: row.indicator.source.name,
    };
  });
}

export interface ComparisonWorkbookInput {
  scorecard: Pick<Scorecard, 'goals' | 'sources'>;
  mode: ComparisonMode;
  modeLabel: string;
  domainLabel: string;
  meta: Meta;
  language: Language;
  viewUrl: string;
  downloaded: Date;
}

export function comparisonWorkbook({ scorecard, mode, modeLabel, domainLabel, meta, language, viewUrl, downloaded }: ComparisonWorkbookInput): XlsxWorkbook {
  const t = summaryXlsxMessages[language];
  const yesNo = xlsxMessages[language];
  const lines = comparisonLines(scorecard, mode);
  const compare = mode !== 'absolute';
  const headers = [
    t.goal,
    t.indicator,
    t.district,
    t.unit,
    t.latestValue,
    t.latestPeriod,
    ...(compare ? [t.comparedValue(modeLabel), t.comparedUnit] : []),
    t.baselineValue,
    t.baselinePeriod,
    t.targetValue,
    t.targetPeriod,
    t.status,
    t.progress,
    t.expectedToday,
    t.overdue,
    t.source,
    t.goalId,
    t.indicatorId,
    t.areaId,
  ];
  const rows = lines.map(({ goal, row, cell, compared }): XlsxCell[] => {
    const { indicator } = row;
    const unit = pickText(indicator.unit, language);
    const { target, evaluation } = cell;
    return [
      text(pickText(goal.goal.title, language)),
      text(pickText(indicator.name, language)),
      text(pickText(cell.area.properties.name, language)),
      text(unit),
      number(cell.latest?.value, indicator.decimals),
      text(cell.latest?.period),
      ...(compare
        ? [
            number(comparedNumber(compared), compared.kind === 'divided' || compared.kind === 'as-is' ? compared.decimals : indicator.decimals),
            text(comparedUnit(compared, unit, language)),
          ]
        : []),
      number(target?.baseline.value, indicator.decimals),
      text(target?.baseline.period),
      number(target?.target.value, indicator.decimals),
      text(target?.target.period),
      text(evaluation ? statusLabel(evaluation.status, language) : t.noTarget),
      percent(evaluation?.progress),
      percent(evaluation?.expectedToday),
      text(evaluation ? (evaluation.overdue ? yesNo.yes : yesNo.no) : undefined),
      text(indicator.source.name),
      text(goal.goal.id),
      text(indicator.id),
      text(cell.area.id),
    ];
  });
  const sources: Link[] = scorecard.sources.map((entry) => entry.source);
  return {
    sheets: [
      { name: t.sheet, headers, rows },
      aboutSheet({ meta, language, contents: t.contents(domainLabel, modeLabel, formatNumber(rows.length, language)), sources, viewUrl, downloaded }),
    ],
  };
}
