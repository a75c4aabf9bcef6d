/**
 * The published output that makes the dataset downloadable and findable: the zip of everything,
 * the DCAT-AP-SE description (which names the zip and its size, hence one output for both) and
 * `download.json`, the small descriptor the dashboard reads to link the zip "with its size" and
 * to announce the description with `<link rel="alternate">`. Heavy code (fflate, papaparse) runs
 * here in Node only; the browser reads just `download.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DownloadsDocument, Meta } from '../../src/contract/schemas.ts';
import { buildDcat, DCAT_FILE_NAME, type DcatOptions, dcatDataBaseUrl } from './dcat.ts';
import type { BuiltDataset, OutputFile, PublishedOutput } from './types.ts';
import { buildDatasetZip, type ZipOptions } from './zip.ts';

export const DOWNLOADS_DOCUMENT = 'download.json';

/** The folder whose `*.json` files are the published JSON Schemas (the same files the app serves). */
export const SCHEMA_FOLDER = resolve(import.meta.dirname, '../../public/schemas/v1');

/** Reads the JSON Schema files (`*.json`) of a folder, by file name. */
export function readSchemaFolder(folder: string = SCHEMA_FOLDER): Map<string, string> {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

export type DownloadsOptions = ZipOptions & Omit<DcatOptions, 'zip'>;

/** Pure: the zip, the DCAT description (when the dataset has an absolute URL) and download.json. */
export function buildDownloads(dataset: BuiltDataset, schemas: ReadonlyMap<string, string>, options: DownloadsOptions = {}): OutputFile[] {
  const zip = buildDatasetZip(dataset, schemas, options);
  const dcat = buildDcat(dataset, { ...options, zip: { fileName: zip.fileName, bytes: zip.bytes.byteLength } });
  const descriptor: DownloadsDocument = {
    apiVersion: '1',
    updated: dataset.meta.updated,
    zip: { fileName: zip.fileName, bytes: zip.bytes.byteLength },
    ...(dcat ? { dcat: { fileName: DCAT_FILE_NAME } } : {}),
  };
  return [
    { path: zip.fileName, contents: zip.bytes },
    ...(dcat ? [{ path: DCAT_FILE_NAME, contents: dcat }] : []),
    { path: DOWNLOADS_DOCUMENT, contents: `${JSON.stringify(descriptor, null, 2)}\n` },
  ];
}

/** Why the DCAT description is left out, or nothing when it is written. */
export function downloadsNotes(meta: Meta, options: Pick<DcatOptions, 'dataBaseUrl'> = {}): string[] {
  return dcatDataBaseUrl(meta, options)
    ? []
    : [`${DCAT_FILE_NAME} (DCAT-AP-SE) was not written: the dataset has no url (dataset.yaml "url"), and a catalogue description needs absolute addresses`];
}

/** Registered in `./index.ts`: reads the schemas from `public/schemas/v1`, then builds. */
export const downloadsOutput: PublishedOutput = Object.assign((dataset: BuiltDataset) => buildDownloads(dataset, readSchemaFolder()), {
  notes: (meta: Meta) => downloadsNotes(meta),
});
