import { defineMessages } from '../../core/messages';

/** Strings of the share panel (link and embed code): with the panel, which hydrates after the page (share-panel.tsx). */
export const shareMessages = defineMessages({
  sv: {
    copyLink: 'Kopiera länk',
    linkCopied: 'Länken är kopierad. Den öppnar samma vy.',
    linkCopyFailed: 'Länken kunde inte kopieras. Markera adressen i fältet och kopiera den själv.',
    linkLabel: 'Länk till den här vyn',
    embedShow: 'Bädda in',
    embedLabel: 'Kod för att bädda in diagrammet',
    embedHint: 'Klistra in koden på en annan webbplats. Diagrammet visar samma period och serier som här.',
    embedCopy: 'Kopiera koden',
    embedCopied: 'Koden är kopierad.',
    embedTitle: (indicator: string) => `${indicator} – diagram`,
  },
  en: {
    copyLink: 'Copy link',
    linkCopied: 'The link has been copied. It opens this same view.',
    linkCopyFailed: 'The link could not be copied. Select the address in the field and copy it yourself.',
    linkLabel: 'Link to this view',
    embedShow: 'Embed',
    embedLabel: 'Code to embed the chart',
    embedHint: 'Paste the code into another website. The chart shows the same period and series as here.',
    embedCopy: 'Copy the code',
    embedCopied: 'The code has been copied.',
    embedTitle: (indicator: string) => `${indicator} – chart`,
  },
});
