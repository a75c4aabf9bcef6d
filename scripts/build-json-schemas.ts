/**
 * Writes the JSON Schema files for the Pilot data API v1, generated from the zod schemas in
 * src/contract/schemas.ts, into public/schemas/v1/<name>.schema.json:
 *
 *   npm run schemas:build
 *
 * The files are committed; scripts/build-json-schemas.test.ts fails when they are out of date.
 * Run this after every change to schemas.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import {
  areasDocumentSchema,
  buildReportDocumentSchema,
  changesDocumentSchema,
  configSchema,
  downloadsDocumentSchema,
  eventsDocumentSchema,
  goalsDocumentSchema,
  indicatorsDocumentSchema,
  metaSchema,
  observationsDocumentSchema,
  releasesDocumentSchema,
  sitesDocumentSchema,
} from '../src/contract/schemas.ts';
import { isMainModule } from './is-main.ts';

export const SCHEMA_DIR = fileURLToPath(new URL('../public/schemas/v1/', import.meta.url));

/** File name stem → the schema and the document it describes. */
export const DOCUMENT_SCHEMAS = {
  meta: { schema: metaSchema, document: 'meta.json' },
  areas: { schema: areasDocumentSchema, document: 'areas.geojson' },
  indicators: { schema: indicatorsDocumentSchema, document: 'indicators.json' },
  goals: { schema: goalsDocumentSchema, document: 'goals.json' },
  sites: { schema: sitesDocumentSchema, document: 'sites.geojson' },
  events: { schema: eventsDocumentSchema, document: 'events.json' },
  observations: { schema: observationsDocumentSchema, document: 'observations/{indicatorId}.json' },
  config: { schema: configSchema, document: 'config.json (run-time configuration)' },
  'build-report': { schema: buildReportDocumentSchema, document: 'build-report.json (written by data:build)' },
  changes: { schema: changesDocumentSchema, document: 'changes.json (written by data:build)' },
  download: { schema: downloadsDocumentSchema, document: 'download.json (written by data:build)' },
  releases: { schema: releasesDocumentSchema, document: 'releases.json (written by data:build and data:rollback)' },
} as const;

export type SchemaName = keyof typeof DOCUMENT_SCHEMAS;

export function schemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

/** The JSON Schema of one document, as the text written to its file. */
export function renderJsonSchema(name: SchemaName): string {
  const { schema, document } = DOCUMENT_SCHEMAS[name];
  const { $schema, ...rest } = forStrictValidators(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as Record<string, unknown>;
  const json = {
    $schema,
    title: `Pilot data API v1: ${document}`,
    description:
      'Generated from src/contract/schemas.ts by scripts/build-json-schemas.ts; do not edit. ' +
      'The prose contract is docs/data-api.md. Checks JSON Schema cannot express (real calendar dates, ' +
      'references between documents) are made by `npm run data:check`.',
    ...rest,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * zod writes a tuple with a rest element (a GeoJSON position: longitude, latitude and an
 * optional altitude) as `prefixItems` + `items`. That is valid JSON Schema, but validators in
 * strict mode (ajv's `forStrictValidators`) refuse a tuple whose length is open. The same constraint
 * as a choice of two closed tuples, without and with the one extra number, loads everywhere.
 */
export function forStrictValidators(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forStrictValidators);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, forStrictValidators(value)]));
  // Likewise a union type (`"type": ["number", "string"]`, ajv's strictTypes) becomes a choice;
  // a type or null stays as it is, which strict mode accepts.
  if (Array.isArray(entries.type) && entries.type.filter((t) => t !== 'null').length > 1 && entries.anyOf === undefined && Object.keys(entries).length === 1) {
    return { anyOf: (entries.type as string[]).map((t) => ({ type: t })) };
  }
  const { prefixItems, items, minItems, maxItems, type, ...others } = entries as Record<string, unknown>;
  if (!Array.isArray(prefixItems) || typeof items !== 'object' || items === null || maxItems !== undefined) return entries;
  const length = prefixItems.length;
  const closed = (prefix: unknown[]) => ({ type: 'array', prefixItems: prefix, items: false, minItems: prefix.length, maxItems: prefix.length });
  if (minItems !== undefined && minItems !== length) return entries;
  void type;
  return { ...others, anyOf: [closed(prefixItems), closed([...prefixItems, items])] };
}

/** Every schema file: file name → text. */
export function renderJsonSchemas(): Map<string, string> {
  return new Map((Object.keys(DOCUMENT_SCHEMAS) as SchemaName[]).map((name) => [schemaFileName(name), renderJsonSchema(name)]));
}

export const INDEX_FILE = 'index.json';

/** index.json: which schema file describes which document (static hosts list no folders). */
export function renderSchemaIndex(): string {
  const schemas = (Object.keys(DOCUMENT_SCHEMAS) as SchemaName[]).map((name) => ({ document: DOCUMENT_SCHEMAS[name].document, schema: schemaFileName(name) }));
  return `${JSON.stringify({ apiVersion: '1', description: 'JSON Schema files of the Pilot data API v1; see docs/data-api.md.', schemas }, null, 2)}\n`;
}

export function writeJsonSchemas(dir: string = SCHEMA_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, text] of [...renderJsonSchemas(), [INDEX_FILE, renderSchemaIndex()] as const]) {
    writeFileSync(join(dir, file), text);
    written.push(join(dir, file));
  }
  return written;
}

if (isMainModule(import.meta.url)) {
  for (const file of writeJsonSchemas()) console.log(`wrote ${file}`);
}
