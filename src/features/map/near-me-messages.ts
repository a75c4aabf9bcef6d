import { defineMessages } from '../../core/messages';

/** The strings of "Nära mig" (loaded with it, not with the map page). */
export const nearMeMessages = defineMessages({
  sv: {
    nearHeading: 'Nära mig',
    nearButton: 'Visa platser nära mig',
    nearPrivacy: 'Din position används bara här i webbläsaren och skickas ingenstans.',
    nearLocating: 'Hämtar din position …',
    nearDenied: 'Webbläsaren gav ingen position. Du kan söka på en adress i stället, eller använda listan.',
    nearUnavailable: 'Webbläsaren kan inte ge en position.',
    nearAddressLabel: 'Eller sök på en adress',
    nearAddressButton: 'Sök adress',
    nearAddressPrivacy: (host: string) => `Adressen du skriver skickas till ${host} för att hitta den.`,
    nearAddressNotFound: 'Adressen hittades inte.',
    nearAddressFailed: 'Adressökningen svarade inte. Försök igen.',
    nearResults: (from: string) => `Närmast ${from}:`,
    nearYou: 'dig',
    nearDistance: (distance: string) => `${distance} bort`,
  },
  en: {
    nearHeading: 'Near me',
    nearButton: 'Show sites near me',
    nearPrivacy: 'Your position is used only here in the browser and is sent nowhere.',
    nearLocating: 'Finding your position …',
    nearDenied: 'The browser gave no position. You can search for an address instead, or use the list.',
    nearUnavailable: 'This browser cannot give a position.',
    nearAddressLabel: 'Or search for an address',
    nearAddressButton: 'Search address',
    nearAddressPrivacy: (host: string) => `The address you type is sent to ${host} to find it.`,
    nearAddressNotFound: 'The address was not found.',
    nearAddressFailed: 'The address search did not answer. Please try again.',
    nearResults: (from: string) => `Nearest to ${from}:`,
    nearYou: 'you',
    nearDistance: (distance: string) => `${distance} away`,
  },
});
