import { defineMessages } from '../core/messages';

/** Words of the project's own assessments (goals.json `assessments`), shared by every view that shows them. */
export const assessmentMessages = defineMessages({
  sv: {
    heading: 'Projektets bedömning',
    expectedPrefix: 'Projektets bedömning:',
    responsible: 'Ansvarig',
    authorSeparator: ', ',
    stale: 'Bedömningen är mer än ett år gammal',
    earlier: (count: string) => `Tidigare bedömningar (${count})`,
    none: 'Projektet har inte lämnat någon bedömning.',
    headline: (fully: string, partly: string, not: string) => `Projektets bedömning: ${fully} nås helt, ${partly} delvis, ${not} inte`,
    headlineNone: 'Projektet har inte lämnat några bedömningar.',
    filterResponsible: 'Ansvarig',
    filterResponsibleAll: 'Alla ansvariga',
  },
  en: {
    heading: "The project's assessment",
    expectedPrefix: "The project's assessment:",
    responsible: 'Responsible',
    authorSeparator: ', ',
    stale: 'The assessment is more than a year old',
    earlier: (count: string) => `Earlier assessments (${count})`,
    none: 'The project has not given an assessment.',
    headline: (fully: string, partly: string, not: string) => `The project's assessment: ${fully} fully, ${partly} partly, ${not} not expected to be met`,
    headlineNone: 'The project has not given any assessments.',
    filterResponsible: 'Responsible',
    filterResponsibleAll: 'All responsible',
  },
});
