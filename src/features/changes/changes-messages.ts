import { defineMessages } from '../../core/messages';

export const changesMessages = defineMessages({
  sv: {
    title: 'Vad har ändrats',
    intro:
      'Det här har ändrats i datan vid varje uppdatering: nya och ändrade värden, mål som bytt status och indikatorer vars uppdatering är försenad. Senaste uppdateringen först.',
    feedLink: 'Prenumerera på ändringarna (Atom-flöde)',
    feedTitle: 'Vad har ändrats – Atom-flöde',
    filtersHeading: 'Filtrera ändringar',
    filterDistrict: 'Stadsdel',
    filterDomain: 'Ämne',
    all: 'Alla',
    none: 'Inga ändringar har publicerats ännu.',
    noneFiltered: 'Inga ändringar matchar filtret.',
    since: (date: string) => `Jämfört med uppdateringen ${date}`,
    goal: (goal: string) => `mål: ${goal}`,
  },
  en: {
    title: 'What changed',
    intro:
      'What changed in the data at each update: new and changed values, targets whose status changed and indicators whose update is overdue. Latest update first.',
    feedLink: 'Subscribe to the changes (Atom feed)',
    feedTitle: 'What changed – Atom feed',
    filtersHeading: 'Filter changes',
    filterDistrict: 'District',
    filterDomain: 'Topic',
    all: 'All',
    none: 'No changes have been published yet.',
    noneFiltered: 'No changes match the filter.',
    since: (date: string) => `Compared with the update of ${date}`,
    goal: (goal: string) => `goal: ${goal}`,
  },
});
