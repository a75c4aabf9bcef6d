/**
 * The project's own word per target in the production build, Swedish and English, axe clean:
 * the latest assessment under each district on the indicator page (date, author, responsible
 * organisation, the "more than a year old" marker, earlier ones behind a disclosure); the
 * summary's headline count and the expected result beside each status; the new assessments on
 * "What changed". The internal assessment is tested against a server that really refuses
 * (./access-server.ts): absent anonymously, shown and marked after sign-in.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startAccessServer, TEST_USER, type AccessServer } from './access-server';
import { axeViolations, launchBrowser, openPage, waitForContent } from './harness';

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

const INTERNAL_TEXT = /internt arbetsutkast inför styrgruppen/;

async function go(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  await waitForContent(page);
}

/** The key-figures block of one district on an indicator page. */
function district(page: Page, name: string) {
  return page.locator('.key-numbers__area', { has: page.getByRole('heading', { level: 3, name }) });
}

for (const language of ['sv', 'en'] as const) {
  const sv = language === 'sv';
  const prefix = sv ? '' : '/en';
  test(`indicator page (${language}): the latest assessment per district, with date, author and responsible; earlier ones behind a disclosure; axe clean`, async () => {
    const { page, context, errors } = await openPage(browser);
    try {
      await go(page, `${prefix}/indicators/building-energy-use`);
      const nds = district(page, 'Norra Djurgårdsstaden');
      await nds.locator('.assessment').waitFor();
      const text = await nds.locator('.assessment').innerText();
      assert.match(text, sv ? /Projektets bedömning/ : /The project's assessment/);
      assert.match(text, sv ? /Nås delvis/ : /Partly expected to be met/);
      assert.match(text, sv ? /12 mars 2026, Exempel \(illustrativt\)/ : /12 March 2026, Exempel \(illustrativt\)/);
      assert.match(
        text,
        sv ? /Ansvarig: Stockholms stad, exploateringskontoret \(exempel\)/ : /Responsible: City of Stockholm, Development Administration \(example\)/,
      );
      assert.match(text, sv ? /Illustrativt exempel, inte Stockholms stads bedömning/ : /Illustrative example, not the City of Stockholm's assessment/);
      const summary = nds.locator('.assessment__earlier summary');
      assert.equal((await summary.innerText()).trim(), sv ? 'Tidigare bedömningar (2)' : 'Earlier assessments (2)');
      const earlier = nds.locator('.assessment__earlier li').first();
      assert.equal(await earlier.isVisible(), false, 'earlier assessments start folded');
      await summary.click();
      await earlier.waitFor({ state: 'visible' });
      assert.match(await earlier.innerText(), sv ? /10 mars 2025/ : /10 March 2025/);
      // Årsta's latest (February 2020) is more than 12 months before the dataset's date.
      assert.match(
        await district(page, 'Årsta').locator('.assessment').innerText(),
        sv ? /Bedömningen är mer än ett år gammal/ : /The assessment is more than a year old/,
      );
      assert.deepEqual(await axeViolations(page), [], 'axe on the indicator page');
      assert.deepEqual(
        errors.filter((message) => !/status of 401/.test(message)),
        [],
      );
    } finally {
      await context.close();
    }
  });

  test(`summary (${language}): the headline count of expected results and the expected result beside each status; axe clean`, async () => {
    const { page, context } = await openPage(browser);
    try {
      await go(page, `${prefix}/summary`);
      await page.locator('article.goal-card').first().waitFor();
      assert.equal(
        (await page.locator('.summary-overall__expected').innerText()).trim(),
        sv ? 'Projektets bedömning: 6 nås helt, 5 delvis, 2 inte' : "The project's assessment: 6 fully, 5 partly, 2 not expected to be met",
      );
      assert.equal(await page.locator('.target-cell .expected-badge').count(), 13, 'one expected result per assessed target');
      assert.ok((await page.locator('.target-cell .status-badge').count()) >= 13, 'beside the computed statuses');
      assert.deepEqual(await axeViolations(page), [], 'axe on the summary');

      await go(page, `${prefix}/changes`);
      const change = page.locator('.change', { hasText: sv ? 'Ny bedömning från projektet' : 'New assessment by the project' });
      await change.first().waitFor();
      assert.equal(await change.count(), 2);
      assert.ok(!INTERNAL_TEXT.test(await page.locator('main').innerText()));
    } finally {
      await context.close();
    }
  });
}

test('the internal assessment appears only after sign-in, marked internal, in Swedish and English; axe clean', async () => {
  const { page, context } = await openPage(browser);
  try {
    await go(page, '/indicators/ev-charging-share');
    const arsta = district(page, 'Årsta');
    await arsta.locator('.assessment').waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), INTERNAL_TEXT, 'anonymous: no internal assessment');
    assert.equal(await arsta.locator('[data-internal="true"]').count(), 0);
    assert.ok(
      server.internalRequests.every((path) => path === '/internal/v1/whoami.json'),
      `anonymous: only the probe reached the internal base (${server.internalRequests.join(', ')})`,
    );

    await page.getByRole('link', { name: 'Logga in (projektledare)' }).click();
    await page.getByText(`Inloggad som ${TEST_USER}`).waitFor({ timeout: 15_000 });
    await waitForContent(page);
    const latest = district(page, 'Årsta').locator('.assessment');
    await latest.getByText(INTERNAL_TEXT).waitFor({ timeout: 15_000 });
    const text = await latest.innerText();
    assert.match(text, /5 oktober 2026/);
    assert.match(text, /Internt/);
    // The public assessment is now the earlier one.
    assert.match(text, /Tidigare bedömningar \(1\)/);
    assert.deepEqual(await axeViolations(page), [], 'axe with the internal assessment');

    await go(page, '/en/indicators/ev-charging-share');
    await page.getByText(`Signed in as ${TEST_USER}`).waitFor();
    const english = district(page, 'Årsta').locator('.assessment');
    await english.getByText(/internal working draft for the steering group/).waitFor({ timeout: 15_000 });
    assert.match(await english.innerText(), /Internal/);
    assert.match(await english.innerText(), /Earlier assessments \(1\)/);
  } finally {
    await context.close();
  }
});
