/**
 * The contract check of a dataset, one checker per document (see ./dataset.ts). Used by
 * `npm run data:check` (scripts/data-check.ts) and by `npm run data:build` before it publishes.
 */
export { checkDataset } from './dataset.ts';
export { formatProblem, summarize } from './format.ts';
export { folderReader, memoryReader, urlReader } from './readers.ts';
export type { Audience, CheckProblem, ReadDocument } from './types.ts';
