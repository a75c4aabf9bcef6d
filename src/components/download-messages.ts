import { defineMessages } from '../core/messages';

/** Strings of the download buttons (catalogue, indicator page, summary). */
export const downloadMessages = defineMessages({
  sv: {
    /** Starts each button's accessible name (which contains its visible text), so it says what it does. */
    downloadPrefix: 'Ladda ner',
    excel: 'Excel',
    csv: 'CSV (för program)',
    json: 'JSON',
    imagePng: 'Bild (PNG)',
    imageSvg: 'Bild (SVG)',
    groupLabel: 'Ladda ner det som visas',
    rowsHint: (count: string) => `${count} rader, som de visas`,
    preparing: 'Förbereder filen…',
    done: (name: string) => `${name} är nedladdad.`,
    failed: (name: string) => `Det gick inte att skapa ${name}. Försök igen.`,
  },
  en: {
    downloadPrefix: 'Download',
    excel: 'Excel',
    csv: 'CSV (for software)',
    json: 'JSON',
    imagePng: 'Image (PNG)',
    imageSvg: 'Image (SVG)',
    groupLabel: 'Download what is shown',
    rowsHint: (count: string) => `${count} rows, as shown`,
    preparing: 'Preparing the file…',
    done: (name: string) => `${name} has been downloaded.`,
    failed: (name: string) => `${name} could not be made. Please try again.`,
  },
});
