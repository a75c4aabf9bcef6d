/** The status's words, the same in every view and in the build's feed. */
import type { Language } from '../contract/schemas';
import { defineMessages } from './messages';
import type { TargetStatus } from './status';

const messages = defineMessages({
  sv: {
    achieved: 'Uppnått',
    onTrack: 'I fas',
    atRisk: 'Risk att missa',
    offTrack: 'Efter plan',
    noData: 'Inga data',
    overdue: 'Försenad uppdatering',
  },
  en: {
    achieved: 'Achieved',
    onTrack: 'On track',
    atRisk: 'At risk',
    offTrack: 'Off track',
    noData: 'No data',
    overdue: 'Update overdue',
  },
});

/** The status's short label, the same in every view: "I fas" / "On track". */
export function statusLabel(status: TargetStatus, language: Language): string {
  const t = messages[language];
  switch (status) {
    case 'achieved':
      return t.achieved;
    case 'on-track':
      return t.onTrack;
    case 'at-risk':
      return t.atRisk;
    case 'off-track':
      return t.offTrack;
    case 'no-data':
      return t.noData;
  }
}

/** The overdue flag's label: "Försenad uppdatering" / "Update overdue". */
export function overdueLabel(language: Language): string {
  return messages[language].overdue;
}
