/**
 * The columns of an observations source sheet (`period, area, site, value, quality, note_sv,
 * note_en`) and their Swedish headers. The indicator page's Excel file doubles as a source file
 * for `data:build`, and each language's file is in one language only: the Swedish file heads
 * these columns in Swedish, the English one with the contract names. The build reads either.
 */
export const SOURCE_COLUMNS = ['period', 'area', 'site', 'value', 'quality', 'note_sv', 'note_en'] as const;

export type SourceColumn = (typeof SOURCE_COLUMNS)[number];

export const SOURCE_COLUMN_HEADERS: Record<'sv' | 'en', Record<SourceColumn, string>> = {
  en: { period: 'period', area: 'area', site: 'site', value: 'value', quality: 'quality', note_sv: 'note_sv', note_en: 'note_en' },
  sv: { period: 'period', area: 'stadsdel', site: 'plats', value: 'värde', quality: 'kvalitet', note_sv: 'anteckning_sv', note_en: 'anteckning_en' },
};

const BY_HEADER = new Map<string, SourceColumn>(
  Object.values(SOURCE_COLUMN_HEADERS).flatMap((headers) => Object.entries(headers).map(([column, header]) => [header, column as SourceColumn])),
);

/** The contract column a header names, in either language (case and surrounding space ignored). */
export function sourceColumnOf(header: string): SourceColumn | undefined {
  return BY_HEADER.get(header.trim().toLowerCase());
}
