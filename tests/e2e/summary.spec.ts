/**
 * The summary (synergy scorecard) in the production build: Swedish and English with axe at zero
 * violations and no console errors; the print view as Chromium's PDF — exactly one A4 page with
 * every goal's title in the PDF's own text; the link back (text and QR code) and a shared link
 * that restores the same choices; the QR library fetched only on the summary route.
 *
 * The PDF is read without external tools: a small reader below inflates the streams (node:zlib),
 * maps glyphs to text through each font's ToUnicode CMap and counts the /Type /Page objects.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axeViolations, DIST, mainHeading, openPage, shareServerAndBrowser, waitForContent } from './harness';

type Language = 'sv' | 'en';
type Text = { sv?: string; en?: string };

const goals = (JSON.parse(readFileSync(join(DIST, 'data/v1/goals.json'), 'utf8')) as { goals: Array<{ id: string; title: Text }> }).goals;
const titleOf = (text: Text, language: Language) => text[language] ?? text[language === 'sv' ? 'en' : 'sv'] ?? '';

const shared = shareServerAndBrowser();

async function openSummary(path: string, options: Parameters<typeof openPage>[1] = {}) {
  const opened = await openPage(shared.browser, options);
  await opened.page.goto(`${shared.server.url}${path}`);
  await mainHeading(opened.page);
  await waitForContent(opened.page);
  await opened.page.locator('article.goal-card').first().waitFor({ state: 'visible' });
  return opened;
}

/** The QR code is drawn by a lazily loaded library: wait until its image has loaded. */
async function waitForQrCode(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('img.summary-share__qr');
    return image !== null && image.complete && image.naturalWidth > 0;
  });
}

// ---------- screen: both languages, axe, console ----------

for (const path of ['/summary', '/en/summary', '/summary?compare=per-resident', '/en/summary?compare=per-m2&domain=housing']) {
  const language: Language = path.startsWith('/en') ? 'en' : 'sv';
  test(`${path} shows the scorecard in ${language}, passes axe and logs no errors`, async () => {
    const { page, context, errors } = await openSummary(path);
    try {
      assert.equal(await page.getAttribute('html', 'lang'), language);
      assert.equal(await page.locator('h1').count(), 1, 'one h1');
      assert.match(await page.locator('.summary-overall__headline').innerText(), language === 'sv' ? /^\d+ av \d+ mål/ : /^\d+ of \d+ targets?/);
      assert.ok((await page.locator('.status-badge').count()) >= 5, 'statuses are shown');
      assert.deepEqual(await axeViolations(page), [], `axe violations on ${path}`);
      assert.deepEqual(errors, [], 'no console errors');
    } finally {
      await context.close();
    }
  });
}

