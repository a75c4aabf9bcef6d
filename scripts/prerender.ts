/**
 * Prerenders every route of the built dataset to HTML, after `vite build`: the first
 * paint then needs neither the JavaScript nor a data request, as on Open SDG's and OWID's static
 * pages. The browser renders the live app over it (src/main.tsx), starting from the same data.
 *
 * 1. builds src/entry-server.tsx for Node (`vite build --ssr`, into node_modules/.prerender);
 * 2. lists the routes: the main pages, every public indicator (page and embed) and every area,
 *    unprefixed (the default language), under /sv and under /en;
 * 3. renders each with the documents in dist/ (the data base of dist/config.json) and writes
 *    dist/<route>/index.html with the route's stylesheets, the page title and <html lang>.
 * A page whose data does not load in full is not written: the app shell serves it as before.
 *
 * Usage: tsx scripts/prerender.ts [--dist dist]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { PHONE_ROOT_ID } from '../src/core/page-ids';
import type * as EntryServerModule from '../src/entry-server';
import { documentTitle } from '../src/core/document-title';
import { escapeXml } from '../src/core/escape-xml';
import { APP_ROUTES, PATH_LANGUAGES, routePath, type RouteParameter } from '../src/core/paths';
import type { Language } from '../src/contract/schemas';
import { isMainModule } from './is-main';
import { readManifest, staticClosure, type Manifest } from './vite-manifest';

type EntryServer = typeof EntryServerModule;

export interface PrerenderRoute {
  /** The URL path, e.g. "/en/indicators/heat-use". */
  path: string;
  /** The route module's source file (a key of Vite's manifest), for its stylesheets. */
  module: string;
  language: Language | undefined;
}

/** Every page of the dataset in every language form, from the route table. */
export function listRoutes(indicatorIds: string[], areaIds: string[]): PrerenderRoute[] {
  const values: Record<RouteParameter, string[]> = { indicator: indicatorIds, area: areaIds };
  const prefixes: Array<['' | `/${Language}`, Language | undefined]> = [
    ['', undefined],
    ...PATH_LANGUAGES.map((language): [`/${Language}`, Language] => [`/${language}`, language]),
  ];
  const routes: PrerenderRoute[] = [];
  for (const [prefix, language] of prefixes) {
    for (const route of APP_ROUTES) {
      const module = `src/app/routes/${route.module}.tsx`;
      const pagePaths = 'each' in route ? values[route.each].map((value) => routePath(route, value)) : [routePath(route)];
      for (const path of pagePaths) routes.push({ path: `${prefix}${path === '/' ? '' : path}` || '/', module, language });
    }
  }
  return routes;
}

/** The stylesheets a route module needs at once: its own and those of everything it imports statically. */
export function routeStylesheets(manifest: Manifest, module: string): string[] {
  const found = new Set([...staticClosure(manifest, [module])].flatMap((key) => manifest[key]?.css ?? []));
  for (const css of manifest['index.html']?.css ?? []) found.delete(css);
  return [...found];
}

/** The file that holds the prerendered pages' inline styles as rules (see `moveInlineStyles`). */
export const PRERENDER_STYLESHEET = 'prerender-styles.css';

/**
 * A page whose layout differs on phones carries both markups: the phone's in #root-phone, just
 * before #root. The stylesheet shows the one that fits from the first paint; the browser then
 * hydrates that one and removes the other (`choosePageRoot`). Without #root-phone (removed, or a
 * page with one markup) #root shows as always.
 */
export function phoneRootRules(phoneQuery: string): string {
  return `#${PHONE_ROOT_ID}{display:none}@media ${phoneQuery}{#${PHONE_ROOT_ID}{display:block}#${PHONE_ROOT_ID}+#root{display:none}}`;
}

/** Text as React escaped it in the markup, read back (`&amp;` last, so "&amp;lt;" stays "&lt;"). */
function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The Content-Security-Policy (`style-src 'self'`, docs/deploy.md) blocks `style` attributes in
 * served HTML, though React may set the same styles from script. So each distinct inline style
 * becomes a rule in one stylesheet, `[data-prerender-style="<hash>"]{… !important}` (as strong
 * as the attribute was), and the element carries the hash instead. `rules` collects them.
 */
