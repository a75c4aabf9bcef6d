/**
 * Reuse of the data in a real browser, on the production build with the embedded dataset, in Swedish and
 * English, axe clean: the whole-dataset link serves a valid zip of the size it states; the cite
 * block copies its text; "Ask about this" posts JSON to a real local server started here (the
 * JSON it receives is checked), confirms, and on a 500 keeps the text and says so; without
 * feedbackUrl the mailto: link carries the context.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { axeViolations, DIST, openPage, shareServerAndBrowser, startStaticServer, waitForContent, type StaticServer } from './harness';

type Language = 'sv' | 'en';
const localized = (language: Language, path: string) => (language === 'sv' ? path : `/en${path}`);

const config = JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8')) as Record<string, unknown>;
const meta = JSON.parse(readFileSync(join(DIST, 'data/v1/meta.json'), 'utf8')) as { contact?: { email?: string }; url?: string };
const downloads = JSON.parse(readFileSync(join(DIST, 'data/v1/download.json'), 'utf8')) as { dcat?: { fileName: string } };
const { indicators } = JSON.parse(readFileSync(join(DIST, 'data/v1/indicators.json'), 'utf8')) as {
  indicators: Array<{ id: string; visibility: string; name: Record<Language, string>; source: { name: string } }>;
};
const indicator = indicators.find((candidate) => candidate.visibility === 'public');
const { features: areas } = JSON.parse(readFileSync(join(DIST, 'data/v1/areas.geojson'), 'utf8')) as {
  features: Array<{ id: string; properties: { name: Record<Language, string> } }>;
};
const area = areas[0];
assert.ok(indicator && area, 'the embedded dataset has a public indicator and an area');

// ---------- a real feedback endpoint on 127.0.0.1 (another origin: CORS like a real form service) ----------
interface Received {
  contentType: string | undefined;
  body: unknown;
}
const received: Received[] = [];
let answerStatus = 200;
let feedbackServer: Server;
let feedbackUrl = '';

const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'POST, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type, Accept' };

const shared = shareServerAndBrowser();
let withFeedback: StaticServer;

before(async () => {
  feedbackServer = createServer((request, response) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ contentType: request.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      response.writeHead(answerStatus, { ...cors, 'Content-Type': 'application/json' });
      response.end(answerStatus === 200 ? '{"ok":true}' : '{"error":"boom"}');
    });
  });
  await new Promise<void>((done) => feedbackServer.listen(0, '127.0.0.1', done));
  feedbackUrl = `http://127.0.0.1:${(feedbackServer.address() as AddressInfo).port}/questions`;
  withFeedback = await startStaticServer(DIST, { '/config.json': { ...config, feedbackUrl } });
});

after(async () => {
  await withFeedback.close();
  await new Promise<void>((done) => feedbackServer.close(() => done()));
});

async function assertAxeClean(page: Page, where: string, errors: string[]) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
  assert.deepEqual(errors, [], 'no console errors');
}

for (const language of ['sv', 'en'] as const) {
  const t =
    language === 'sv'
      ? {
          download: /^Ladda ner hela datamängden \(zip, (\d+) kB\)$/,
          cite: 'Citera',
          copy: 'Kopiera citatet',
          copied: 'Kopierat.',
          ask: 'Fråga om det här',
          open: 'Skriv en fråga',
          message: 'Din fråga',
          email: /Din e-postadress/,
          send: 'Skicka frågan',
          thanks: 'Tack! Din fråga är skickad till',
          failed: 'servern svarade 500',
          kept: 'Din text finns kvar',
          noContact: 'Datamängden anger ingen kontakt',
        }
      : {
          download: /^Download the whole dataset \(zip, (\d+) kB\)$/,
          cite: 'Cite',
          copy: 'Copy the citation',
          copied: 'Copied.',
          ask: 'Ask about this',
          open: 'Write a question',
          message: 'Your question',
          email: /Your e-mail address/,
          send: 'Send the question',
          thanks: 'Thank you! Your question has been sent to',
          failed: 'the server answered 500',
          kept: 'Your text is still here',
          noContact: 'The dataset names no contact',
        };

  test(`the About page in ${language}: the zip link serves a valid zip of the stated size; the citation copies; DCAT is linked; axe clean`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.server.url });
      await page.goto(`${shared.server.url}${localized(language, '/about')}`);
      await waitForContent(page);
      const link = page.getByRole('link', { name: t.download });
      await link.waitFor();
      const kilobytes = Number(t.download.exec((await link.innerText()).trim())?.[1]);
      const href = await link.getAttribute('href');
      assert.ok(href && href.endsWith('.zip'), 'the link points at the zip');
      const response = await page.request.get(new URL(href, page.url()).href);
      assert.equal(response.status(), 200);
      const bytes = new Uint8Array(await response.body());
      assert.equal(Math.round(bytes.byteLength / 1000), kilobytes, 'the stated size is the real size');
      const entries = unzipSync(bytes);
      const names = Object.keys(entries);
      assert.ok(names.some((name) => name.endsWith('/README.md')));
      assert.ok(names.some((name) => name.endsWith('/CITATION.cff')));
      assert.ok(names.some((name) => name.endsWith(`/csv/${indicator.id}.csv`)));
      assert.ok(names.some((name) => name.endsWith(`/data/observations/${indicator.id}.json`)));
      const readme = strFromU8(entries[names.find((name) => name.endsWith('/README.md')) ?? ''] ?? new Uint8Array());
      assert.match(readme, /## How to cite/);

      // DCAT needs the dataset's own address (meta.url); the sample has none, so none is written or linked.
      const alternate = page.locator('head link[rel="alternate"][type="application/rdf+xml"]');
      if (downloads.dcat) {
        await alternate.waitFor({ state: 'attached' });
        const rdf = await page.request.get(new URL((await alternate.getAttribute('href')) ?? '', page.url()).href);
        assert.equal(rdf.status(), 200);
        assert.match(await rdf.text(), /<dcat:Catalog rdf:about=/);
      } else {
        assert.equal(await alternate.count(), 0, 'no DCAT link without a DCAT file');
      }

      const cite = page.locator('section', { has: page.getByRole('heading', { level: 2, name: t.cite, exact: true }) });
      const citation = (await cite.locator('.cite-block__citation').innerText()).trim();
      await cite.getByRole('button', { name: t.copy }).click();
      await cite.getByText(t.copied).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
      await assertAxeClean(page, 'the About page', errors);
    } finally {
      await context.close();
    }
  });

  test(`an indicator page in ${language}: links the zip, cites the indicator and its source, and a question is posted, confirmed, and kept on a 500`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: withFeedback.url });
      await page.goto(`${withFeedback.url}${localized(language, `/indicators/${indicator.id}`)}`);
      await waitForContent(page);
      await page.getByRole('link', { name: t.download }).waitFor();

      const cite = page.locator('section', { has: page.getByRole('heading', { level: 2, name: t.cite, exact: true }) });
      const citation = (await cite.locator('.cite-block__citation').innerText()).trim();
      assert.ok(citation.includes(indicator.name[language]), 'the citation names the indicator');
      assert.ok(citation.includes(indicator.source.name), 'and its source');
      await cite.getByRole('button', { name: t.copy }).click();
      await cite.getByText(t.copied).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);

      const ask = page.locator('section', { has: page.getByRole('heading', { level: 2, name: t.ask }) });
      await ask.getByRole('button', { name: t.open }).click();
      const message = ask.getByRole('textbox', { name: t.message });
      await message.waitFor();
      await assertAxeClean(page, 'the indicator page with the question form open', errors);

      answerStatus = 200;
      received.length = 0;
      await message.fill(`Question in ${language}: why?`);
      await ask.getByRole('textbox', { name: t.email }).fill('reader@example.org');
      await ask.getByRole('button', { name: t.send }).click();
      const confirmation = ask.getByRole('status');
      await confirmation.getByText(t.thanks).waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('ask-about__confirmation'), undefined, { timeout: 5000 }); // the confirmation takes focus
      assert.equal(received.length, 1);
      assert.match(received[0]?.contentType ?? '', /^application\/json/);
      assert.deepEqual(received[0]?.body, {
        message: `Question in ${language}: why?`,
        email: 'reader@example.org',
        about: { kind: 'indicator', id: indicator.id, name: indicator.name[language] },
        page: `${withFeedback.url}${localized(language, `/indicators/${indicator.id}`)}`,
        language,
        datasetUpdated: (JSON.parse(readFileSync(join(DIST, 'data/v1/meta.json'), 'utf8')) as { updated: string }).updated,
      });
      await assertAxeClean(page, 'the confirmation', errors);

      // The server fails: the text stays and the page says so.
      answerStatus = 500;
      await ask.getByRole('button').first().click(); // "write another question"
      await message.fill('This one fails');
      await ask.getByRole('button', { name: t.send }).click();
      const alert = ask.getByRole('alert');
      await alert.getByText(t.failed, { exact: false }).waitFor();
      assert.ok((await alert.innerText()).includes(t.kept));
      await page.waitForFunction(() => document.activeElement?.classList.contains('ask-about__failure'), undefined, { timeout: 5000 }); // the error takes focus
      assert.equal(await message.inputValue(), 'This one fails');
      assert.equal(received.length, 2);
      // The failed request is the app's own console error (Chromium logs failed fetches); nothing else.
      const unexpected = errors.filter((error) => !/500/.test(error));
      assert.deepEqual(unexpected, []);
      errors.length = 0;
      await assertAxeClean(page, 'the failure message', errors);
    } finally {
      answerStatus = 200;
      await context.close();
    }
  });

  test(`without feedbackUrl, the district page in ${language} offers a mailto: link to the contact, or says none is given; axe clean`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      await page.goto(`${shared.server.url}${localized(language, `/areas/${area.id}`)}`);
      await waitForContent(page);
      const ask = page.locator('section', { has: page.getByRole('heading', { level: 2, name: t.ask }) });
      if (!meta.contact?.email) {
        // Never an invented address: the box says that the dataset names no contact.
        await ask.getByText(t.noContact).waitFor();
        assert.equal(await ask.locator('a').count(), 0, 'no link anywhere');
        await assertAxeClean(page, 'the district page', errors);
        return;
      }
      const link = ask.locator('a[href^="mailto:"]');
      await link.waitFor();
      const href = new URL((await link.getAttribute('href')) ?? '');
      assert.equal(href.pathname, meta.contact?.email);
      assert.ok(href.searchParams.get('subject')?.includes(area.properties.name[language]));
      const body = href.searchParams.get('body') ?? '';
      assert.ok(body.includes(`(${area.id})`), 'the body names the district id');
      assert.ok(body.includes(`${shared.server.url}${localized(language, `/areas/${area.id}`)}`), 'and the page');
      assert.equal(await ask.getByRole('textbox').count(), 0, 'no form without feedbackUrl');
      await assertAxeClean(page, 'the district page', errors);
    } finally {
      await context.close();
    }
  });
}
