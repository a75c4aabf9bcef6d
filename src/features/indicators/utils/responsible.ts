/**
 * The catalogue's filter by responsible organisation (goals.json `responsible` on a target).
 * An organisation has no id, so its key in the URL is its name as the data gives it (Swedish
 * first): the same link then works in both languages.
 */
import type { LocalizedText } from '../../../contract/schemas';
import type { IndicatorAreaRow } from '../../../core/indicator-rows';

export function responsibleKey(text: LocalizedText): string {
  return (text.sv ?? text.en ?? '').trim();
}

export interface ResponsibleOption {
  key: string;
  text: LocalizedText;
}

/** Every organisation responsible for a target among the rows, each once, by key. */
export function responsibleOptions(rows: ReadonlyArray<IndicatorAreaRow>): ResponsibleOption[] {
  const byKey = new Map<string, LocalizedText>();
  for (const row of rows) {
    const text = row.target?.responsible;
    if (text && responsibleKey(text) !== '' && !byKey.has(responsibleKey(text))) byKey.set(responsibleKey(text), text);
  }
  return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b, 'sv')).map(([key, text]) => ({ key, text }));
}

export function matchesResponsible(row: IndicatorAreaRow, key: string): boolean {
  return row.target?.responsible !== undefined && responsibleKey(row.target.responsible) === key;
}
