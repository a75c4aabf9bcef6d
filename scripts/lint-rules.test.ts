/**
 * The import rules in eslint.config.js fail on a probe import: each probe is linted as if it
 * were the named (existing) file, through ESLint's Node API with the project's own config.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

const cases: Array<{ name: string; file: string; probe: string }> = [
  { name: 'config must not import i18n', file: 'src/config/paths.ts', probe: "export { LANGUAGES } from '../i18n/language';" },
  { name: 'config must not import lib beyond the contract', file: 'src/config/load-config.ts', probe: "export { useAreas } from '../lib/api/hooks';" },
  { name: 'config must not import components', file: 'src/config/paths.ts', probe: "export { Loading } from '../components/loading';" },
  { name: 'i18n must not import lib beyond the contract', file: 'src/i18n/format.ts', probe: "export { formatSentence } from '../lib/sentences/sentences';" },
  { name: 'lib must not import components', file: 'src/lib/status/status.ts', probe: "export { Loading } from '../../components/loading';" },
  { name: 'the contract must not import the rest of lib', file: 'src/lib/api/schemas.ts', probe: "export { useAreas } from './hooks';" },
  { name: 'shared code must not import a feature', file: 'src/components/loading.tsx', probe: "export { MapPage } from '../features/map/map-page';" },
  {
    name: 'a feature must not import another feature',
    file: 'src/features/areas/area-page.tsx',
    probe: "export { SiteExplorer } from '../map/site-explorer';",
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

test('the allowed directions pass: later folders import earlier ones, everything imports the contract, tests import scripts', async () => {
  expect(await restrictedImports('src/lib/api/hooks.ts', "export { useAppConfig } from '../../config/config-context';")).toEqual([]);
  expect(await restrictedImports('src/i18n/text.ts', "export type { LocalizedText } from '../lib/api/schemas';")).toEqual([]);
  expect(await restrictedImports('src/config/load-config.ts', "export { fetchDocument } from '../lib/api/client';")).toEqual([]);
  expect(await restrictedImports('src/components/loading.tsx', "export { formatNumber } from '../i18n/format';")).toEqual([]);
  expect(await restrictedImports('tests/e2e/map-perf.ts', "export { generateSites } from '../../scripts/map-perf/generate-sites';")).toEqual([]);
}, 60_000);
