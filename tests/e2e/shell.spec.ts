/**
 * Every route of the production build, served statically, in Swedish and English: the main
 * heading shows, no console errors, and axe (WCAG 2.1 A/AA) finds nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDatasetFixture } from '../../mocks/fixtures/dataset';
import { axeViolations, DIST, mainHeading, openPage, shareServerAndBrowser, startStaticServer, waitForContent } from './harness';

const dataset = JSON.parse(readFileSync(join(DIST, 'data/v1/indicators.json'), 'utf8')) as { indicators: Array<{ id: string; visibility: string }> };
const areas = JSON.parse(readFileSync(join(DIST, 'data/v1/areas.geojson'), 'utf8')) as { features: Array<{ id: string }> };
const firstIndicator = dataset.indicators.find((indicator) => indicator.visibility === 'public')?.id ?? 'missing';
const firstArea = areas.features[0]?.id ?? 'missing';

const routes = ['/', '/summary', '/indicators', `/indicators/${firstIndicator}`, '/map', `/areas/${firstArea}`, '/about', '/no-such-page'];

const shared = shareServerAndBrowser();

for (const language of ['sv', 'en'] as const) {
  for (const route of routes) {
    const path = language === 'sv' ? route : `/en${route === '/' ? '' : route}`;
    test(`${path} shows its heading in ${language}, logs no errors and passes axe`, async () => {
      const { page, context, errors } = await openPage(shared.browser);
      try {
        await page.goto(`${shared.server.url}${path}`);
        const heading = await mainHeading(page);
        assert.ok(heading.length > 0, 'the h1 has text');
        await waitForContent(page);
        assert.equal(await page.getAttribute('html', 'lang'), language);
        assert.equal(await page.locator('h1').count(), 1, 'one h1 per page');
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe violations on ${path}`);
        assert.deepEqual(
          errors.filter((message) => !/status of 404/.test(message) || route !== '/no-such-page'),
          [],
          'no console errors',
        );
      } finally {
        await context.close();
      }
    });
  }
}

test('the start page shows the dataset title, both districts and headline figures in Swedish and English', async () => {
  const { page, context } = await openPage(shared.browser);
  try {
    await page.goto(`${shared.server.url}/`);
    await waitForContent(page);
    const swedish = await page.locator('main').innerText();
    assert.match(swedish, /Årsta/);
    assert.match(swedish, /Norra Djurgårdsstaden/);
    assert.ok((await page.locator('.headline .big-number').count()) >= 3, 'at least three headline figures');
    const notice = page.locator('.notice--sample');
    const note = (JSON.parse(readFileSync(join(DIST, 'data/v1/meta.json'), 'utf8')) as { sampleNote: { sv: string } }).sampleNote.sv;
    assert.match(await notice.innerText(), /Exempeldata/);
    // A wide screen shows one line too, with "Vilka värden?" to open the whole note.
    assert.ok(!(await notice.innerText()).includes(note), 'the note is folded on a wide screen');
    const summaryLine = await notice.getByText('Vilka värden?').boundingBox();
    const shortLine = await notice.getByText(/Vissa värden är illustrativa/).boundingBox();
    assert.ok(
      summaryLine && shortLine && Math.abs(summaryLine.y + summaryLine.height / 2 - (shortLine.y + shortLine.height / 2)) < 12,
      'summary and toggle share a line',
    );
    assert.ok((await notice.boundingBox())!.height < 64, `the notice is one line, not ${(await notice.boundingBox())!.height}px`);
    await notice.getByText('Vilka värden?').click();
    assert.ok((await notice.innerText()).includes(note), 'the note opens');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(/\/en$/);
    await waitForContent(page);
    // The router renders the new language in a transition: the address changes a moment before the page.
    await page.locator('html[lang="en"] h2', { hasText: 'Results at a glance' }).first().waitFor({ timeout: 15_000 });
    assert.match(await page.locator('h2').first().innerText(), /Results at a glance/);
    assert.match(await page.locator('.notice--sample').innerText(), /Sample data/);
  } finally {
    await context.close();
  }
});

test('pointing config.json at another dataset changes the start page without a code change', async () => {
  const other = createDatasetFixture();
  const base = '/other-data/';
  const overrides: Record<string, unknown> = {
    '/config.json': { dataBaseUrl: base, defaultLanguage: 'en' },
    [`${base}meta.json`]: other.meta,
    [`${base}areas.geojson`]: other.areas,
    [`${base}indicators.json`]: other.indicators,
    [`${base}goals.json`]: other.goals,
    [`${base}sites.geojson`]: other.sites,
    [`${base}events.json`]: other.events,
    ...Object.fromEntries(Object.entries(other.observations).map(([id, document]) => [`${base}observations/${id}.json`, document])),
  };
  const otherServer = await startStaticServer(DIST, overrides);
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await page.goto(`${otherServer.url}/`);
    await waitForContent(page);
    assert.equal(await mainHeading(page), 'Test data for two districts');
    const text = await page.locator('main').innerText();
    assert.match(text, /Alpha Town/);
    assert.match(text, /Beta Harbour/);
    assert.doesNotMatch(text, /Årsta/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await otherServer.close();
  }
});

test('a broken config.json gives a clear message on the page', async () => {
  const brokenServer = await startStaticServer(DIST, { '/config.json': { dataBaseUrl: 42 } });
  const { page, context } = await openPage(shared.browser);
  try {
    await page.goto(`${brokenServer.url}/`);
    assert.match(await mainHeading(page), /Sidan kunde inte starta/);
    assert.match(await page.locator('main').innerText(), /config\.json/);
  } finally {
    await context.close();
    await brokenServer.close();
  }
});

test('route changes move focus to the new heading and update the title', async () => {
  const { page, context } = await openPage(shared.browser);
  try {
    await page.goto(`${shared.server.url}/`);
    await waitForContent(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Om' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.match(await page.title(), /^Om Grow Smarter Monitor/);
  } finally {
    await context.close();
  }
});

test('the phone layout has no horizontal scroll on the start page', async () => {
  const { page, context } = await openPage(shared.browser, { viewport: { width: 375, height: 740 } });
  try {
    await page.goto(`${shared.server.url}/`);
    await waitForContent(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone screen`);
    // The long sample note folds under a one-line summary, and opens on request.
    const notice = page.locator('.notice--sample');
    const note = (JSON.parse(readFileSync(join(DIST, 'data/v1/meta.json'), 'utf8')) as { sampleNote: { sv: string } }).sampleNote.sv;
    assert.ok(!(await notice.innerText()).includes(note), 'the note is folded on a phone');
    assert.ok((await notice.boundingBox())!.height < 140, 'the folded notice is short');
    await notice.getByText('Vilka värden?').click();
    assert.ok((await notice.innerText()).includes(note), 'the note opens');
  } finally {
    await context.close();
  }
});

test('dark mode (system setting) keeps every contrast: axe finds nothing on the start and about pages', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/', '/en/about']) {
      await page.goto(`${shared.server.url}${path}`);
      await waitForContent(page);
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(background, 'rgb(18, 20, 23)', 'the dark palette is in use');
      assert.deepEqual(await axeViolations(page), [], `axe violations in dark mode on ${path}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
