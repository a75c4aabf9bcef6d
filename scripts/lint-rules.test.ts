/**
 * The import rules in eslint.config.js fail on a probe import: each probe is linted as if it
 * were the named (existing) file, through ESLint's Node API with the project's own config.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // The first lint starts TypeScript's project service (slow on a busy machine); later ones reuse it.
  await eslint.lintText('export {};', { filePath: resolve(root, 'src/config/load-config.ts') });
}, 300_000);

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

const cases: Array<{ name: string; file: string; probe: string }> = [
  { name: 'config must not import i18n', file: 'src/config/load-config.ts', probe: "export { useLanguage } from '../i18n/language';" },
  { name: 'config must not import lib beyond the data client', file: 'src/config/load-config.ts', probe: "export { useAreas } from '../lib/api/hooks';" },
  { name: 'config must not import components', file: 'src/config/load-config.ts', probe: "export { Loading } from '../components/loading';" },
  { name: 'i18n must not import lib', file: 'src/i18n/plural.ts', probe: "export { lowerFirst } from '../lib/sentences/sentences';" },
  { name: 'lib must not import components', file: 'src/lib/sentences/sentences.ts', probe: "export { Loading } from '../../components/loading';" },
  { name: 'shared code must not import a feature', file: 'src/components/loading.tsx', probe: "export { MapPage } from '../features/map/map-page';" },
  { name: 'shared code must not import the app', file: 'src/lib/sentences/sentences.ts', probe: "export { createRoutes } from '../../app/router';" },
  { name: 'the contract must not import lib', file: 'src/contract/schemas.ts', probe: "export { fetchDocument } from '../lib/api/client';" },
  { name: 'the contract must not import core', file: 'src/contract/documents.ts', probe: "export { evaluateTarget } from '../core/status';" },
  { name: 'the contract must not import React', file: 'src/contract/schemas.ts', probe: "export { useState } from 'react';" },
  { name: 'core must not import i18n', file: 'src/core/status.ts', probe: "export { useLanguage } from '../i18n/language';" },
  { name: 'core must not import lib', file: 'src/core/citation.ts', probe: "export { fetchDocument } from '../lib/api/client';" },
  { name: 'core must not import components', file: 'src/core/format.ts', probe: "export { Loading } from '../components/loading';" },
  { name: 'core must not import React', file: 'src/core/status.ts', probe: "export { useMemo } from 'react';" },
  { name: 'core must not import the query cache', file: 'src/core/periods.ts', probe: "export { useQuery } from '@tanstack/react-query';" },
  ...['lib', 'features', 'components', 'app', 'i18n', 'config'].flatMap((layer) => [
    { name: `data-build must not import src/${layer}`, file: 'data-build/build.ts', probe: `export * from '../src/${layer}/probe';` },
    { name: `scripts must not import src/${layer}`, file: 'scripts/data-check.ts', probe: `export * from '../src/${layer}/probe';` },
    { name: `tools must not import src/${layer}`, file: 'tools/lighthouse-bench.ts', probe: `export * from '../src/${layer}/probe';` },
  ]),
  {
    name: 'a data-build test must not import the app either',
    file: 'data-build/build.test.ts',
    probe: "export { indicatorWorkbook } from '../src/features/indicators/utils/xlsx-indicator';",
  },
  {
    name: 'the prerenderer reaches the app only through its server entry',
    file: 'scripts/prerender.ts',
    probe: "export { createRoutes } from '../src/app/router';",
  },
  { name: 'scripts must not import tests', file: 'scripts/data-check.ts', probe: "export { startStaticServer } from '../tests/e2e/harness';" },
];

test.each(cases)(
  '$name',
  async ({ file, probe }) => {
    expect(await restrictedImports(file, probe)).toHaveLength(1);
  },
  60_000,
);

/** Every folder under src/features, with one of its source files to lint the probe as. */
function features(): Array<{ name: string; file: string }> {
  const dir = join(root, 'src/features');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const file = readdirSync(join(dir, entry.name), { recursive: true, encoding: 'utf8' }).find((name) => /\.tsx?$/.test(name) && !name.includes('.test.'));
      if (!file) throw new Error(`src/features/${entry.name} has no source file`);
      return { name: entry.name, file: `src/features/${entry.name}/${file}` };
    });
}

test('every feature folder (auth and changes included) is barred from the other features', async () => {
  const all = features();
  expect(all.map((feature) => feature.name)).toEqual(expect.arrayContaining(['auth', 'changes', 'map', 'indicators']));
  // Each feature probes the next one (the last probes the first), so every folder's rule is exercised.
  for (const [index, feature] of all.entries()) {
    const other = all[(index + 1) % all.length]!;
    const depth = feature.file.split('/').length - 3; // folders below src/features/<name>
    const probe = `export * from '${'../'.repeat(depth)}${other.name}/probe';`;
    expect(await restrictedImports(feature.file, probe), `${feature.name} → ${other.name}`).toHaveLength(1);
  }
}, 120_000);

test('the allowed directions pass', async () => {
  // Later shared folders import earlier ones; everything imports the contract and the pure rules.
  expect(await restrictedImports('src/lib/api/hooks.ts', "export { useAppConfig } from '../../config/config-context';")).toEqual([]);
  expect(await restrictedImports('src/config/load-config.ts', "export { fetchDocument } from '../lib/api/client';")).toEqual([]);
  expect(await restrictedImports('src/config/load-config.ts', "export type { Language } from '../contract/schemas';")).toEqual([]);
  expect(await restrictedImports('src/components/loading.tsx', "export { formatNumber } from '../core/format';")).toEqual([]);
  expect(await restrictedImports('src/core/status.ts', "export type { Point } from '../contract/schemas';")).toEqual([]);
  expect(await restrictedImports('src/core/describe-change.ts', "export { statusLabel } from './status-label';")).toEqual([]);
  // Outside src/: the contract and the pure rules; the prerenderer also its server entry.
  expect(await restrictedImports('data-build/build.ts', "export { parseMeta } from '../src/contract/documents.ts';")).toEqual([]);
  expect(await restrictedImports('data-build/changes.ts', "export { periodToTime } from '../src/core/periods.ts';")).toEqual([]);
  expect(await restrictedImports('scripts/prerender.ts', "export type * from '../src/entry-server';")).toEqual([]);
  expect(await restrictedImports('scripts/prerender.ts', "export { documentTitle } from '../src/core/document-title';")).toEqual([]);
  // Tools drive the built app with the browser tests' harness; tests may use scripts/.
  expect(await restrictedImports('tools/map-perf/map-perf.ts', "export { launchBrowser } from '../../tests/e2e/harness';")).toEqual([]);
  expect(await restrictedImports('tests/e2e/map-perf.spec.ts', "export { generateSites } from '../../tools/map-perf/generate-sites';")).toEqual([]);
}, 60_000);
