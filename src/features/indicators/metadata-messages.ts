import { defineMessages } from '../../core/messages';

/** Strings of the metadata panel: with the panel, which hydrates after the page (metadata-panel.tsx). */
export const metadataMessages = defineMessages({
  sv: {
    metaDefinition: 'Definition',
    metaUnit: 'Enhet',
    metaDirection: 'Riktning',
    metaMethod: 'Metod',
    metaSource: 'Källa',
    metaFrequency: 'Uppdateras',
    metaLastValue: 'Senaste värde avser',
    metaNextUpdate: 'Nästa värde väntas avse',
    metaGoals: 'Ingår i målen',
    metaNotGiven: 'Uppgift saknas',
    directionDecrease: 'Lägre är bättre',
    directionIncrease: 'Högre är bättre',
  },
  en: {
    metaDefinition: 'Definition',
    metaUnit: 'Unit',
    metaDirection: 'Direction',
    metaMethod: 'Method',
    metaSource: 'Source',
    metaFrequency: 'Updated',
    metaLastValue: 'Latest value is for',
    metaNextUpdate: 'Next value expected for',
    metaGoals: 'Part of the goals',
    metaNotGiven: 'Not given',
    directionDecrease: 'Lower is better',
    directionIncrease: 'Higher is better',
  },
});
