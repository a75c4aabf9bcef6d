import react from '@vitejs/plugin-react';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { appRoutePattern } from './src/core/paths.ts';
import {
  DATA_CACHE,
  DEFAULT_INTERNAL_PATH,
  isAppNavigation,
  isDataDocument,
  isInternalRequest,
  isPrivateRequest,
  pageOrShell,
  stampingPlugin,
} from './src/app/pwa/cache-rules.ts';

const internalPath = process.env.VITE_INTERNAL_DATA_PATH ?? DEFAULT_INTERNAL_PATH;

/**
 * Documents nearly every page reads first. index.html preloads them, with config.json, so they
 * arrive while the JavaScript downloads instead of after it. The default data base URL
 * is known at build time; a config.json pointing elsewhere only wastes these few KB. Only what
 * EVERY page reads: areas.geojson is not read on /about or /changes, and Chromium warns about a
 * preload that goes unused (the browser tests fail on warnings).
 */
const FIRST_DOCUMENTS = ['meta.json', 'indicators.json'];

function preloadFirstDocuments(): Plugin {
  let base = '/';
  return {
    name: 'gsm-preload-first-documents',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: () => {
      const dataBase = process.env.VITE_DATA_BASE_URL ?? 'data/v1/';
      const resolved = /^[a-z]+:|^\//i.test(dataBase) ? dataBase : `${base}${dataBase}`;
      const hrefs = [`${base}config.json`, ...FIRST_DOCUMENTS.map((name) => `${resolved.endsWith('/') ? resolved : `${resolved}/`}${name}`)];
      return hrefs.map((href) => ({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head-prepend' as const }));
    },
  };
}

/**
 * A copy of the built index.html as `app-shell.html`: the page every unprerendered address is
 * answered with (the static host's fallback, the service worker's offline shell). index.html
 * itself becomes the prerendered start page (scripts/prerender.ts), which must not answer
 * other addresses. Written before vite-plugin-pwa lists the files to precache.
 */
function appShell(): Plugin {
  let outDir = 'dist';
  return {
    name: 'gsm-app-shell',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    writeBundle: (_options, bundle) => {
      const index = bundle['index.html'];
      if (index?.type === 'asset') writeFileSync(join(outDir, 'app-shell.html'), index.source);
    },
  };
}

/**
 * React Router 7 exports only its development build (warnings and checks included); the package
 * also ships `dist/production`, the same code without them. Production builds use that one
 * (smaller, and less start-up work on every route).
 */
function reactRouterProduction(): Plugin {
  return {
    name: 'react-router-production',
    config: (_config, { mode }) =>
      mode === 'production'
        ? { resolve: { alias: [{ find: /^react-router$/, replacement: resolve(import.meta.dirname, 'node_modules/react-router/dist/production/index.mjs') }] } }
        : undefined,
  };
}

/** Every module the app's entry imports statically, found once the module graph is complete. */
const entryModules = new Set<string>();

/**
 * Keeps the entry's static imports in one chunk. Left to itself, Rolldown (1.2) splits modules
 * that the entry already loads into separate "common" chunks as soon as a chunk loaded from a
 * route chunk imports them too (rolldown#9963, rolldown#10731): a part hydrated later
 * (src/lib/dom/hydrate-later.tsx) that used React Router turned the entry into nine chunks and
 * added 4 KB gzip to every route. Listing the entry's static closure as one group gives the
 * chunker nothing to split; the entry file becomes a one-line facade that imports it.
 */
function keepEntryWhole(): Plugin {
  return {
    name: 'gsm-keep-entry-whole',
    apply: 'build',
    buildEnd() {
      entryModules.clear();
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (pending.length > 0) {
        const id = pending.pop() as string;
        if (entryModules.has(id)) continue;
        entryModules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

/** Test files that run in Node rather than jsdom (see `test.projects`). */
const NODE_TESTS = ['data-build/**/*.test.ts', 'scripts/**/*.test.ts', 'tools/**/*.test.ts', 'src/contract/**/*.test.ts', 'src/core/**/*.test.ts'];

export default defineConfig({
  plugins: [
    reactRouterProduction(),
    keepEntryWhole(),
    react(),
    preloadFirstDocuments(),
    appShell(),
    // Offline and installable (docs/decisions/0008-service-worker-offline.md): the app shell and every route's
    // chunks are precached; data documents are cached when read (network first, so online
    // readers always get the newest data); private requests never reach a persistent cache.
    VitePWA({
      registerType: 'prompt',
      integration: {
        // The app's pages are known once the base is: the page rule goes first, before the
        // private-request rule (a navigation is sent with credentials, so that one matches it too).
        configureOptions: (viteConfig, options) => {
          const pages = { urlPattern: isAppNavigation(appRoutePattern(viteConfig.base), internalPath), handler: pageOrShell('app-shell.html') };
          options.workbox = { ...options.workbox, runtimeCaching: [pages, ...(options.workbox?.runtimeCaching ?? [])] };
        },
      },
      injectRegister: false,
      filename: 'sw.js',
      includeAssets: ['icons/*.png'],
      manifest: {
        id: '/',
        name: 'Grow Smarter Monitor',
        short_name: 'GS Monitor',
        description: 'Uppföljning av smarta stadsprojekt: energi, mobilitet och bostäder. / Following smart-city projects: energy, mobility and housing.',
        lang: 'sv',
        dir: 'ltr',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#005a9c',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // index.html is the prerendered start page; app-shell.html answers the app's pages offline.
        globIgnores: ['data/**', 'schemas/**', 'index.html'],
        // The map engine's chunk is ~1 MB raw; it must be precached for the map to work offline.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // No navigateFallback: a returning reader gets the server's prerendered page while online,
        // the shell only offline (decision 0018; the page rule is added in `integration` above,
        // once the base is known). Every other navigation reaches the server untouched: a sign-in
        // proxy's endpoints wherever they live (oauth2-proxy's /oauth2/…, /sign-in,
        // /.auth/login/…), which set or clear the session cookie, data files, the internal base.
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          { urlPattern: isPrivateRequest, handler: 'NetworkOnly' },
          { urlPattern: isInternalRequest(internalPath), handler: 'NetworkOnly' },
          { urlPattern: isDataDocument, handler: 'NetworkFirst', options: { cacheName: DATA_CACHE, plugins: [stampingPlugin] } },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/bundle-budget.ts reads the manifest to measure each route's critical path.
    manifest: true,
    // maplibre's own chunk is ~800 KB raw; it is lazy-loaded on map routes only.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => entryModules.has(id) }] } } },
  },
  test: {
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 15000,
    // The app's tests run in jsdom; the data build, the CLIs, the tools and the pure shared
    // modules (src/contract, src/core) run in Node, where they run in production.
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          exclude: [...NODE_TESTS, 'node_modules/**'],
        },
      },
      { extends: true, test: { name: 'node', environment: 'node', include: NODE_TESTS } },
    ],
  },
});
