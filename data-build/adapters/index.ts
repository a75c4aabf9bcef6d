/**
 * The registry of network adapters, one per standard source kind. The build takes the registry
 * as a parameter (tests inject fakes); the CLI passes this one.
 *
 * STUB (issue 10a): the adapters themselves are written in issue 10b, which owns this file and
 * replaces these placeholders with the real Kolada / PxWeb / SensorThings / NGSI-LD readers.
 */
import { SourceError, type Adapter, type NetworkInput } from './types.ts';

function notImplemented<K extends NetworkInput['kind']>(kind: K): Adapter<Extract<NetworkInput, { kind: K }>> {
  return (input, context) => Promise.reject(new SourceError(context.indicatorId, kind, input.url ?? '(not built)', 'not implemented'));
}

export const adapters: { [K in NetworkInput['kind']]: Adapter<Extract<NetworkInput, { kind: K }>> } = {
  kolada: notImplemented('kolada'),
  pxweb: notImplemented('pxweb'),
  sensorthings: notImplemented('sensorthings'),
  ngsild: notImplemented('ngsild'),
};
