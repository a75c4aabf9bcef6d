import { atomFeedOutput } from './feed';
import type { PublishedOutput } from './types';

/** Files published beside the data API documents; see `./types.ts`. Add one line per output. */
export const publishedOutputs: PublishedOutput[] = [
  atomFeedOutput, // feed.xml: Atom feed of public changes (issue 11)
];
