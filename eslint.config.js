// Flat config: typescript-eslint (type-aware), react-hooks, jsx-a11y, and the import boundaries
// that keep features independent (see docs/architecture.md).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder under src/features is a feature; read from disk so a new one is covered at once.
const featureNames = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The shared folders in dependency order: each may import only the ones before it. All of them
// may import src/contract (the documents) and src/core (the pure rules), which sit beneath.
const sharedLayers = ['config', 'i18n', 'lib', 'components'];
function laterLayers(index) {
  const later = sharedLayers.slice(index + 1);
  if (later.length === 0) return [];
  return [
    {
      // config reads config.json with the data client, so lib/api/client is the one part of lib
      // beneath config (it imports only the contract).
      regex: `^(\\.\\./)+(${later.join('|')})(/|$)(?!api/client$)`,
      message: `The shared folders go ${sharedLayers.join(' → ')}: no imports back up.`,
    },
  ];
}

const noTestCode = { group: ['**/mocks/**', '**/tests/**'], message: 'Do not import test code in source files.' };
const noReact = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*'],
  message: 'src/contract and src/core are pure: no React, no router, no query cache.',
};
// data-build/, scripts/ and tools/ share only the contract and the pure rules with the app.
const onlyContractAndCore = (extra = '') => ({
  regex: `^(\\.\\./)+src/(?!(contract|core)/${extra})`,
  message: 'Outside src/, import only src/contract and src/core (never lib, features, components, app, i18n or config).',
});

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
  // before it, never one after it.
  ...sharedLayers.map((layer, index) => ({
    files: [`src/${layer}/**`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' },
            noTestCode,
            ...laterLayers(index),
          ],
        },
      ],
    },
  })),
  // The contract (zod schemas = types, parsers, references) imports nothing else of src/.
  {
    files: ['src/contract/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./', message: 'src/contract imports nothing else of src/.' }, noReact, noTestCode] }],
    },
  },
  {
    files: ['src/contract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(?!(\\.\\./)*mocks/)', message: 'src/contract imports nothing else of src/.' }, noReact] },
      ],
    },
  },
  // The pure rules shared by the app and the data build import only each other and the contract.
  {
    files: ['src/core/**'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(?!contract/)', message: 'src/core imports only src/core and src/contract.' }, noReact, noTestCode] },
      ],
    },
  },
  {
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(?!contract/|(\\.\\./)*mocks/)', message: 'src/core imports only src/core and src/contract.' }, noReact] },
      ],
    },
  },
  // The data build imports only the contract and the pure rules of src/ (tests may use mocks/).
  {
    files: ['data-build/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyContractAndCore()] }] },
  },
  // scripts/ (the CLIs) never import tests/ or mocks/ (tests may import scripts), and from src/
  // only the contract and the pure rules.
  {
    files: ['scripts/**/*.ts'],
    ignores: ['scripts/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**', '**/mocks/**'], message: 'scripts/ never import tests/ or mocks/ (tests may import scripts).' },
            onlyContractAndCore(),
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyContractAndCore()] }] },
  },
  // The prerenderer renders the app itself: it builds src/entry-server.tsx with Vite and loads the
  // built module, and takes the module's type from the source. That entry is its one door into
  // the app; nothing else of src/ beyond the contract and the pure rules.
  {
    files: ['scripts/prerender.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**', '**/mocks/**'], message: 'scripts/ never import tests/ or mocks/ (tests may import scripts).' },
            onlyContractAndCore('|entry-server$'),
          ],
        },
      ],
    },
  },
  // tools/ (benchmarks, profilers) drive the built app with the browser tests' harness; from src/
  // they import only the contract and the pure rules.
  {
    files: ['tools/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [onlyContractAndCore()] }] },
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
