import { downloadsOutput } from './downloads';
import type { PublishedOutput } from './types';

/** Files published beside the data API documents; see `./types.ts`. Add one line per output. */
export const publishedOutputs: PublishedOutput[] = [
  downloadsOutput, // issue 13: dataset zip, dcat.rdf (DCAT-AP-SE), download.json
];
