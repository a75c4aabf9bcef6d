import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from 'vitest';
import { INDEX_FILE, renderJsonSchemas, renderSchemaIndex, SCHEMA_DIR } from './build-json-schemas.ts';

test('the committed JSON Schema files match the zod schemas (run `npm run schemas:build` if not)', () => {
  const expected = renderJsonSchemas();
  for (const [file, text] of expected) {
    expect(readFileSync(join(SCHEMA_DIR, file), 'utf8'), `${file} is out of date: run npm run schemas:build`).toBe(text);
  }
});

test('public/schemas/v1 holds exactly the generated files', () => {
  const onDisk = readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort();
  expect(onDisk).toEqual([...renderJsonSchemas().keys(), INDEX_FILE].sort());
  expect(readFileSync(join(SCHEMA_DIR, INDEX_FILE), 'utf8')).toBe(renderSchemaIndex());
});

test('the generated schemas describe input documents and keep unknown fields allowed', () => {
  for (const [file, text] of renderJsonSchemas()) {
    const schema = JSON.parse(text) as { $schema?: string; type?: string; required?: string[]; additionalProperties?: unknown };
    expect(schema.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type, file).toBe('object');
    expect(schema.additionalProperties, file).toBeUndefined();
    if (file !== 'config.schema.json') expect(schema.required, file).toContain('apiVersion');
  }
  // `quality` has a default, so in input documents it is optional.
  const observations = JSON.parse(renderJsonSchemas().get('observations.schema.json') ?? '{}') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walking JSON
  expect(observations.properties.series.items.properties.points.items.required).toEqual(['period', 'value']);
});

const DATASET = fileURLToPath(new URL('../public/data/v1/', import.meta.url));

test('every published schema compiles in ajv strict mode (draft 2020-12) and accepts the embedded document', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  for (const [file, text] of renderJsonSchemas()) {
    expect(() => compiled.set(file, ajv.compile(JSON.parse(text) as object)), file).not.toThrow();
  }
  expect([...compiled.keys()]).toEqual(expect.arrayContaining(['changes.schema.json', 'download.schema.json']));
  const documents: Array<[string, string]> = [
    ['meta.schema.json', 'meta.json'],
    ['areas.schema.json', 'areas.geojson'],
    ['sites.schema.json', 'sites.geojson'],
    ['indicators.schema.json', 'indicators.json'],
    ['goals.schema.json', 'goals.json'],
    ['events.schema.json', 'events.json'],
    ['changes.schema.json', 'changes.json'],
    ['download.schema.json', 'download.json'],
    ['build-report.schema.json', 'build-report.json'],
  ];
  for (const [schema, document] of documents) {
    const validate = compiled.get(schema);
    const valid = validate?.(JSON.parse(readFileSync(join(DATASET, document), 'utf8')));
    expect(valid ? [] : validate?.errors, document).toEqual([]);
  }
  // And a broken changes.json is refused.
  expect(compiled.get('changes.schema.json')?.({ apiVersion: '1', updates: [{ updated: 5 }] })).toBe(false);
});
