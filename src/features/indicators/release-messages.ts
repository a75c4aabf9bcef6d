import { defineMessages } from '../../core/messages';

/** Strings of the release choice: with the choice, which hydrates after the page (release-choice.tsx). The banner's sentence is in indicators-messages.ts: the embed shows it too. */
export const releaseMessages = defineMessages({
  sv: {
    releaseLabel: 'Visa som publicerat:',
    releaseLatest: (date: string) => `${date} (senaste)`,
    releaseSeeLatest: 'se senaste',
  },
  en: {
    releaseLabel: 'Show as published on:',
    releaseLatest: (date: string) => `${date} (latest)`,
    releaseSeeLatest: 'see the latest',
  },
});
