import { defineMessages } from '../../core/messages';

/** Strings of the key figures: with them, as they hydrate after the page (key-numbers.tsx). */
export const keyNumbersMessages = defineMessages({
  sv: {
    keyNumbersHeading: 'Nyckeltal',
    keyLatest: 'Senaste värde',
    keyTarget: 'Mål',
    keyBaseline: 'Baslinje',
  },
  en: {
    keyNumbersHeading: 'Key figures',
    keyLatest: 'Latest value',
    keyTarget: 'Target',
    keyBaseline: 'Baseline',
  },
});
