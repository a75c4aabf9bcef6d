/**
 * A simple citation of the dataset from meta.json: "Publisher (year). Title. Updated date. URL".
 *
 * Kept small and pure so the about-sheet can print it without the cite block's UI; the two
 * should print the same citation.
 */
import { formatDate } from '../../core/format';
import type { Language } from '../../i18n/language';
import { pickText } from '../../core/text';
import type { Meta } from '../../contract/schemas';

const UPDATED: Record<Language, string> = { sv: 'Uppdaterad', en: 'Updated' };

export function simpleCitation(meta: Pick<Meta, 'publisher' | 'title' | 'updated' | 'url'>, language: Language, fallbackUrl?: string): string {
  const year = meta.updated.slice(0, 4);
  const url = meta.url ?? fallbackUrl;
  return [`${meta.publisher.name} (${year}). ${pickText(meta.title, language)}.`, `${UPDATED[language]} ${formatDate(meta.updated, language)}.`, url]
    .filter(Boolean)
    .join(' ');
}