export function moveInlineStyles(html: string, rules: Map<string, string>): string {
  return html.replace(/ style="([^"]*)"/g, (attribute, escaped: string) => {
    const declarations = decodeHtml(escaped);
    if (/[{}<\\]/.test(declarations)) return attribute;
    const id = createHash('sha256').update(declarations).digest('hex').slice(0, 10);
    const important = declarations
      .split(';')
      .map((declaration) => declaration.trim())
      .filter(Boolean)
      .map((declaration) => `${declaration} !important`)
      .join(';');
    rules.set(id, `[data-prerender-style="${id}"]{${important}}`);
    return ` data-prerender-style="${id}"`;
  });
}

/** A lazy module's file and the files it imports that the entry does not already bring (to request them with the entry). */
export function lazyModuleFiles(manifest: Manifest, module: string): string[] {
  const entry = staticClosure(manifest, ['index.html']);
  return [...staticClosure(manifest, [module])].filter((key) => !entry.has(key)).flatMap((key) => (manifest[key] ? [manifest[key].file] : []));
}

/** The page title as PageHeading sets it in the browser: "<h1> – <product>", from the rendered h1. */
export function pageTitle(html: string, productName: string): string {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  const text = heading === undefined ? '' : decodeHtml(heading.replace(/<[^>]+>/g, '')).trim();
  return documentTitle(text, productName);
}

export interface PageParts {
  html: string;
  /** The phone's markup, when it differs: written before the root in #root-phone (see phoneRootRules). */
  phoneHtml?: string;
  /** Modules the page needs at once besides the entry's (the prerender seed), requested with it. */
  modules?: string[];
  stateJson: string;
  stateId: string;
  title: string;
  language: string;
  stylesheets: string[];
  base: string;
}

/**
 * The shell's script tags replaced by boot.js, which requests them once the page has painted.
 * Data preloads other than config.json go: the page carries its data.
 */
export function deferScripts(template: string, base: string, extraModules: string[] = []): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(template);
  if (!entry) throw new Error('app-shell.html has no entry script');
  const modules = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  const preloads = [...template.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">\s*/g)];
  const config = preloads.map((match) => match[1]).filter((href) => href?.endsWith('/config.json'));
  let html = template.replace(entry[0], '');
  for (const match of [...modules, ...preloads]) html = html.replace(match[0], '');
  const boot = `<script src="${base}boot.js" data-entry="${entry[1]}" data-modules="${[...modules.map((match) => match[1]), ...extraModules].join(' ')}" data-fetch="${config.join(' ')}" defer></script>`;
  return html.replace('</head>', `  ${boot}\n  </head>`);
}

/** The shell index.html with the page filled in. */
export function fillTemplate(template: string, page: PageParts): string {
  const links = page.stylesheets.map((href) => `<link rel="stylesheet" crossorigin href="${page.base}${href}">`).join('\n    ');
  return deferScripts(
    template,
    page.base,
    (page.modules ?? []).map((file) => `${page.base}${file}`),
  )
    .replace(/<html lang="[^"]*"/, `<html lang="${page.language}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(page.title)}</title>`)
    .replace('</head>', links ? `  ${links}\n  </head>` : '</head>')
    .replace(
      '<div id="root"></div>',
      `${page.phoneHtml === undefined ? '' : `<div id="${PHONE_ROOT_ID}">${page.phoneHtml}</div>`}<div id="root">${page.html}</div>`,
    )
    .replace('</body>', `  <script id="${page.stateId}" type="application/json">${page.stateJson}</script>\n  </body>`);
}

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
  // The deployment's base path, as Vite wrote it before the entry script ("/" or "/dashboard/").
  const base = /<script type="module" crossorigin src="([^"]*?)assets\//.exec(template)?.[1] ?? '/';
  const productName = /<title>([^<]*)<\/title>/.exec(template)?.[1] ?? '';
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
