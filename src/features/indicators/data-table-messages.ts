import { defineMessages } from '../../core/messages';
import { indicatorsMessages } from './indicators-messages';

/** Strings of the values table, with the indicator page's: the table is loaded when first shown (lazy-data-table.tsx). */
export const dataTableMessages = defineMessages({
  sv: {
    ...indicatorsMessages.sv,
    referenceNoDistrictValue: 'Bara jämförelsevärde',
    tableCaptionValues: (indicator: string, unit: string) => `${indicator} (${unit}): alla värden i vald period`,
    tableCaptionEvents: 'Händelser i vald period',
    colSeries: 'Serie',
    colValue: 'Värde',
    colQuality: 'Kvalitet',
    colNote: 'Anmärkning',
    colEvent: 'Händelse',
    colDescription: 'Beskrivning',
    tablePageStatus: (first: string, last: string, total: string) => `Rad ${first}–${last} av ${total}`,
    tablePrevious: 'Föregående sida',
    tableNext: 'Nästa sida',
    missingValue: 'Inget värde',
  },
  en: {
    ...indicatorsMessages.en,
    referenceNoDistrictValue: 'Comparison value only',
    tableCaptionValues: (indicator: string, unit: string) => `${indicator} (${unit}): every value in the chosen period`,
    tableCaptionEvents: 'Events in the chosen period',
    colSeries: 'Series',
    colValue: 'Value',
    colQuality: 'Quality',
    colNote: 'Note',
    colEvent: 'Event',
    colDescription: 'Description',
    tablePageStatus: (first: string, last: string, total: string) => `Rows ${first}–${last} of ${total}`,
    tablePrevious: 'Previous page',
    tableNext: 'Next page',
    missingValue: 'No value',
  },
});
