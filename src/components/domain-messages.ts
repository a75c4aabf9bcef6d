import { defineMessages } from '../core/messages';

/** Names of the data's three domains (the only fixed vocabulary of the contract). */
export const domainMessages = defineMessages({
  sv: { energy: 'Energi', mobility: 'Mobilitet', housing: 'Bostäder' },
  en: { energy: 'Energy', mobility: 'Mobility', housing: 'Housing' },
});
