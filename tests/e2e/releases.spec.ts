/**
 * Earlier releases in a real browser, on the production build with the embedded dataset (two
 * releases: the committed previous output of 20 May 2026 and the build of 20 November 2026):
 * "Show as published on" picks a release, a banner says an earlier one is shown (both
 * languages), the values are that release's, the URL pins it, axe finds nothing; the embed
 * pinned to a release reads that release's documents and says so in one line.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, DIST, openPage, shareServerAndBrowser, waitForContent } from './harness';

type Language = 'sv' | 'en';
const localized = (language: Language, path: string) => (language === 'sv' ? path : `/en${path}`);

const releases = JSON.parse(readFileSync(join(DIST, 'data/v1/releases.json'), 'utf8')) as { latest: string; releases: Array<{ id: string }> };
const earlier = releases.releases[0]?.id ?? '';
assert.ok(releases.releases.length >= 2 && earlier !== releases.latest, 'the embedded dataset has an earlier release');
// A value the latest release changed: renewable energy in Norra Djurgårdsstaden, 2025 (91 → 89).
const changes = JSON.parse(readFileSync(join(DIST, 'data/v1/changes.json'), 'utf8')) as {
  updates: Array<{ changes: Array<{ kind: string; indicatorId: string; areaId: string; period?: string; before?: unknown; after?: unknown }> }>;
};
const changed = changes.updates[0]?.changes.find((change) => change.kind === 'value-changed');
assert.ok(changed?.period && typeof changed.before === 'number' && typeof changed.after === 'number', 'the latest release changed a value');
const { period, before, after, indicatorId, areaId } = changed as { period: string; before: number; after: number; indicatorId: string; areaId: string };
const { features } = JSON.parse(readFileSync(join(DIST, 'data/v1/areas.geojson'), 'utf8')) as {
  features: Array<{ id: string; properties: { name: { sv: string } } }>;
};
const areaName = features.find((feature) => feature.id === areaId)?.properties.name.sv ?? areaId;

const shared = shareServerAndBrowser();

const BANNER = { sv: 'Du ser data som publicerades 20 maj 2026', en: 'You are seeing data as published on 20 May 2026' };
const LABEL = { sv: 'Visa som publicerat:', en: 'Show as published on:' };

async function rowText(page: Page): Promise<string> {
  const row = page.locator('table tr', { hasText: period }).filter({ hasText: areaName }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  return row.innerText();
}

for (const language of ['sv', 'en'] as const) {
  test(`an earlier release is shown with its banner and values in ${language}, pinned in the URL, axe clean`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      const documents: string[] = [];
      page.on('request', (request) => documents.push(new URL(request.url()).pathname));
      await page.goto(`${shared.server.url}${localized(language, `/indicators/${indicatorId}`)}?view=table`);
      await waitForContent(page);
      const select = page.getByLabel(LABEL[language]);
      await select.waitFor({ state: 'visible', timeout: 15_000 });
      assert.equal(await page.getByText(BANNER[language]).count(), 0, 'no banner for the latest release');
      assert.match(await rowText(page), new RegExp(`\\b${after}\\b`));

      await select.selectOption(earlier);
      await page.getByText(BANNER[language]).waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('release') === id, earlier);
      // innerText, not textContent: the cells' text runs together without the tabs between them
      // ("2025Norra Djurgårdsstaden91Modellerat"), where no word boundary sits around the value.
      await page.waitForFunction(
        ([p, a, v]) =>
          [...document.querySelectorAll<HTMLElement>('table tr')].some(
            (tr) => tr.innerText.includes(p as string) && tr.innerText.includes(a as string) && new RegExp(`\\b${v}\\b`).test(tr.innerText),
          ),
        [period, areaName, String(before)],
      );
      assert.ok(
        documents.some((path) => path.endsWith(`/data/v1/releases/${earlier}/observations/${indicatorId}.json`)),
        'read from the release folder',
      );
      assert.deepEqual(await axeViolations(page), []);

      // A shared link opens the same release.
      const pinned = page.url();
      const second = await openPage(shared.browser);
      try {
        await second.page.goto(pinned);
        await second.page.getByText(BANNER[language]).waitFor({ state: 'visible', timeout: 15_000 });
        assert.match(await rowText(second.page), new RegExp(`\\b${before}\\b`));
      } finally {
        await second.context.close();
      }

      // "See the latest" goes back.
      await page.getByRole('button', { name: language === 'sv' ? 'se senaste' : 'see the latest' }).click();
      await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('release'));
      assert.equal(await page.getByText(BANNER[language]).count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('the embed pinned to a release shows that release', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  try {
    const documents: string[] = [];
    page.on('request', (request) => documents.push(new URL(request.url()).pathname));
    await page.goto(`${shared.server.url}/embed/indicators/${indicatorId}?release=${earlier}`);
    await waitForContent(page);
    await page.waitForFunction(() => document.querySelector('h1') !== null);
    assert.ok(
      documents.some((path) => path.endsWith(`/data/v1/releases/${earlier}/observations/${indicatorId}.json`)),
      'the embed reads the release',
    );
    assert.ok(!documents.some((path) => path.endsWith(`/data/v1/observations/${indicatorId}.json`)), 'and not the latest documents');
    // It says which release it shows, in one line.
    await page.getByText(BANNER.sv).waitFor({ state: 'visible', timeout: 15_000 });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
