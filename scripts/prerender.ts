/**
 * Prerenders every route of the built dataset to HTML, after `vite build`: the first
 * paint then needs neither the JavaScript nor a data request, as on Open SDG's and OWID's static
 * pages. The browser renders the live app over it (src/main.tsx), starting from the same data.
 *
 * Three parts: the route list (./prerender-routes.ts: the main pages, every public indicator
 * (page and embed) and every area, unprefixed (the default language), under /sv and under /en);
 * the renderer (here: builds src/entry-server.tsx for Node with `vite build --ssr` into
 * node_modules/.prerender, and renders each route with the documents in dist/, the data base of
 * dist/config.json); and the HTML step (./prerender-html.ts: dist/<route>/index.html from the app
 * shell with the page's markup, state, stylesheets, title and <html lang>).
 * A page whose data does not load in full is not written: the app shell serves it as before.
 *
 * Usage: tsx scripts/prerender.ts [--dist dist]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type * as EntryServerModule from '../src/entry-server';
import { isMainModule } from './is-main';
import { fillTemplate, moveInlineStyles, pageTitle, phoneRootRules, PRERENDER_STYLESHEET, shellFacts } from './prerender-html';
import { lazyModuleFiles, listRoutes, routeStylesheets } from './prerender-routes';
import { readManifest } from './vite-manifest';

type EntryServer = typeof EntryServerModule;

/** Answers the prerenderer's requests for documents from the built site. */
function serveFromDist(distDir: string, origin: string): typeof fetch {
  const realFetch = globalThis.fetch;
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) return realFetch(input, init);
    try {
      const body = readFileSync(join(distDir, decodeURIComponent(url.pathname)));
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
  };
}

export async function prerender(distDir: string): Promise<{ written: string[]; skipped: string[] }> {
  const outDir = resolve('node_modules/.prerender');
  await build({ logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir, emptyOutDir: true, manifest: false, copyPublicDir: false } });
  const entry = (await import(pathToFileURL(join(outDir, 'entry-server.js')).href)) as EntryServer;
  const manifest = readManifest(distDir);
  const template = readFileSync(join(distDir, 'app-shell.html'), 'utf8');
  const configJson = JSON.parse(readFileSync(join(distDir, 'config.json'), 'utf8')) as unknown;
  const config = entry.prerenderConfig(configJson);
  const { base, productName } = shellFacts(template);
  const dataDir = join(distDir, new URL(config.dataBaseUrl).pathname);
  const indicators = JSON.parse(readFileSync(join(dataDir, 'indicators.json'), 'utf8')) as { indicators: Array<{ id: string; visibility?: string }> };
  const areas = JSON.parse(readFileSync(join(dataDir, 'areas.geojson'), 'utf8')) as { features: Array<{ id: string }> };
  const routes = listRoutes(
    indicators.indicators.filter((indicator) => indicator.visibility !== 'internal').map((indicator) => indicator.id),
    areas.features.map((area) => area.id),
  );
  globalThis.fetch = serveFromDist(distDir, entry.PRERENDER_ORIGIN);
  const written: string[] = [];
  const skipped: string[] = [];
  const renderedAt = new Date();
  const styleRules = new Map<string, string>();
  const seedModules = lazyModuleFiles(manifest, 'src/app/prerender/seed.ts');
  for (const route of routes) {
    const page = await entry.prerenderPage(route.path, configJson, renderedAt);
    if (page.problem) {
      skipped.push(`${route.path}: ${page.problem}`);
      continue;
    }
    const html = fillTemplate(template, {
      html: moveInlineStyles(page.html, styleRules),
      ...(page.phoneHtml === undefined ? {} : { phoneHtml: moveInlineStyles(page.phoneHtml, styleRules) }),
      // The route's own chunks too: requested with the entry instead of after it has run, and
      // Vite's preload helper then finds their <link>s present instead of adding each one in the
      // start-up task.
      modules: [...new Set([...seedModules, ...lazyModuleFiles(manifest, route.module)])],
      stateJson: entry.serializePrerenderState(page.state),
      stateId: entry.PRERENDER_STATE_ID,
      title: pageTitle(page.html, productName),
      language: route.language ?? config.defaultLanguage,
      stylesheets: [...routeStylesheets(manifest, route.module), PRERENDER_STYLESHEET],
      base,
    });
    const file = join(distDir, route.path === '/' ? '' : route.path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    written.push(route.path);
  }
  writeFileSync(join(distDir, PRERENDER_STYLESHEET), `${[phoneRootRules(entry.PHONE_QUERY), ...[...styleRules.values()].sort()].join('\n')}\n`);
  return { written, skipped };
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { dist: { type: 'string', default: 'dist' } } });
  const distDir = resolve(values.dist);
  const started = performance.now();
  const { written, skipped } = await prerender(distDir);
  console.log(`prerender: ${written.length} pages in ${Math.round(performance.now() - started)} ms`);
  for (const line of skipped) console.warn(`prerender: skipped ${line}`);
}
