import { defineMessages } from '../../i18n/messages';

export const aboutMessages = defineMessages({
  sv: {
    title: 'Om Grow Smarter Monitor',
    intro:
      'Grow Smarter Monitor visar hur två stadsdelar i Stockholm följer gemensamma mål för energi, resor och bostäder. Alla siffror kommer från en öppen datamängd som du kan ladda ner.',
    dataHeading: 'Om datan',
    dataset: 'Datamängd',
    publisher: 'Ansvarig för datan',
    licence: 'Licens',
    updated: 'Senast uppdaterad',
    sample: 'Exempeldata',
    sampleYes: 'Ja, vissa värden är illustrativa',
    sampleNo: 'Nej',
    sourcesHeading: 'Källor',
    sourcesIntro: 'Indikatorerna bygger på de här källorna:',
    statusHeading: 'Så räknar vi status',
    statusPlain:
      'Varje mål har ett startvärde och ett målvärde med årtal. Vi drar en rak linje mellan dem och jämför det senaste mätvärdet med var linjen säger att vi borde vara i dag.',
    statusRuleIntro: 'Den exakta regeln:',
    statusRules: [
      'Framsteg = (senaste värdet − startvärdet) / (målvärdet − startvärdet).',
      'Förväntat = andelen av tiden från startåret till målåret som har gått, mellan 0 och 1.',
      'Uppnått: framsteget är minst 1.',
      'I fas: framsteget är minst förväntat minus toleransen (normalt 0,1).',
      'Risk att missa: framsteget är minst förväntat minus två gånger toleransen.',
      'Efter plan: framsteget är lägre än så.',
      'Inga data: det finns inget mätvärde efter startåret.',
      'Försenad uppdatering: det senaste värdet är äldre än två uppdateringsperioder.',
    ].join('\n'),
    downloadsHeading: 'Ladda ner och återanvänd',
    downloadsText: 'Datan och dess beskrivning i JSON Schema finns här:',
    dataFolder: 'Datamängdens filer',
    schemaFolder: 'JSON Schema för dataformatet',
    a11yHeading: 'Tillgänglighetsredogörelse',
    a11yIntro:
      'Webbplatsen ska följa lagen om tillgänglighet till digital offentlig service och standarden WCAG 2.1 nivå AA.',
    a11yConforms:
      'Alla sidor testas automatiskt med axe i båda språken. Alla diagram har en tabell och en mening som beskriver resultatet. Status visas alltid med ikon och text, aldrig bara med färg. Allt går att använda med tangentbord.',
    a11yGaps:
      'Kända brister: kartan är svår att använda med skärmläsare. Använd listan bredvid kartan, som innehåller samma platser.',
    a11yReport: 'Hittar du ett problem? Beskriv sidan och problemet och skicka det till oss:',
    contact: 'Kontakt',
    contactEmail: 'E-post',
    contactForm: 'Kontaktformulär',
    contactMissing: 'Datasetet anger ännu ingen kontakt. Hittar du ett problem, beskriv sidan och problemet för den som ansvarar för datan:',
    a11yEnforcement:
      'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med svaret kan du anmäla det till Digg.',
  },
  en: {
    title: 'About Grow Smarter Monitor',
    intro:
      'Grow Smarter Monitor shows how two districts of Stockholm follow shared goals for energy, travel and housing. All figures come from an open dataset that you can download.',
    dataHeading: 'About the data',
    dataset: 'Dataset',
    publisher: 'Publisher',
    licence: 'Licence',
    updated: 'Last updated',
    sample: 'Sample data',
    sampleYes: 'Yes, some values are illustrative',
    sampleNo: 'No',
    sourcesHeading: 'Sources',
    sourcesIntro: 'The indicators are based on these sources:',
    statusHeading: 'How status is computed',
    statusPlain:
      'Every target has a starting value and a target value, each with a year. We draw a straight line between them and compare the latest value with where the line says we should be today.',
    statusRuleIntro: 'The exact rule:',
    statusRules: [
      'Progress = (latest value − baseline) / (target − baseline).',
      'Expected = the share of the time from the baseline year to the target year that has passed, between 0 and 1.',
      'Achieved: progress is at least 1.',
      'On track: progress is at least expected minus the tolerance (0.1 unless the target says otherwise).',
      'At risk: progress is at least expected minus twice the tolerance.',
      'Off track: progress is lower than that.',
      'No data: there is no value after the baseline year.',
      'Update overdue: the latest value is older than two update periods.',
    ].join('\n'),
    downloadsHeading: 'Download and reuse',
    downloadsText: 'The data and its description as JSON Schema are here:',
    dataFolder: 'The dataset’s files',
    schemaFolder: 'JSON Schema for the data format',
    a11yHeading: 'Accessibility statement',
    a11yIntro:
      'This site aims to comply with the Swedish Act on accessibility to digital public services and WCAG 2.1 level AA.',
    a11yConforms:
      'Every page is tested automatically with axe in both languages. Every chart has a table and a sentence that states the result. Status is always shown with an icon and text, never by colour alone. Everything works with a keyboard.',
    a11yGaps: 'Known gaps: the map is hard to use with a screen reader. Use the list next to the map, which holds the same places.',
    a11yReport: 'Found a problem? Describe the page and the problem and send it to us:',
    contact: 'Contact',
    contactEmail: 'Email',
    contactForm: 'Contact form',
    contactMissing: 'The dataset names no contact yet. If you find a problem, describe the page and the problem to the publisher of the data:',
    a11yEnforcement:
      'The Agency for Digital Government (Digg) supervises the Act. If you are not satisfied with the answer, you can report it to Digg.',
  },
});
