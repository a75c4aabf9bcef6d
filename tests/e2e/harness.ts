/**
 * Browser-test harness: a static file server for the production build (with the SPA fallback a
 * real deployment needs), Debian's Chromium driven by playwright-core, console-error capture and
 * an axe scan. No browser download: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-flags';
import { resolveStaticPath } from '../../scripts/static-host';

export const DIST = resolve(import.meta.dirname, '../../dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
};

const NGINX_DIR = resolve(import.meta.dirname, '../../deploy/nginx');

/** The `add_header Name "value" always;` lines of a deploy/nginx header file, as a header map. */
export function readNginxHeaders(file: 'headers-app.conf' | 'headers-embed.conf'): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const match of readFileSync(join(NGINX_DIR, file), 'utf8').matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)) {
    headers[match[1]!] = match[2]!;
  }
  return headers;
}

/** The security headers the reference nginx sends for a path (embed paths may be framed). */
export function securityHeadersFor(pathname: string): Record<string, string> {
  return readNginxHeaders(/^\/(sv\/|en\/)?embed\//.test(pathname) ? 'headers-embed.conf' : 'headers-app.conf');
}

export interface StaticServerOptions {
  /** Send the documented security headers (deploy/nginx/headers-*.conf) with every answer. */
  securityHeaders?: boolean;
  /** Answers some requests itself (returns true), e.g. a sign-in endpoint; runs before files. */
  handle?: (request: IncomingMessage, response: ServerResponse, pathname: string) => boolean;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` like a static host: files as they are, a route's prerendered page, any other path
 * → app-shell.html (SPA fallback). `overrides` answer given paths with given JSON (e.g. another config.json).
 */
export async function startStaticServer(root = DIST, overrides: Record<string, unknown> = {}, options: StaticServerOptions = {}): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run "npm run build" first.`);
  // Prerendered pages carry the data they were built with. A test that serves other documents
  // changes the data behind them, as a host would that replaced data without prerendering again
  // (docs/deploy.md): such a server answers every page address with the app shell.
  const prerendered = !Object.keys(overrides).some((path) => path.startsWith('/data/'));
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (options.securityHeaders) for (const [name, value] of Object.entries(securityHeadersFor(pathname))) response.setHeader(name, value);
    if (options.handle?.(request, response, pathname)) return;
    if (pathname in overrides) {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(overrides[pathname]));
      return;
    }
    const servedPath = resolveStaticPath(root, pathname, { prerendered });
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(servedPath)] ?? 'application/octet-stream' });
    createReadStream(servedPath).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface SharedFixtures {
  server: StaticServer;
  browser: Browser;
}

/**
 * One static server and one Chromium for a whole spec file: registers the `before` hook that
 * starts them and the `after` hook that closes them. The fields are set once `before` has run.
 */
export function shareServerAndBrowser(overrides: Record<string, unknown> = {}): SharedFixtures {
  const shared = {} as SharedFixtures;
  before(async () => {
    shared.server = await startStaticServer(DIST, overrides);
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await (shared.browser as Browser | undefined)?.close();
    await (shared.server as StaticServer | undefined)?.close();
  });
  return shared;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console.error and console.warn messages and uncaught page errors seen so far (a warning is a defect too). */
  errors: string[];
}

/**
 * A prerendered page (scripts/prerender.ts) is readable before the app has started, but its
 * buttons do nothing until then. Every `goto` in the browser tests therefore also waits until
 * the app has drawn over it, which it marks by removing the page's prerender state.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('prerender-state'), undefined, { timeout: 15_000 });
}

function waitForAppOnNavigation(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (response?.ok() && (response.headers()['content-type'] ?? '').includes('text/html')) await waitForApp(page);
    return response;
  };
}

/** A fresh context and page that collects console errors and warnings and blocks every request off this machine. */
export async function openPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce' | 'no-preference';
    colorScheme?: 'light' | 'dark';
    /** Geolocation granted at this position ("Nära mig"). */
    geolocation?: { latitude: number; longitude: number };
    /**
     * 'block' for a test that answers addresses of the site itself with `page.route`: once the
     * app's worker controls the site, it fetches those itself, and `page.route` never sees them.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    serviceWorkers: options.serviceWorkers ?? 'allow',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'reduce',
    colorScheme: options.colorScheme ?? 'light',
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
  });
  // The browser tests never reach the internet (basemaps fall back to the built-in style).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  context.on('page', waitForAppOnNavigation);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // Playwright's own notice of the blocking asked for above is not the app's.
    if (options.serviceWorkers === 'block' && message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

/** Waits for the page's h1 and returns its text. */
export async function mainHeading(page: Page): Promise<string> {
  const heading = page.locator('h1');
  await heading.first().waitFor({ state: 'visible', timeout: 15_000 });
  return (await heading.first().innerText()).trim();
}

/** Waits until no skeleton (role=status loading) remains on the page. */
export async function waitForContent(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 15_000 });
}

/** The chart's first drawing (plain SVG, static-chart.tsx) has its lines. */
export async function waitForChartDrawing(page: Page): Promise<void> {
  await page.locator('.ts-static .ts-line').first().waitFor({ state: 'attached', timeout: 15_000 });
}

/** Points at the chart, as a reader does, and waits for the interactive recharts chart to replace the drawing. */
export async function makeChartLive(page: Page): Promise<void> {
  await waitForChartDrawing(page);
  await page.locator('.ts-static').first().hover();
  await page.locator('.recharts-line-curve').first().waitFor({ state: 'attached', timeout: 15_000 });
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
