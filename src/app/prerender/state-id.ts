/** The id of a prerendered page's state element (its own module, so the entry chunk needs nothing else of the prerender code). */
export const PRERENDER_STATE_ID = 'prerender-state';
