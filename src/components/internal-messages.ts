import { defineMessages } from '../core/messages';

/** Strings of the sign-in for project leads and of the "internal" mark. */
export const internalMessages = defineMessages({
  sv: {
    internal: 'Internt',
    internalHint: 'Bara för inloggade projektledare',
    signIn: 'Logga in (projektledare)',
    signedInAs: (user: string) => `Inloggad som ${user}`,
    signedInAnonymous: 'Inloggad',
    signOut: 'Logga ut',
    unavailable: 'Interna indikatorer kan inte visas just nu: servern för interna data svarar inte. Övriga sidan fungerar.',
    includeInternal: 'Ta med interna indikatorer',
    includeInternalHint: 'Gäller utskrift och inbäddning. Utan bocken visas bara publika indikatorer.',
    printIncludesInternal: 'Innehåller interna indikatorer – endast för projektledare, sprid inte.',
    accountRegion: 'Inloggning',
  },
  en: {
    internal: 'Internal',
    internalHint: 'Only for signed-in project leads',
    signIn: 'Sign in (project leads)',
    signedInAs: (user: string) => `Signed in as ${user}`,
    signedInAnonymous: 'Signed in',
    signOut: 'Sign out',
    unavailable: 'Internal indicators cannot be shown right now: the internal data server is not answering. The rest of the site works.',
    includeInternal: 'Include internal indicators',
    includeInternalHint: 'For printing and embedding. Without the tick only public indicators are shown.',
    printIncludesInternal: 'Contains internal indicators – for project leads only, do not distribute.',
    accountRegion: 'Sign-in',
  },
});
