/**
 * The catalogue's Excel file, as data: the rows shown (same filter and sort), one typed cell per
 * column, headers in the reader's language with the unit or "%" in them, status and trend as
 * the words the page uses, and the "About the data" sheet. Written by src/lib/xlsx.
 */
import { domainMessages } from '../../../components/domain-messages';
import { formatNumber } from '../../../core/format';
import type { Language } from '../../../i18n/language';
import { pickText } from '../../../core/text';
import type { Link, Meta } from '../../../contract/schemas';
import { statusLabel } from '../../../core/status-label';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';
import { forecastLabel } from '../../../lib/sentences/forecast';
import { aboutSheet } from '../../../lib/xlsx/about-sheet';
import { number, percent, text, type XlsxCell, type XlsxSheet, type XlsxWorkbook } from '../../../lib/xlsx/workbook';
import { xlsxMessages } from '../../../lib/xlsx/xlsx-messages';
import { catalogueMessages } from '../catalogue-messages';
import { vocabularyMessages } from '../indicators-messages';
import { indicatorsXlsxMessages } from '../xlsx-messages';
import { qualityOf } from '../../../contract/quality';

export function catalogueSheet(rows: ReadonlyArray<IndicatorAreaRow>, language: Language): XlsxSheet {
  const t = indicatorsXlsxMessages[language];
  const page = catalogueMessages[language];
  const vocabulary = vocabularyMessages[language];
  const yesNo = xlsxMessages[language];
  const trendWords = { better: page.trendBetter, worse: page.trendWorse, unchanged: page.trendUnchanged };
  return {
    name: t.catalogueSheet,
    headers: [
      t.indicator,
      t.domain,
      t.district,
      t.unit,
      t.latestValue,
      t.latestPeriod,
      t.latestQuality,
      t.previousValue,
      t.previousPeriod,
      t.change,
      t.trend,
      t.baselineValue,
      t.baselinePeriod,
      t.targetValue,
      t.targetPeriod,
      t.status,
      t.progress,
      t.expected,
      t.overdue,
      t.forecast,
      t.forecastReachYear,
      t.forecastReachYearLow,
      t.forecastReachYearHigh,
      t.forecastValueAtTarget,
      t.forecastValueAtTargetLow,
      t.forecastValueAtTargetHigh,
      t.source,
      t.indicatorId,
      t.areaId,
    ],
    rows: rows.map(({ indicator, area, latest, trend, target, evaluation, overdue, forecast }): XlsxCell[] => {
      const decimals = indicator.decimals;
      return [
        text(pickText(indicator.name, language)),
        text(domainMessages[language][indicator.domain]),
        text(pickText(area.properties.name, language)),
        text(pickText(indicator.unit, language)),
        number(latest?.value, decimals),
        text(latest?.period),
        text(latest ? vocabulary[qualityOf(latest) ?? 'measured'] : undefined),
        number(trend?.previous.value, decimals),
        text(trend?.previous.period),
        number(trend?.change, decimals),
        text(trend ? trendWords[trend.judgement] : undefined),
        number(target?.baseline.value, decimals),
        text(target?.baseline.period),
        number(target?.target.value, decimals),
        text(target?.target.period),
        text(evaluation ? statusLabel(evaluation.status, language) : page.noTarget),
        percent(evaluation?.progress),
        percent(evaluation && evaluation.status !== 'no-data' ? evaluation.expected : undefined),
        text(overdue ? yesNo.yes : yesNo.no),
        text(forecast ? forecastLabel(forecast, language) : undefined),
        number(forecast?.reachYear, 0),
        number(forecast?.reachYearLow ?? undefined, 0),
        number(forecast?.reachYearHigh ?? undefined, 0),
        // One decimal more than the measured values: the projection is not a measurement.
        number(forecast?.atTarget?.value, decimals + 1),
        number(forecast?.atTarget?.low, decimals + 1),
        number(forecast?.atTarget?.high, decimals + 1),
        text(indicator.source.name),
        text(indicator.id),
        text(area.id),
      ];
    }),
  };
}

/** The distinct sources of the indicators, in the order they first appear. */
export function distinctSources(sources: ReadonlyArray<Link>): Link[] {
  const seen = new Map<string, Link>();
  for (const source of sources) {
    const key = `${source.name}|${source.url ?? ''}`;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}

export interface CatalogueWorkbookInput {
  rows: ReadonlyArray<IndicatorAreaRow>;
  total: number;
  meta: Meta;
  language: Language;
  viewUrl: string;
  downloaded: Date;
}

export function catalogueWorkbook({ rows, total, meta, language, viewUrl, downloaded }: CatalogueWorkbookInput): XlsxWorkbook {
  const t = indicatorsXlsxMessages[language];
  return {
    sheets: [
      catalogueSheet(rows, language),
      aboutSheet({
        meta,
        language,
        contents: t.catalogueContents(formatNumber(rows.length, language), formatNumber(total, language)),
        sources: distinctSources(rows.map((row) => row.indicator.source)),
        viewUrl,
        downloaded,
      }),
    ],
  };
}
