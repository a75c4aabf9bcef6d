/**
 * The adapters for the standard endpoints, keyed by `input.kind` (docs/sources.md). The build
 * looks an indicator's adapter up here; file kinds (csv, xlsx) are read by the build itself.
 */
import { readKolada } from './kolada.ts';
import { readNgsiLd } from './ngsild.ts';
import { readPxweb } from './pxweb.ts';
import { readSensorThings } from './sensorthings.ts';
import type { Adapter, NetworkInput } from './types.ts';

export type AdapterRegistry = { [Kind in NetworkInput['kind']]: Adapter<Extract<NetworkInput, { kind: Kind }>> };

export const adapters: AdapterRegistry = {
  kolada: readKolada,
  pxweb: readPxweb,
  sensorthings: readSensorThings,
  ngsild: readNgsiLd,
};
