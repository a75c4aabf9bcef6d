/**
 * The indicator page's Excel file, as data: what is shown (the visible series in the chosen
 * range, every value, in the table's order) and the "About the data" sheet.
 *
 * The first sheet doubles as a source file for `data:build` (the `xlsx` input of
 * docs/sources.md): its first columns are exactly `period, area, site, value,
 * quality, note_sv, note_en`, so a project lead can download a series, correct it in Excel and
 * submit it again. The build matches headers by name, so the unit cannot go into the `value`
 * header ("value (kWh/m²)" would no longer match): it has its own column, `Enhet`/`Unit`, and
 * a line on the second sheet. The reader-language columns after the contract columns (unit,
 * district and site names, quality in words) are ignored by the build with a warning.
 * See docs/indicators.md, "Downloads".
 */
import { formatNumber } from '../../../core/format';
import type { Language } from '../../../i18n/language';
import { pickText } from '../../../core/text';
import type { Indicator, Meta } from '../../../contract/schemas';
import { aboutSheet } from '../../../lib/xlsx/about-sheet';
import { xlsxMessages } from '../../../lib/xlsx/xlsx-messages';
import { number, text, type XlsxCell, type XlsxSheet, type XlsxWorkbook } from '../../../lib/xlsx/workbook';
import { vocabularyMessages } from '../indicators-messages';
import { indicatorsXlsxMessages } from '../xlsx-messages';
import type { ValueRow } from './indicator-export';
import type { SeriesInfo } from './describe-series';
import { distinctSources } from './xlsx-catalogue';

/** The columns `data:build` reads from an observations sheet (sources.md), in this order. */
export const SOURCE_COLUMNS = ['period', 'area', 'site', 'value', 'quality', 'note_sv', 'note_en'] as const;

export function valuesSheet(indicator: Indicator, rows: ReadonlyArray<ValueRow>, language: Language): XlsxSheet {
  const t = indicatorsXlsxMessages[language];
  const vocabulary = vocabularyMessages[language];
  const unit = pickText(indicator.unit, language);
  return {
    name: t.valuesSheet,
    headers: [...SOURCE_COLUMNS, t.unitColumn, t.districtName, t.siteName, t.qualityLabel],
    rows: rows.map(({ series, point }): XlsxCell[] => [
      text(point.period),
      text(series.areaId),
      text(series.siteId),
      number(point.value, indicator.decimals),
      text(point.quality),
      text(point.note?.sv),
      text(point.note?.en),
      text(unit),
      text(series.areaName),
      text(series.kind === 'site' ? series.name : undefined),
      text(vocabulary[point.quality]),
    ]),
  };
}

export interface IndicatorWorkbookInput {
  indicator: Indicator;
  visible: ReadonlyArray<SeriesInfo>;
  rows: ReadonlyArray<ValueRow>;
  from: number;
  to: number;
  meta: Meta;
  language: Language;
  viewUrl: string;
  downloaded: Date;
}

export function indicatorWorkbook({ indicator, visible, rows, from, to, meta, language, viewUrl, downloaded }: IndicatorWorkbookInput): XlsxWorkbook {
  const t = indicatorsXlsxMessages[language];
  const name = pickText(indicator.name, language);
  const range = from === to ? String(from) : `${from}–${to}`;
  const seriesNames = visible.map((series) => (series.kind === 'site' ? `${series.name} (${series.areaName})` : series.name)).join(', ');
  return {
    sheets: [
      valuesSheet(indicator, rows, language),
      aboutSheet({
        meta,
        language,
        contents: t.valuesContents(name, range, seriesNames, formatNumber(rows.length, language)),
        sources: distinctSources([indicator.source]),
        viewUrl,
        downloaded,
        extra: [
          [t.unitLine, pickText(indicator.unit, language)],
          [xlsxMessages[language].columns, t.columnsLine],
        ],
      }),
    ],
  };
}
