/** The id of a prerendered page's state element (its own module, so the entry chunk needs nothing else of the prerender code). */
export const PRERENDER_STATE_ID = 'prerender-state';

/** The element that holds the phone's markup when a prerendered page carries both layouts (scripts/prerender.ts). */
export const PHONE_ROOT_ID = 'root-phone';
