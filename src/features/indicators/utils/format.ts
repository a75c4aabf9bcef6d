import { formatDateAs, formatPeriod } from '../../../core/format';
import type { Language } from '../../../i18n/language';
import type { Frequency } from '../../../contract/schemas';
import { periodGranularity } from '../../../core/periods';
import { vocabularyMessages } from '../indicators-messages';

/**
 * A period as people say it for the indicator's frequency: quarterly data names the quarter
 * ("kvartal 3 2025" / "Q3 2025" for "2025-07"); everything else as formatPeriod does.
 */
export function formatIndicatorPeriod(period: string, frequency: Frequency, language: Language): string {
  if (frequency === 'quarterly' && periodGranularity(period) === 'month') {
    const month = Number(period.slice(5, 7));
    if ((month - 1) % 3 === 0) return vocabularyMessages[language].quarter(String((month + 2) / 3), period.slice(0, 4));
  }
  return formatPeriod(period, language);
}

/** An axis tick: the year alone at a year's start, otherwise a short month and year. */
export function formatTimeTick(time: number, language: Language): string {
  const date = new Date(time);
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  return formatDateAs(date, language, 'shortMonth');
}
