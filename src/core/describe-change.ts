/**
 * One change of changes.json in words, and the title of one update, in Swedish and English
 * Pure: shared by the "What changed" page and the Atom feed the build writes.
 */
import { formatNumber, formatPeriod, formatValue } from './format';
import { defineMessages } from './messages';
import type { Change, Indicator, Language, Update } from '../contract/schemas';
import { statusLabel } from './status-label';
import type { TargetStatus } from './status';
import { expectedLabel } from './assessments';
import { formatReleaseId, formatUpdateDate } from './release-date';

const messages = defineMessages({
  sv: {
    added: (period: string, value: string) => `Nytt värde för ${period}: ${value}`,
    changed: (period: string, before: string, after: string) => `Värdet för ${period} ändrades: ${before} → ${after}`,
    removed: (period: string, before: string) => `Värdet för ${period} togs bort (var ${before})`,
    status: (before: string, after: string) => `Status: ${before} → ${after}`,
    overdue: (period: string) => `Försenad uppdatering: senaste värdet gäller ${period}`,
    updateTitle: (date: string, count: string) => `Uppdatering ${date}: ${count}`,
    restoredTitle: (date: string, release: string, count: string) => `Uppdatering ${date}: Återställd till ${release} (${count})`,
    changeCount: (count: string) => `${count} ändringar`,
    changeCountOne: '1 ändring',
    assessment: (date: string, expected: string) => `Ny bedömning från projektet (${date}): ${expected}`,
  },
  en: {
    added: (period: string, value: string) => `New value for ${period}: ${value}`,
    changed: (period: string, before: string, after: string) => `The value for ${period} changed: ${before} → ${after}`,
    removed: (period: string, before: string) => `The value for ${period} was removed (was ${before})`,
    status: (before: string, after: string) => `Status: ${before} → ${after}`,
    overdue: (period: string) => `Update overdue: the latest value is for ${period}`,
    updateTitle: (date: string, count: string) => `Update ${date}: ${count}`,
    restoredTitle: (date: string, release: string, count: string) => `Update ${date}: Restored to ${release} (${count})`,
    changeCount: (count: string) => `${count} changes`,
    changeCountOne: '1 change',
    assessment: (date: string, expected: string) => `New assessment by the project (${date}): ${expected}`,
  },
});

export function updateTitle(update: Pick<Update, 'updated' | 'changes' | 'restoredTo'>, language: Language): string {
  const t = messages[language];
  const count = update.changes.length === 1 ? t.changeCountOne : t.changeCount(formatNumber(update.changes.length, language));
  const date = formatUpdateDate(update.updated, language);
  return update.restoredTo ? t.restoredTitle(date, formatReleaseId(update.restoredTo, language), count) : t.updateTitle(date, count);
}

const STATUSES = new Set(['achieved', 'on-track', 'at-risk', 'off-track', 'no-data']);

function isStatus(value: unknown): value is TargetStatus {
  return typeof value === 'string' && STATUSES.has(value);
}

/** "Nytt värde för 2025: 42 kWh/m²"; values with the indicator's unit and decimals when it is known. */
export function describeChange(change: Change, indicator: Pick<Indicator, 'unit' | 'decimals'> | undefined, language: Language, unit?: string): string {
  const t = messages[language];
  const value = (raw: Change['before']) =>
    typeof raw === 'number' || raw === null || raw === undefined ? formatValue(raw, language, indicator?.decimals ?? 2, unit) : String(raw);
  const period = change.period ? formatPeriod(change.period, language) : '–';
  switch (change.kind) {
    case 'value-added':
      return t.added(period, value(change.after));
    case 'value-changed':
      return t.changed(period, value(change.before), value(change.after));
    case 'value-removed':
      return t.removed(period, value(change.before));
    case 'status-changed':
      return t.status(isStatus(change.before) ? statusLabel(change.before, language) : '–', isStatus(change.after) ? statusLabel(change.after, language) : '–');
    case 'became-overdue':
      return t.overdue(period);
    case 'assessment-added':
      return t.assessment(change.period ? formatUpdateDate(change.period, language) : '–', change.expected ? expectedLabel(change.expected, language) : '–');
  }
}
