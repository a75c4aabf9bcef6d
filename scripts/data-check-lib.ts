/**
 * The checks behind `npm run data:check` now live in data-build/check/, one checker per
 * document, shared with `npm run data:build` (which checks what it writes before publishing).
 * This module keeps the old import path for scripts and tests.
 */
export { checkDataset, folderReader, formatProblem, memoryReader, summarize, urlReader } from '../data-build/check/index.ts';
export type { Audience, CheckOptions, CheckProblem, ReadDocument, Severity } from '../data-build/check/index.ts';
