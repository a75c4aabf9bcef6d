import { defineMessages } from '../../core/messages';

export const pwaMessages = defineMessages({
  sv: {
    offline: 'Offline',
    showingDataFrom: (when: string, age: string) => `visar data från ${when} (${age})`,
    showingSavedData: 'visar sparad data',
    newVersion: 'Ny version',
    reload: 'ladda om',
    reloadLabel: 'Ny version — ladda om sidan',
    later: 'Senare',
    statusRegion: 'Anslutning och version',
  },
  en: {
    offline: 'Offline',
    showingDataFrom: (when: string, age: string) => `showing data from ${when} (${age})`,
    showingSavedData: 'showing saved data',
    newVersion: 'New version',
    reload: 'reload',
    reloadLabel: 'New version — reload the page',
    later: 'Later',
    statusRegion: 'Connection and version',
  },
});