test('the summary passes axe in the dark colour scheme too', async () => {
  const { page, context, errors } = await openSummary('/summary?compare=per-resident');
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axeViolations(page), [], 'axe violations in dark mode');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('every goal of the embedded dataset has a card, in Swedish and in English', async () => {
  for (const language of ['sv', 'en'] as const) {
    const { page, context } = await openSummary(language === 'sv' ? '/summary' : '/en/summary');
    try {
      const titles = await page.locator('article.goal-card h2').allInnerTexts();
      assert.deepEqual(
        titles,
        goals.map((goal) => titleOf(goal.title, language)),
      );
    } finally {
      await context.close();
    }
  }
});

test('the phone layout of the summary has no horizontal scroll', async () => {
  const { page, context } = await openSummary('/summary?compare=per-m2', { viewport: { width: 375, height: 740 } });
  try {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone screen`);
  } finally {
    await context.close();
  }
});

// ---------- print: one A4 page ----------

const A4 = { width: 595.28, height: 841.89 };

for (const path of ['/summary', '/en/summary', '/summary?compare=per-resident', '/en/summary?compare=per-m2', '/summary?compare=per-m2&domain=energy']) {
  const language: Language = path.startsWith('/en') ? 'en' : 'sv';
  test(`the print view of ${path} is exactly one A4 page with every goal title, the sources and the link back`, async () => {
    const { page, context } = await openSummary(path);
    try {
      await waitForQrCode(page);
      const shareUrl = (await page.locator('.summary-share__url a').innerText()).trim();
      const cards = await page.locator('article.goal-card h2').allInnerTexts();
      const expectedTitles = path.includes('domain=') ? cards : goals.map((goal) => titleOf(goal.title, language));
      assert.ok(expectedTitles.length > 0);
      await page.emulateMedia({ media: 'print' });

      // The print-media DOM: no navigation or controls; the notice, titles, QR code and link are there.
      for (const selector of ['.site-header', '.site-footer', '.summary-controls', 'nav', 'button', 'select', 'input']) {
        assert.equal(
          await page
            .locator(selector)
            .first()
            .isVisible()
            .catch(() => false),
          false,
          `${selector} is hidden in print`,
        );
      }
      assert.ok(await page.locator('.notice--sample').isVisible(), 'the sample-data notice prints');
      assert.ok(await page.locator('img.summary-share__qr').isVisible(), 'the QR code prints');
      for (const title of expectedTitles) assert.ok(await page.getByRole('heading', { level: 2, name: title, exact: true }).isVisible(), `"${title}" prints`);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = readPdf(pdf);
      assert.equal(pages.length, 1, `one page, not ${pages.length}`);
      assert.equal(pdfPageCount(pdf), 1, 'the /Pages tree counts one page');
      const text = pages.join('\n');
      for (const title of expectedTitles) assert.ok(squash(text).includes(squash(title)), `the PDF text contains "${title}"`);
      assert.ok(squash(text).includes(squash(shareUrl)), 'the PDF text contains the link back');
      assert.ok(squash(text).includes(squash(language === 'sv' ? 'Källor' : 'Sources')), 'the PDF text names the sources');
      assert.ok(squash(text).includes(squash(language === 'sv' ? 'Data uppdaterad' : 'Data updated')), 'the PDF text gives the date');
      assert.ok(!squash(text).includes(squash(language === 'sv' ? 'Skriv ut' : 'Print /')), 'no print button on paper');

      // The stylesheet's own page size (no format forced) is A4 as well.
      const own = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(own.toString('latin1'));
      assert.ok(box, 'the PDF has a MediaBox');
      assert.ok(Math.abs(Number(box[1]) - A4.width) < 1 && Math.abs(Number(box[2]) - A4.height) < 1, `A4, not ${box[1]} × ${box[2]}`);
      assert.equal(readPdf(own).length, 1, 'one page with the stylesheet’s own margins');
    } finally {
      await context.close();
    }
  });
}

// ---------- one plan: the status, the bar's tick and its words agree ----------

test('every bar marks the plan at its latest value’s period, and its words name that period (screen and paper)', async () => {
  for (const language of ['sv', 'en'] as const) {
    const { page, context } = await openSummary(language === 'sv' ? '/summary' : '/en/summary');
    try {
      const cells = await page.locator('.target-cell:has(.progress__track)').evaluateAll((nodes) =>
        nodes.map((node) => ({
          value: node.querySelector('.target-cell__value')?.textContent ?? '',
          screen: node.querySelector('.progress__text--screen')?.textContent ?? '',
          print: node.querySelector('.progress__text--print')?.textContent ?? '',
          tick: node.querySelector('.progress__track')?.getAttribute('data-tick') ?? null,
          hasTick: node.querySelector('.progress__tick') !== null,
        })),
      );
      assert.ok(cells.length >= 8, `bars on the page: ${cells.length}`);
      const planWords = language === 'sv' ? /Planen för (\S+): (\d+)\s?%/ : /The plan for (\S+): (\d+)%/;
      let named = 0;
      for (const cell of cells) {
        assert.doesNotMatch(cell.screen, language === 'sv' ? /i dag/ : /today/, `no plan "for today": ${cell.screen}`);
        const plan = planWords.exec(cell.screen);
        if (!plan) {
          assert.equal(cell.hasTick, false, `no plan named, no tick: ${cell.screen}`);
          continue;
        }
        named += 1;
        const latestYear = /\((\d{4})[^)]*\)\s*$/.exec(cell.value.trim())?.[1];
        assert.equal(plan[1], latestYear, `the plan is for the latest value's period: "${cell.screen}" beside "${cell.value}"`);
        assert.ok(Math.abs(Number(cell.tick) - Number(plan[2])) <= 0.6, `the tick (${cell.tick}) is where the words say (${plan[2]} %)`);
        assert.ok(cell.print.includes(plan[1]!) && cell.print.includes(plan[2]!), `the printed line keeps the plan: ${cell.print}`);
      }
      assert.ok(named >= 6, `plans named: ${named}`);
      // Where the plan today has moved on from the latest value's, the next value is announced.
      const next = language === 'sv' ? /Nästa värde väntas för \d{4}\./ : /The next value is expected for \d{4}\./;
      assert.ok(
        cells.some((cell) => next.test(cell.screen)),
        'an old value says when the next one is due',
      );
    } finally {
      await context.close();
    }
  }
});

