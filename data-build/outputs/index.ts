import { atomFeedOutput } from './feed.ts';
import { downloadsOutput } from './downloads.ts';
import type { PublishedOutput } from './types.ts';

/**
 * Files published beside the data API documents; see `./types.ts`. Add one line per output. Order
 * matters: an output sees the text files of those before it (the zip must come after the feed).
 */
export const publishedOutputs: PublishedOutput[] = [
  atomFeedOutput, // feed.xml: Atom feed of public changes
  downloadsOutput, // dataset zip, dcat.rdf (DCAT-AP-SE), download.json
];
