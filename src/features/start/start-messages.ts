import { defineMessages } from '../../core/messages';

export const startMessages = defineMessages({
  sv: {
    intro: (areaNames: string) =>
      `Här kan du följa ${areaNames}. Stadsdelarna prövar nya lösningar för energi, resor och bostäder och har gemensamma mål. Då kan de lära av varandra.`,
    introFallback: 'Här kan du följa smarta stadsprojekt och deras gemensamma mål för energi, resor och bostäder.',
    headlinesHeading: 'Resultat i korthet',
    headlineSince: (period: string) => `sedan ${period}`,
    illustrative: 'Illustrativt värde',
    districtsHeading: 'Stadsdelarna',
    readMoreAbout: (name: string) => `Mer om ${name}`,
    nextHeading: 'Gå vidare',
    toSummary: 'Sammanfattning av målen',
    toSummaryText: 'Hur går det med de gemensamma målen? En sida för dig som vill ha överblicken.',
    toIndicators: 'Alla indikatorer',
    toIndicatorsText: 'Varje mätvärde med mål, trend och nedladdning.',
    toMap: 'Karta över insatserna',
    toMapText: 'Vad har gjorts var? Se platserna på kartan eller i en lista.',
    toChanges: 'Vad har ändrats',
    toChangesText: 'Nya värden och ändrad status sedan förra uppdateringen.',
    noHeadlines: 'Det finns inga mätvärden att visa ännu.',
  },
  en: {
    intro: (areaNames: string) =>
      `Here you can follow ${areaNames}. The districts try out new solutions for energy, travel and housing and share common goals, so that each can learn from the other.`,
    introFallback: 'Here you can follow smart-city pilots and their shared goals for energy, travel and housing.',
    headlinesHeading: 'Results at a glance',
    headlineSince: (period: string) => `since ${period}`,
    illustrative: 'Illustrative value',
    districtsHeading: 'The districts',
    readMoreAbout: (name: string) => `More about ${name}`,
    nextHeading: 'Go further',
    toSummary: 'Summary of the goals',
    toSummaryText: 'How are the shared goals going? One page for the overview.',
    toIndicators: 'All indicators',
    toIndicatorsText: 'Every measure with its target, trend and download.',
    toMap: 'Map of the pilots',
    toMapText: 'What was done where? See the sites on a map or in a list.',
    toChanges: 'What changed',
    toChangesText: 'New values and changed status since the last update.',
    noHeadlines: 'There are no values to show yet.',
  },
});
