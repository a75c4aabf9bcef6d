/**
 * Internal indicators behind a real sign-in, against a real local server that
 * enforces access (./access-server.ts) and sends the documented security headers:
 * anonymous → nothing internal anywhere and no internal observation requested; signed in →
 * internal indicators visible and marked in both languages, axe clean; signed out → gone
 * without a reload; the internal base failing or down → the public site works, with a notice.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startAccessServer, TEST_USER, INTERNAL_ROOT, type AccessServer } from './access-server';
import { axeViolations, launchBrowser, openPage, waitForContent, type OpenedPage } from './harness';

const internalIndicator = (
  JSON.parse(readFileSync(join(INTERNAL_ROOT, 'indicators.json'), 'utf8')) as { indicators: Array<{ id: string; name: { sv: string; en: string } }> }
).indicators[0]!;
const INTERNAL_ID = internalIndicator.id;
const PUBLIC_PAGES = ['/', '/summary', '/indicators', '/areas/arsta', '/changes', '/map', '/about', `/embed/indicators/building-energy-use`];

let server: AccessServer;
let browser: Browser;
before(async () => {
  server = await startAccessServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
  await server.close();
});
beforeEach(() => {
  server.state.mode = 'ok';
  server.internalRequests.length = 0;
});

/** A page that also records every request and every CSP violation. */
async function open(): Promise<OpenedPage & { requests: string[]; cspViolations: () => Promise<string[]> }> {
  const opened = await openPage(browser);
  const requests: string[] = [];
  opened.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await opened.context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const cspViolations = async () => [
    ...(await opened.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
    ...opened.errors.filter((message) => /Content Security Policy|Refused to/i.test(message)),
  ];
  return { ...opened, requests, cspViolations };
}

/** Console errors other than the browser's own line for the expected 401 of the sign-in probe. */
function unexpectedErrors(errors: string[]): string[] {
  return errors.filter((message) => !/status of 401/.test(message));
}

async function signIn(page: Page, from = '/indicators') {
  await page.goto(`${server.url}${from}`);
  await waitForContent(page);
  await page.getByRole('link', { name: 'Logga in (projektledare)' }).click();
  await page.getByText(`Inloggad som ${TEST_USER}`).waitFor({ timeout: 15_000 });
  await waitForContent(page);
}

test('anonymous: no internal indicator anywhere, one small probe at most per page, never an internal observation', async () => {
  const { page, context, errors, requests, cspViolations } = await open();
  try {
    for (const path of PUBLIC_PAGES) {
      await page.goto(`${server.url}${path}`);
      await waitForContent(page);
      const text = await page.locator('body').innerText();
      assert.ok(!text.includes(internalIndicator.name.sv), `${path} names the internal indicator`);
      assert.equal(await page.locator('[data-internal="true"]').count(), 0, `${path} shows an internal mark`);
    }
    await page.goto(`${server.url}/indicators/${INTERNAL_ID}`);
    await waitForContent(page);
    assert.match(await page.locator('h1').innerText(), /Indikatorn finns inte/);
    const link = page.getByRole('link', { name: 'Logga in (projektledare)' });
    assert.equal(await link.getAttribute('href'), `${server.url}/auth/sign-in?rd=%2Findicators%2F${INTERNAL_ID}`);
    assert.ok(!requests.some((path) => path.includes(`observations/${INTERNAL_ID}`)), 'no internal observation requested');
    assert.ok(
      server.internalRequests.every((path) => path === '/internal/v1/whoami.json'),
      `only the probe: ${server.internalRequests.join(', ')}`,
    );
    assert.ok(server.internalRequests.length <= PUBLIC_PAGES.length, 'at most one probe per page load (embeds none)');
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(unexpectedErrors(errors), []);
  } finally {
    await context.close();
  }
});

test('signed in: internal indicators join the catalogue, indicator, district and changes pages, marked in Swedish and English; axe finds nothing', async () => {
  const { page, context, errors, cspViolations } = await open();
  try {
    await signIn(page);
    const row = page.locator('tr', { hasText: internalIndicator.name.sv }).first();
    await row.waitFor();
    assert.match(await row.innerText(), /Internt/);
    assert.deepEqual(await axeViolations(page), [], 'axe on the catalogue');

    await page.goto(`${server.url}/indicators/${INTERNAL_ID}`);
    await waitForContent(page);
    assert.match(await page.locator('h1').innerText(), new RegExp(`${internalIndicator.name.sv}\\s*Internt`));
    assert.match(await page.locator('main').innerText(), /har ökat med \d+ procentenheter/, 'its values are told');
    assert.deepEqual(await axeViolations(page), [], 'axe on the internal indicator page');

    await page.goto(`${server.url}/areas/arsta`);
    await waitForContent(page);
    assert.match(await page.locator('.district-indicator', { hasText: internalIndicator.name.sv }).innerText(), /Internt/);

    await page.goto(`${server.url}/changes`);
    await waitForContent(page);
    const change = page.locator('.change', { hasText: internalIndicator.name.sv });
    await change.waitFor();
    assert.match(await change.innerText(), /Internt/);
    assert.deepEqual(await axeViolations(page), [], 'axe on the changes page');

    await page.goto(`${server.url}/en/indicators`);
    await waitForContent(page);
    await page.getByText(`Signed in as ${TEST_USER}`).waitFor();
    assert.match(await page.locator('tr', { hasText: internalIndicator.name.en }).first().innerText(), /Internal/);
    assert.deepEqual(await axeViolations(page), [], 'axe on the English catalogue');

    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(unexpectedErrors(errors), []);
  } finally {
    await context.close();
  }
});

test('signing out removes everything internal without a reload, and clears the session', async () => {
  const { page, context, errors } = await open();
  try {
    await signIn(page);
    await page.locator('tr', { hasText: internalIndicator.name.sv }).first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga in (projektledare)' }).waitFor();
    assert.equal(await page.locator('tr', { hasText: internalIndicator.name.sv }).count(), 0);
    assert.equal(await page.locator('[data-internal="true"]').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, 'no reload');
    assert.deepEqual(
      (await context.cookies()).filter((cookie) => cookie.name === 'gsm_session'),
      [],
      'the session cookie is gone',
    );
    // Client-side navigation afterwards shows nothing internal and requests nothing internal.
    const before = server.internalRequests.length;
    await page.getByRole('navigation').getByRole('link', { name: 'Start' }).click();
    await waitForContent(page);
    assert.ok(!(await page.locator('body').innerText()).includes(internalIndicator.name.sv));
    assert.deepEqual(
      server.internalRequests.slice(before).filter((path) => path !== '/internal/v1/whoami.json'),
      [],
    );
    assert.deepEqual(unexpectedErrors(errors), []);
  } finally {
    await context.close();
  }
});

for (const mode of ['error', 'down'] as const) {
  test(`the internal base ${mode === 'error' ? 'answering 500' : 'being down'} leaves the public site working, with a short notice`, async () => {
    const { page, context, errors, cspViolations } = await open();
    try {
      await signIn(page, '/');
      server.state.mode = mode;
      for (const path of ['/indicators', '/summary', '/areas/arsta', '/changes']) {
        await page.goto(`${server.url}${path}`);
        await waitForContent(page);
        await page.getByText('Interna indikatorer kan inte visas just nu').waitFor();
        assert.ok(!(await page.locator('body').innerText()).includes(internalIndicator.name.sv));
      }
      await page.goto(`${server.url}/indicators`);
      await waitForContent(page);
      assert.ok((await page.locator('tbody tr').count()) >= 10, 'the public catalogue is complete');
      assert.deepEqual(await cspViolations(), []);
      // The browser logs the failed internal requests themselves (as ERR_FAILED when they pass
      // through the service worker); nothing else may fail.
      assert.deepEqual(
        errors.filter((message) => !/status of (401|500)|ERR_EMPTY_RESPONSE|ERR_CONNECTION|ERR_FAILED|Failed to fetch/.test(message)),
        [],
      );
    } finally {
      await context.close();
    }
  });
}

test('the documented CSP blocks nothing the app loads, on every route, signed in or not', async () => {
  const { page, context, cspViolations } = await open();
  try {
    for (const signedIn of [false, true]) {
      if (signedIn) await signIn(page);
      for (const path of [...PUBLIC_PAGES, '/indicators/building-energy-use', '/en/map', '/no-such-page']) {
        await page.goto(`${server.url}${path}`);
        await waitForContent(page);
      }
    }
    const headers = (await page.request.get(`${server.url}/embed/indicators/building-energy-use`)).headers();
    assert.match(headers['content-security-policy'] ?? '', /frame-ancestors \*/);
    assert.match((await page.request.get(`${server.url}/indicators`)).headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    assert.deepEqual(await cspViolations(), []);
  } finally {
    await context.close();
  }
});

test('signing in at an address outside /oauth2/ and /auth/ works after a first visit, with the service worker installed', async () => {
  const own = await startAccessServer({ signInUrl: '/sign-in', signOutUrl: '/sign-out' });
  const { page, context, errors } = await openPage(browser);
  try {
    await page.goto(`${own.url}/indicators`);
    await waitForContent(page);
    // The first visit installs the worker; a reload puts this page under its control.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await waitForContent(page);
    }
    await page.getByRole('link', { name: 'Logga in (projektledare)' }).click();
    await page.getByText(`Inloggad som ${TEST_USER}`).waitFor({ timeout: 15_000 });
    assert.equal(new URL(page.url()).pathname, '/indicators', 'back where the reader started');
    assert.equal((await context.cookies()).filter((cookie) => cookie.name === 'gsm_session').length, 1, 'the server set the session');
    assert.deepEqual(unexpectedErrors(errors), []);
  } finally {
    await context.close();
    await own.close();
  }
});
