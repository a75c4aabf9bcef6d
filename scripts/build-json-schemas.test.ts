import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
