/** Display names for the fixed vocabularies of a site (status, kind), in the page's language. */
import { formatNumber } from '../../core/format';
import type { Language } from '../../i18n/language';
import type { SiteStatus } from '../../contract/schemas';
import { kindMessages, mapMessages } from './map-messages';

export function siteStatusLabel(status: SiteStatus, language: Language): string {
  const t = mapMessages[language];
  switch (status) {
    case 'planned':
      return t.planned;
    case 'in-progress':
      return t.inProgress;
    case 'completed':
      return t.completed;
  }
}

/** The kind's label; a kind the app does not know is shown as its id in words ("green-roof" → "Green roof"). */
export function kindLabel(kind: string, language: Language): string {
  const known = kindMessages[language] as Record<string, string>;
  const label = known[kind];
  if (label) return label;
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A link from the data only when it is http(s); anything else (`javascript:`, `data:`) is
 * dropped, so a data file can never inject script through an href.
 */
export function safeExternalUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Swedish compounds end in the word ("Byggår", "Fastighetskod", "Objektnummer"); English has it as a word. */
const IDENTIFIER_LABEL = /(?<!per )(år|årtal|kod|nummer)$|(^|[^\p{L}])(year|id|code|number|nr)([^\p{L}]|$)/iu;

/**
 * Whether a fact's number is a year, an id or a code rather than a quantity, so it must never be
 * grouped ("Byggår 1961", not "1 961"). The contract has no field for this, so it is read from
 * the label ("Byggår", "Year built", "Property id", "Fastighetskod", "Objektnummer") or, with no
 * unit, from the number itself: a whole number from 1000 to 2100 with no unit reads as a year.
 */
export function isIdentifierFact(value: number, unit: string | undefined, label: string | undefined): boolean {
  if (!Number.isInteger(value)) return false;
  if (label !== undefined && IDENTIFIER_LABEL.test(label.trim())) return true;
  return !unit && value >= 1000 && value <= 2100;
}

/**
 * A key fact's value with its unit, formatted for the language: numbers keep the decimals they
 * were given ("4,6 kg" / "4.6 kg"); a percent sign follows the language ("90 %" / "90%"); years,
 * ids and codes are shown as given (see isIdentifierFact).
 */
export function formatFact(value: number | string, unit: string | undefined, language: Language, label?: string): string {
  const decimals = typeof value === 'number' ? Math.min(3, (String(value).split('.')[1] ?? '').length) : 0;
  const text = typeof value === 'number' ? (isIdentifierFact(value, unit, label) ? String(value) : formatNumber(value, language, decimals)) : value;
  if (!unit) return text;
  if (unit.trim() === '%' && language === 'en') return `${text}%`;
  return `${text} ${unit}`;
}
