import { setupServer } from 'msw/node';
import { datasetHandlers } from './handlers';

/** The msw server for vitest; tests/setup.ts owns its lifecycle. */
export const server = setupServer(...datasetHandlers());