// ---------- what is behind: order and filter, kept in the URL ----------

test('the summary can put the goals behind plan first and show only those, and a link keeps that view', async () => {
  const behind = /^(Efter plan|Risk att missa)$/;
  const badgesOf = (page: Page, index: number) => page.locator('article.goal-card').nth(index).locator('.target-cell .status-badge').allInnerTexts();
  const first = await openSummary('/summary');
  let link: string;
  let ordered: string[];
  try {
    const { page } = first;
    const all = await page.locator('article.goal-card h2').allInnerTexts();
    const withBehind: string[] = [];
    for (let index = 0; index < all.length; index += 1) {
      if ((await badgesOf(page, index)).some((text) => behind.test(text.trim()))) withBehind.push(all[index]!);
    }
    await page.getByRole('combobox', { name: 'Ordning' }).selectOption({ label: 'Efter plan först' });
    await page.waitForURL(/order=behind-first/);
    ordered = await page.locator('article.goal-card h2').allInnerTexts();
    assert.deepEqual([...ordered].sort(), [...all].sort(), 'the same goals, reordered');
    assert.notDeepEqual(ordered, all, 'the order changed for this dataset');
    assert.ok(
      (await badgesOf(page, 0)).some((text) => behind.test(text.trim())),
      'the first goal has a target behind plan or at risk',
    );

    await page.getByRole('checkbox', { name: 'Visa bara mål som ligger efter plan eller riskerar att missas' }).check();
    await page.waitForURL(/show=behind/);
    const shown = await page.locator('article.goal-card h2').allInnerTexts();
    assert.deepEqual([...shown].sort(), [...withBehind].sort(), 'exactly the goals with a target behind plan or at risk');
    for (let index = 0; index < shown.length; index += 1) {
      assert.ok(
        (await badgesOf(page, index)).some((text) => behind.test(text.trim())),
        `"${shown[index]}" has a target behind`,
      );
    }
    assert.equal(new URL(page.url()).search, '?order=behind-first&show=behind');
    link = (await page.locator('.summary-share__url a').innerText()).trim();
    assert.ok(link.endsWith('/sv/summary?order=behind-first&show=behind'), link);
    ordered = shown;
  } finally {
    await first.context.close();
  }
  const second = await openSummary(new URL(link).pathname + new URL(link).search);
  try {
    const { page } = second;
    assert.equal(await page.getByRole('combobox', { name: 'Ordning' }).inputValue(), 'behind-first');
    assert.ok(await page.getByRole('checkbox', { name: 'Visa bara mål som ligger efter plan eller riskerar att missas' }).isChecked());
    assert.deepEqual(await page.locator('article.goal-card h2').allInnerTexts(), ordered);
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await second.context.close();
  }
});

// ---------- the printed brief: at least 9 pt, one page ----------

for (const path of ['/summary', '/en/summary?compare=per-resident', '/summary?compare=per-m2']) {
  test(`every printed text of ${path} is at least 9 pt, on one A4 page`, async () => {
    const { page, context } = await openSummary(path);
    try {
      await waitForQrCode(page);
      await page.emulateMedia({ media: 'print' });
      const small = await page.evaluate(() => {
        const found: string[] = [];
        for (const element of document.querySelectorAll<HTMLElement>('body *')) {
          const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
          if (!ownText) continue;
          const rect = element.getBoundingClientRect();
          if (rect.width <= 1 || rect.height <= 1 || element.getClientRects().length === 0) continue; // not printed, or visually hidden
          const style = getComputedStyle(element);
          if (style.visibility === 'hidden') continue;
          const px = Number.parseFloat(style.fontSize);
          if (px < 12 - 0.01)
            found.push(
              `${element.tagName.toLowerCase()}.${element.className}: ${(px * 0.75).toFixed(1)} pt "${(element.textContent ?? '').trim().slice(0, 40)}"`,
            );
        }
        return found;
      });
      assert.deepEqual(small, [], 'text under 9 pt (12 px) on paper');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      assert.equal(readPdf(pdf).length, 1, 'one page');
      assert.equal(pdfPageCount(pdf), 1, 'the /Pages tree counts one page');
    } finally {
      await context.close();
    }
  });
}

