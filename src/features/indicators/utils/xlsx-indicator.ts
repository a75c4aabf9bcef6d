/**
 * The indicator page's Excel file, as data: what is shown (the visible series in the chosen
 * range, every value, in the table's order) and the "About the data" sheet.
 *
 * The first sheet doubles as a source file for `data:build` (the `xlsx` input of
 * docs/sources.md): its first columns are the source columns `period, area, site, value,
 * quality, note_sv, note_en` — headed in Swedish in the Swedish file (`period, stadsdel, plats,
 * värde, kvalitet, anteckning_sv, anteckning_en`), so each file is in one language — and a project
 * lead can download a series, correct it in Excel and submit it again. The build matches headers
 * by name, so the unit cannot go into the value header ("value (kWh/m²)" would no longer match): it
 * has its own column, `Enhet`/`Unit`, and
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
import { qualityOf } from '../../../contract/quality';
import { SOURCE_COLUMN_HEADERS, SOURCE_COLUMNS } from '../../../core/observation-columns';

/** The columns `data:build` reads from an observations sheet (sources.md), in this order; headed in the file's language. */
export { SOURCE_COLUMNS };

export function valuesSheet(indicator: Indicator, rows: ReadonlyArray<ValueRow>, language: Language): XlsxSheet {
  const t = indicatorsXlsxMessages[language];
  const vocabulary = vocabularyMessages[language];
  const unit = pickText(indicator.unit, language);
  const quality = (point: ValueRow['point']) => {
    const value = qualityOf(point);
    return value === undefined ? undefined : vocabulary[value];
  };
  return {
    name: t.valuesSheet,
    headers: [...SOURCE_COLUMNS.map((column) => SOURCE_COLUMN_HEADERS[language][column]), t.unitColumn, t.districtName, t.siteName, t.qualityLabel],
    rows: rows.map(({ series, point }): XlsxCell[] => [
      text(point.period),
      text(series.areaId),
      text(series.siteId),
      number(point.value, indicator.decimals),
      text(qualityOf(point)),
      text(point.note?.sv),
      text(point.note?.en),
      text(unit),
      text(series.areaName),
      text(series.kind === 'site' ? series.name : undefined),
      text(quality(point)),
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
        // The cite block on the indicator page cites the indicator at its page; the file says the same.
        citation: { indicator: { id: indicator.id, name: indicator.name, source: indicator.source, url: viewUrl } },
        extra: [
          [t.unitLine, pickText(indicator.unit, language)],
          [xlsxMessages[language].columns, t.columnsLine],
        ],
      }),
    ],
  };
}
