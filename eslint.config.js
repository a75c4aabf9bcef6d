// Flat config: typescript-eslint (type-aware), react-hooks, jsx-a11y, and the import boundaries
// that keep features independent (see docs/architecture.md).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featureNames = ['start', 'indicators', 'map', 'summary', 'areas', 'about'];

// The shared folders in dependency order: each may import only the ones before it.
const sharedLayers = ['config', 'i18n', 'lib', 'components'];
const contractFiles = ['src/lib/api/schemas.ts', 'src/lib/api/client.ts', 'src/lib/api/errors.ts', 'src/lib/api/problems.ts'];
function laterLayers(index) {
  const later = sharedLayers.slice(index + 1);
  if (later.length === 0) return [];
  // lib's contract files are allowed everywhere (see below); the rest of lib only from lib and components.
  const laterDirs = later.filter((layer) => layer !== 'lib');
  const patterns = [];
  if (laterDirs.length > 0) {
    patterns.push({ regex: `^(\\.\\./)+(${laterDirs.join('|')})(/|$)`, message: `The shared folders go ${sharedLayers.join(' → ')}: no imports back up.` });
  }
  if (later.includes('lib')) {
    patterns.push({
      regex: '^(\\.\\./)+lib/(?!api/(schemas|client|errors|problems)$)',
      message: `The shared folders go ${sharedLayers.join(' → ')}: no imports back up (only the contract in lib/api is below config).`,
    });
  }
  return patterns;
}

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'public', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  // node:test's test() returns a promise that the runner itself awaits.
  { files: ['tests/e2e/**'], rules: { '@typescript-eslint/no-floating-promises': 'off' } },
  // Boundaries: src never imports test code; shared code never imports features or the app;
  // a feature never imports another feature (compose them in src/app/routes instead).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/mocks/**', '**/tests/**', '**/*.test'], message: 'Do not import test code in source files.' }] },
      ],
    },
  },
  // Shared folders in one order, config → i18n → lib → components: a folder may import the ones
  // before it, never one after it. The contract (zod schemas = types) and the typed fetch client
  // in src/lib/api sit beneath all four: config is validated and fetched with them.
  ...sharedLayers.map((layer, index) => ({
    files: [`src/${layer}/**`],
    ignores: ['src/**/*.test.{ts,tsx}', ...(layer === 'lib' ? contractFiles : [])],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' },
            { group: ['**/mocks/**', '**/tests/**'], message: 'Do not import test code in source files.' },
            ...laterLayers(index),
          ],
        },
      ],
    },
  })),
  {
    files: contractFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\.?/(?!(schemas|client|errors|problems)$)', message: 'The contract and fetch client import nothing else of the app.' }] },
      ],
    },
  },
  // scripts/ are tools and never import tests/; tests/ may use scripts/ (e.g. the site generator).
  {
    files: ['scripts/**/*.ts'],
    ignores: ['scripts/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/tests/**', '**/mocks/**'], message: 'scripts/ never import tests/ or mocks/ (tests may import scripts).' }] },
      ],
    },
  },
  // Feature boundaries hold for tests too; only production files are also barred from test code.
  ...featureNames.flatMap((feature) => {
    const others = featureNames.filter((other) => other !== feature);
    const boundaries = [
      {
        group: others.map((other) => `**/features/${other}/**`),
        message: 'Features never import each other; compose them in src/app/routes.',
      },
      {
        // Relative paths that climb out of this feature into a sibling (../map/…, ../../summary).
        regex: `^(\\.\\./)+(${others.join('|')})(/|$)`,
        message: 'Features never import each other; compose them in src/app/routes.',
      },
      { group: ['**/app/**'], message: 'Features must not import the app.' },
    ];
    return [
      {
        files: [`src/features/${feature}/**`],
        ignores: ['src/**/*.test.{ts,tsx}'],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [...boundaries, { group: ['**/mocks/**', '**/tests/**'], message: 'Do not import test code in source files.' }],
            },
          ],
        },
      },
      {
        files: [`src/features/${feature}/**/*.test.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { patterns: boundaries }] },
      },
    ];
  }),
);