// ---------- share ----------

test('a shared link restores the language, the topic and the comparison', async () => {
  const first = await openSummary('/summary');
  let link: string;
  let cards: string[];
  try {
    const { page } = first;
    // Two changes in quick succession: both end up in the URL.
    await page.getByRole('combobox', { name: 'Ämne' }).selectOption({ label: 'Bostäder' });
    await page.getByRole('radio', { name: 'Per 1 000 invånare' }).click();
    await page.waitForURL(/compare=per-resident/);
    await page.locator('input[type="radio"][value="per-resident"]:checked').waitFor();
    assert.equal(new URL(page.url()).search, '?compare=per-resident&domain=housing');
    cards = await page.locator('article.goal-card h2').allInnerTexts();
    link = (await page.locator('.summary-share__url a').innerText()).trim();
    assert.equal(link, `${shared.server.url}/sv/summary?compare=per-resident&domain=housing`);
    assert.match((await page.locator('img.summary-share__qr').getAttribute('alt')) ?? '', new RegExp(`${link.replace(/[.?]/g, '\\$&')}$`));
  } finally {
    await first.context.close();
  }

  const second = await openSummary(new URL(link).pathname + new URL(link).search);
  try {
    const { page } = second;
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await page.getByRole('combobox', { name: 'Ämne' }).inputValue(), 'housing');
    assert.ok(await page.getByRole('radio', { name: 'Per 1 000 invånare' }).isChecked());
    assert.deepEqual(await page.locator('article.goal-card h2').allInnerTexts(), cards);
    assert.ok((await page.locator('.target-cell__division').count()) > 0, 'values are divided per resident');

    // Switching language keeps the choices.
    await page.locator('a.language-switch').click();
    await page.waitForURL(/\/en\/summary\?compare=per-resident&domain=housing$/);
    await page.getByRole('heading', { level: 1, name: 'How the shared goals are going' }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.getByRole('combobox', { name: 'Topic' }).inputValue(), 'housing');
    assert.ok(await page.getByRole('radio', { name: 'Per 1,000 residents' }).isChecked());
  } finally {
    await second.context.close();
  }
});

