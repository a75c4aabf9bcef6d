/**
 * Offline and installable, on the production build: after one visit the service
 * worker serves every route's code and, offline, the app shell; the data documents the reader
 * has opened come from its cache with an offline notice giving their age; online a returning
 * reader still gets the prerendered pages; a repeat visit downloads no JavaScript, and a new
 * build is offered (never forced) as an update.
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, DIST, mainHeading, openPage, shareServerAndBrowser, startStaticServer, waitForContent } from './harness';

const mainRoutes = ['/', '/summary', '/indicators', '/map', '/about'];
const localized = (route: string, language: 'sv' | 'en') => (language === 'sv' ? route : `/en${route === '/' ? '' : route}`);
const publisher = (JSON.parse(readFileSync(join(DIST, 'data/v1/meta.json'), 'utf8')) as { publisher: { name: string } }).publisher.name;

const shared = shareServerAndBrowser();

/** Waits until a service worker is active and controls this page (a reload makes the first page controlled). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
}

/**
 * The one visit: open the start page, let the worker install, then read each main page once.
 * A page stays open until its requests are done, as a reader's does while reading: a
 * prerendered page gives the worker its documents after it has loaded (warm-data-cache.ts).
 */
async function visitOnce(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await waitForContent(page);
  await waitForServiceWorker(page);
  await page.waitForLoadState('networkidle');
  for (const route of mainRoutes) {
    await page.goto(`${baseUrl}${route}`);
    await waitForContent(page);
    await page.waitForLoadState('networkidle');
  }
}

test('offline after one visit: every main route in both languages shows its data, the offline notice and passes axe', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await visitOnce(page, shared.server.url);
    assert.equal(await page.locator('.pwa-status__bar--offline').count(), 0, 'no offline notice while online');
    await context.setOffline(true);
    for (const language of ['sv', 'en'] as const) {
      for (const route of mainRoutes) {
        const path = localized(route, language);
        const response = await page.goto(`${shared.server.url}${path}`);
        assert.ok(response?.fromServiceWorker(), `${path}: the page itself comes from the service worker`);
        assert.ok((await mainHeading(page)).length > 0, `${path}: heading`);
        await waitForContent(page);
        const notice = page.locator('.pwa-status__bar--offline');
        await notice.waitFor({ state: 'visible' });
        const expected = language === 'sv' ? /^Offline — visar data från \d.+\(.+\)$/ : /^Offline — showing data from \d.+\(.+\)$/;
        assert.match((await notice.innerText()).trim(), expected, `${path}: offline notice with the data's age`);
        assert.equal(await page.locator('.notice--error').count(), 0, `${path}: no data error`);
        assert.ok((await page.locator('footer').innerText()).includes(publisher), `${path}: the dataset's metadata is shown`);
        assert.deepEqual(await axeViolations(page), [], `axe violations on ${path} offline`);
      }
    }
    await context.setOffline(false);
    // Back online the notice goes away by itself.
    await page.locator('.pwa-status__bar--offline').waitFor({ state: 'detached' });
    assert.deepEqual(
      errors.filter((message) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(message)),
      [],
      'no console errors other than the cut network',
    );
  } finally {
    await context.close();
  }
});

test('online, a returning reader gets the prerendered page from the server, not the app shell (decision 0018)', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await visitOnce(page, shared.server.url);
    for (const path of ['/about', '/en/summary', '/indicators']) {
      const response = await page.goto(`${shared.server.url}${path}`);
      assert.ok(response?.fromServiceWorker(), `${path}: answered through the worker`);
      assert.match((await response?.text()) ?? '', /id="prerender-state"/, `${path}: the prerendered page`);
      await waitForContent(page);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the service worker serves the app shell for a page never opened before, offline', async () => {
  const { page, context } = await openPage(shared.browser);
  try {
    await visitOnce(page, shared.server.url);
    await context.setOffline(true);
    const response = await page.goto(`${shared.server.url}/en/no-such-page`);
    assert.ok(response?.fromServiceWorker(), 'the shell comes from the service worker');
    assert.match(await page.content(), /id="root"/);
    assert.ok((await mainHeading(page)).length > 0);
  } finally {
    await context.close();
  }
});

test('a repeat visit fetches no JavaScript over the network', async () => {
  const { page, context } = await openPage(shared.browser);
  try {
    await visitOnce(page, shared.server.url);
    const repeat = await context.newPage();
    const fromNetwork: string[] = [];
    let scripts = 0;
    repeat.on('response', (response) => {
      if (response.request().resourceType() !== 'script' && !response.url().endsWith('.js')) return;
      scripts++;
      if (!response.fromServiceWorker()) fromNetwork.push(response.url());
    });
    for (const route of ['/', '/indicators', '/map']) {
      await repeat.goto(`${shared.server.url}${route}`);
      await waitForContent(repeat);
    }
    assert.ok(scripts > 0, 'scripts were loaded');
    assert.deepEqual(fromNetwork, [], 'every script came from the service worker');
  } finally {
    await context.close();
  }
});

test('a new build is offered as an update ("Ny version — ladda om") and only taken when the reader asks', async () => {
  const root = mkdtempSync(join(tmpdir(), 'gsm-dist-'));
  cpSync(DIST, root, { recursive: true });
  const server = await startStaticServer(root);
  const { page, context } = await openPage(shared.browser);
  try {
    await page.goto(`${server.url}/summary`);
    await waitForContent(page);
    await waitForServiceWorker(page);
    const firstWorker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    // Deploy a "new build": the worker script changes.
    appendFileSync(join(root, 'sw.js'), '\n// next build\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('alert').filter({ hasText: 'Ny version' });
    await prompt.waitFor({ state: 'visible' });
    assert.match(await prompt.innerText(), /Ny version — ladda om/);
    // Not forced: the page stays as it is until the reader chooses.
    assert.equal(page.url(), `${server.url}/summary`);
    assert.deepEqual(await axeViolations(page), []);
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Ny version — ladda om sidan' }).click();
    await reloaded;
    await waitForContent(page);
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Ny version' }).count(), 0, 'the prompt is gone after the reload');
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    assert.equal(waiting, null, 'no worker left waiting: the new one is active');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL), firstWorker);
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