test('the QR code library (its worker) is fetched on the summary route only', async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; dynamicImports?: string[] }>;
  // The route's other lazy chunk is its download buttons.
  const qrChunks: string[] = (manifest['src/app/routes/summary.tsx']?.dynamicImports ?? [])
    .filter((key) => key.includes('qrcode'))
    .map((key) => manifest[key]?.file)
    .filter((file): file is string => Boolean(file));
  assert.equal(qrChunks.length, 1, 'the summary route lazily imports the qrcode chunk');
  // In a browser the code is made in a worker (qr-svg.ts), a file of its own with the library in it.
  const workers = readdirSync(join(DIST, 'assets')).filter((file) => /^qr-worker-.*\.js$/.test(file));
  assert.equal(workers.length, 1, 'one QR worker file');
  const qrFiles = [...qrChunks, ...workers.map((file) => `assets/${file}`)];
  const { page, context } = await openPage(shared.browser);
  try {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${shared.server.url}/`);
    await waitForContent(page);
    assert.ok(!requested.some((path) => qrFiles.some((file) => path.endsWith(file))), 'not on the start page');
    await page.getByRole('navigation').getByRole('link', { name: 'Sammanfattning' }).click();
    await page.locator('article.goal-card').first().waitFor();
    await waitForQrCode(page);
    assert.ok(
      requested.some((path) => qrFiles.some((file) => path.endsWith(file))),
      'fetched on the summary page',
    );
    assert.ok(
      requested.some((path) => workers.some((file) => path.endsWith(file))) && !requested.some((path) => qrChunks.some((chunk) => path.endsWith(chunk))),
      'made in the worker, not on the main thread',
    );
  } finally {
    await context.close();
  }
});

// ---------- a small PDF reader (no dependencies) ----------

/** Text without any whitespace and with ligatures unfolded, for robust "contains" checks. */
function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+0\s+obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt === -1 || streamAt > end) {
      objects.set(Number(match[1]), { dict: text.slice(start, end) });
      continue;
    }
    const dict = text.slice(start, streamAt);
    let dataStart = streamAt + 'stream'.length;
    if (text[dataStart] === '\r') dataStart += 1;
    if (text[dataStart] === '\n') dataStart += 1;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
    const raw = pdf.subarray(dataStart, dataEnd);
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    header.lastIndex = text.indexOf('endobj', dataEnd);
  }
  return objects;
}

/** The /Count of the root /Pages object. */
function pdfPageCount(pdf: Buffer): number {
  const root = [...parseObjects(pdf).values()].find((object) => /\/Type\s*\/Pages\b/.test(object.dict) && !/\/Parent\b/.test(object.dict));
  return Number(/\/Count\s+(\d+)/.exec(root?.dict ?? '')?.[1] ?? NaN);
}

function utf16(hex: string): string {
  return String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((part) => parseInt(part, 16)));
}

/** A ToUnicode CMap: glyph code (hex) → text. */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, source = '', target = ''] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(source.toLowerCase(), utf16(target));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low = '', high = '', target = ''] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g)) {
      const list = target.startsWith('[') ? [...target.matchAll(/<([0-9a-fA-F]*)>/g)].map((item) => item[1] ?? '') : undefined;
      for (let code = parseInt(low, 16); code <= parseInt(high, 16); code += 1) {
        const key = code.toString(16).padStart(low.length, '0');
        const offset = code - parseInt(low, 16);
        map.set(key, list ? utf16(list[offset] ?? '') : utf16((parseInt(target.slice(1, -1), 16) + offset).toString(16).padStart(4, '0')));
      }
    }
  }
  return map;
}

/** A dictionary value that is either inline (`/Key << … >>`) or a reference (`/Key 12 0 R`). */
function dictionary(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const inline = new RegExp(`/${key}\\s*<<`).exec(dict);
  if (inline) {
    const start = inline.index + inline[0].length - 2;
    let depth = 0;
    for (let index = start; index < dict.length - 1; index += 1) {
      const pair = dict.slice(index, index + 2);
      if (pair === '<<') depth += 1;
      if (pair === '>>') depth -= 1;
      if (pair === '<<' || pair === '>>') index += 1;
      if (depth === 0) return dict.slice(start, index + 1);
    }
  }
  const reference = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return reference ? (objects.get(Number(reference[1]))?.dict ?? '') : '';
}

/** The text of each page, one line per baseline. */
function readPdf(pdf: Buffer): string[] {
  const objects = parseObjects(pdf);
  const pages = [...objects.values()].filter((object) => /\/Type\s*\/Page(?![a-zA-Z])/.test(object.dict));
  return pages.map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = dictionary(objects, dictionary(objects, page.dict, 'Resources'), 'Font');
    for (const [, name = '', reference] of fontDict.matchAll(/\/([^\s/<>]+)\s+(\d+)\s+0\s+R/g)) {
      const toUnicode = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(objects.get(Number(reference))?.dict ?? '');
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : undefined;
      if (cmap) fonts.set(name, parseCMap(cmap.toString('latin1')));
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.dict)?.[1] ?? '';
    const content = [...contents.matchAll(/(\d+)\s+0\s+R/g)].map((item) => objects.get(Number(item[1]))?.stream?.toString('latin1') ?? '').join('\n');
    const n = '(-?[\\d.]+)';
    const operators = new RegExp(
      `/([^\\s/<>\\[\\]()]+)\\s+[\\d.]+\\s+Tf|${n}\\s+${n}\\s+${n}\\s+${n}\\s+${n}\\s+${n}\\s+Tm|${n}\\s+${n}\\s+T[dD]|<([0-9a-fA-F]*)>`,
      'g',
    );
    let font: Map<string, string> | undefined;
    let lineY: number | undefined;
    let out = '';
    const moveTo = (y: number) => {
      if (lineY !== undefined && Math.abs(y - lineY) > 0.5) out += '\n';
      lineY = y;
    };
    for (const operator of content.matchAll(operators)) {
      if (operator[1] !== undefined) font = fonts.get(operator[1]);
      else if (operator[7] !== undefined) moveTo(Number(operator[7]));
      else if (operator[9] !== undefined) {
        if (lineY !== undefined && Math.abs(Number(operator[9])) > 0.5) moveTo(lineY + Number(operator[9]));
      } else if (operator[10] !== undefined && font) {
        const width = [...font.keys()][0]?.length ?? 4;
        for (let index = 0; index + width <= operator[10].length; index += width) out += font.get(operator[10].slice(index, index + width).toLowerCase()) ?? '';
      }
    }
    return out;
  });
}
