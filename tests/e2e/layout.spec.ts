/**
 * Layout a first-time user can see, on the production build with the embedded dataset:
 * no route overflows sideways at 1 280, 1 024 or 390 px in either language, nor any page at 320,
 * 360 or 390 px; the phone header
 * stays compact; every row of the values table can be reached; the embed fits the height its
 * snippet gives; the chart's text labels overlap neither each other nor the tick labels.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DIST, makeChartLive, openPage, shareServerAndBrowser, waitForChartDrawing, waitForContent } from './harness';

const { indicators } = JSON.parse(readFileSync(join(DIST, 'data/v1/indicators.json'), 'utf8')) as { indicators: Array<{ id: string; visibility: string }> };
const areas = JSON.parse(readFileSync(join(DIST, 'data/v1/areas.geojson'), 'utf8')) as { features: Array<{ id: string }> };
const energy =
  indicators.find((indicator) => indicator.id === 'building-energy-use' && indicator.visibility === 'public')?.id ?? indicators[0]?.id ?? 'missing';
const firstArea = areas.features[0]?.id ?? 'missing';

const routes = [
  '/',
  '/summary',
  '/indicators',
  `/indicators/${energy}`,
  `/indicators/${energy}?from=2019&to=2025`,
  `/indicators/${energy}?view=table`,
  '/map',
  `/areas/${firstArea}`,
  '/about',
];
const widths = [1280, 1024, 390];
/** Every page a reader can reach, for the phone widths (the narrowest phones in use are 320 px). */
const phoneRoutes = [...routes, '/changes', '/no-such-page'];
const phoneWidths = [320, 360, 390];

const shared = shareServerAndBrowser();
const localized = (language: 'sv' | 'en', path: string) => (language === 'sv' ? path : `/en${path === '/' ? '' : path}`);

/**
 * What sticks out sideways: the page itself, or any element whose content is wider than its box
 * (clipped or scrolled away: "Utveckli", half sparklines). The map canvas is left out (it pans).
 */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      if (element.closest('.maplibregl-map, .map-canvas, .recharts-wrapper, svg')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.closest('[hidden], details:not([open]) > :not(summary)')) continue;
      if (!/(hidden|auto|scroll|clip)/.test(style.overflowX)) continue;
      // Visually hidden on purpose (1 × 1 px, read by screen readers only).
      if (element.classList.contains('visually-hidden') || (element.clientWidth <= 1 && element.clientHeight <= 1)) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    return found;
  });
}

for (const language of ['sv', 'en'] as const) {
  for (const width of widths) {
    test(`no route overflows sideways at ${width} px in ${language}`, async () => {
      const { page, context, errors } = await openPage(shared.browser, { viewport: { width, height: 900 } });
      try {
        const problems: string[] = [];
        for (const route of routes) {
          await page.goto(`${shared.server.url}${localized(language, route)}`);
          await waitForContent(page);
          for (const problem of await horizontalOverflow(page)) problems.push(`${route}: ${problem}`);
        }
        assert.deepEqual(problems, [], `overflow at ${width} px in ${language}`);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

for (const language of ['sv', 'en'] as const) {
  test(`no page is wider than the phone at ${phoneWidths.join(', ')} px in ${language}`, async () => {
    const { page, context } = await openPage(shared.browser, { viewport: { width: phoneWidths[0]!, height: 800 } });
    try {
      const problems: string[] = [];
      for (const width of phoneWidths) {
        await page.setViewportSize({ width, height: 800 });
        for (const route of phoneRoutes) {
          await page.goto(`${shared.server.url}${localized(language, route)}`);
          await waitForContent(page);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) problems.push(`${route} is ${scrollWidth} px wide at ${width} px`);
        }
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

/** Layout shifts not caused by the reader, summed since the page began to load (buffered). */
const RECORD_SHIFTS = `window.__layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const nodes = entry.sources.map((source) => source.node && source.node.nodeType === 1 ? source.node.tagName.toLowerCase() + '.' + (source.node.getAttribute('class') || '').split(' ')[0] : '?');
    window.__layoutShifts.push({ value: entry.value, nodes: nodes.join(', ') });
  }
}).observe({ type: 'layout-shift', buffered: true });`;

for (const language of ['sv', 'en'] as const) {
  // The prerendered page is what the reader sees first; the app draws over it. Anything the app
  // adds, takes away or resizes there moves the text being read (the embed's forecast legend
  // appeared only once the chart's width was known and pushed the events and findings down 60 px).
  test(`on a phone nothing on the prerendered page moves when the app takes over and draws its chart, in ${language}`, async () => {
    const { page, context } = await openPage(shared.browser, { viewport: { width: 390, height: 844 } });
    try {
      await page.addInitScript(RECORD_SHIFTS);
      const moved: string[] = [];
      for (const route of [...phoneRoutes, `/embed/indicators/${energy}`]) {
        await page.goto(`${shared.server.url}${localized(language, route)}`);
        await waitForContent(page);
        if ((await page.locator('.chart-view__canvas').count()) > 0) await waitForChartDrawing(page);
        // Two frames: whatever the last render changed has been laid out and reported.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shifts = await page.evaluate(() => (window as unknown as { __layoutShifts: Array<{ value: number; nodes: string }> }).__layoutShifts);
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        if (total > 0.001) moved.push(`${route}: ${total.toFixed(4)} (${shifts.map((shift) => shift.nodes).join('; ')})`);
      }
      assert.deepEqual(moved, [], 'layout shift after the first paint');
    } finally {
      await context.close();
    }
  });
}

test('on a phone the header is one compact row (at most 72 px) on every page, and its menu opens the navigation', async () => {
  const { page, context } = await openPage(shared.browser, { viewport: { width: 390, height: 844 } });
  try {
    for (const route of routes) {
      await page.goto(`${shared.server.url}${route}`);
      await waitForContent(page);
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      assert.ok(height <= 72, `${route}: header is ${height} px tall`);
    }
    // The map page: filters fold behind one line, so the map and list start on the first screen.
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    const explorerTop = await page.locator('.site-explorer__body').evaluate((element) => element.getBoundingClientRect().top);
    assert.ok(explorerTop < 844 - 200, `the map starts at ${explorerTop} px, within the first screen`);
    const menu = page.getByRole('button', { name: 'Meny' });
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    // Known, not yet explained: in 3 of about 14 full runs (never alone), the first
    // click on this link did not navigate within 30 s. The
    // state is printed when that happens, and the menu and link are used once more; a second
    // miss fails the test.
    for (let attempt = 1; ; attempt++) {
      if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
      await nav.getByRole('link', { name: 'Sammanfattning' }).click();
      try {
        await page.waitForURL(/\/summary$/, { timeout: 10_000 });
        break;
      } catch (error) {
        const state = await page.evaluate(() => ({
          url: window.location.href,
          menuExpanded: document.querySelector('.menu-button')?.getAttribute('aria-expanded'),
          active: document.activeElement?.outerHTML.slice(0, 120),
          heading: document.querySelector('h1')?.textContent,
        }));
        console.log(`menu link attempt ${attempt} did not navigate: ${JSON.stringify(state)}`);
        if (attempt >= 2) throw error;
      }
    }
    // The menu closes once the new page is shown (wait for that state, never sleep).
    await page.getByRole('button', { name: 'Meny', expanded: false }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  } finally {
    await context.close();
  }
});

for (const language of ['sv', 'en'] as const) {
  test(`on a phone the indicator page's chart starts within the first screen (390 × 844) in ${language}`, async () => {
    const { page, context, errors } = await openPage(shared.browser, { viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${shared.server.url}${localized(language, `/indicators/${energy}`)}`);
      await waitForContent(page);
      await waitForChartDrawing(page);
      const tops = await page.evaluate(() => ({
        panel: document.querySelector('[role="tabpanel"]:not([hidden])')?.getBoundingClientRect().top ?? Infinity,
        chart: document.querySelector('.ts-chart svg')?.getBoundingClientRect().top ?? Infinity,
      }));
      assert.ok(tops.panel < 844, `the chart panel starts at ${tops.panel} px`);
      assert.ok(tops.chart < 844, `the chart starts at ${tops.chart} px`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`every row of the values table can be reached at ${viewport.width} px (no hidden inner scroll), notes under the value on a phone`, async () => {
    const { page, context } = await openPage(shared.browser, { viewport });
    try {
      await page.goto(`${shared.server.url}/indicators/${energy}?from=2019&to=2025&view=table`);
      await waitForContent(page);
      const table = page.getByRole('table', { name: /alla värden/i });
      await table.waitFor();
      const clipped = await table.evaluate((element) => {
        const issues: string[] = [];
        for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (/(hidden|auto|scroll|clip)/.test(style.overflowY) && node.scrollHeight > node.clientHeight + 1)
            issues.push(`${node.className}: ${node.scrollHeight} > ${node.clientHeight}`);
        }
        return issues;
      });
      assert.deepEqual(clipped, [], 'no box hides rows below its edge');
      const rowHeights = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
      assert.ok(rowHeights.length >= 7, 'rows for 2019–2025');
      assert.ok(Math.max(...rowHeights) < 160, `rows stay readable (tallest ${Math.max(...rowHeights)} px)`);
      const caption = await table.locator('caption').evaluate((element) => {
        const box = element.getBoundingClientRect();
        return { left: box.left, right: box.right };
      });
      assert.ok(caption.left >= 0 && caption.right <= viewport.width, 'the caption is on screen');
    } finally {
      await context.close();
    }
  });
}

test('the embed shows its whole chart within the height its snippet gives, and its event labels do not run together at 800 px', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await page.goto(`${shared.server.url}/indicators/${energy}`);
    await waitForContent(page);
    await page.getByText('Bädda in', { exact: true }).click();
    const snippet = await page
      .locator('.share-panel textarea, .share-panel code, .share-panel pre')
      .first()
      .evaluate((element) => (element as HTMLTextAreaElement).value || element.textContent || '');
    const height = Number(/height="(\d+)"/.exec(snippet)?.[1]);
    assert.ok(height > 0, `the snippet gives a height: ${snippet}`);
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const embed = await openPage(shared.browser, { viewport: { width: 800, height } });
    try {
      await embed.page.goto(src.replace(/^https?:\/\/[^/]+/, shared.server.url));
      await waitForChartDrawing(embed.page);
      const contentHeight = await embed.page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(contentHeight <= height, `the embed is ${contentHeight} px tall in a ${height} px frame`);
      const chartBottom = await embed.page.locator('.ts-chart').evaluate((element) => element.getBoundingClientRect().bottom);
      assert.ok(chartBottom <= height, 'the whole chart is inside the frame');
      assert.deepEqual(await labelOverlaps(embed.page), [], 'event labels and ticks do not overlap in the drawing');
      await makeChartLive(embed.page);
      assert.deepEqual(await labelOverlaps(embed.page), [], 'nor in the interactive chart');
      assert.deepEqual(embed.errors, []);
    } finally {
      await embed.context.close();
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/**
 * Pairs of text labels in the chart whose boxes overlap (labels with each other, or with tick
 * labels). A string, not a function: tsx's helpers (`__name`) do not exist in the page.
 */
const LABEL_OVERLAPS = `(() => {
  const labels = [...document.querySelectorAll('.ts-chart .recharts-label, .ts-chart .ts-event__label, .ts-chart .ts-marker__label')].filter((element) => (element.textContent || '').trim() !== '');
  const ticks = [...document.querySelectorAll('.ts-chart .ts-axis__tick')];
  const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const found = [];
  labels.forEach((label, index) => {
    const a = label.getBoundingClientRect();
    for (const other of labels.slice(index + 1)) if (overlap(a, other.getBoundingClientRect())) found.push('"' + label.textContent + '" x "' + other.textContent + '"');
    for (const tick of ticks) if (overlap(a, tick.getBoundingClientRect())) found.push('"' + label.textContent + '" x tick "' + tick.textContent + '"');
  });
  return found;
})()`;

async function labelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(LABEL_OVERLAPS) as Promise<string[]>;
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  for (const range of ['', '?from=2019&to=2025']) {
    test(`chart labels overlap neither each other nor the ticks at ${viewport.width} px${range ? ' for 2019–2025' : ''}`, async () => {
      const { page, context } = await openPage(shared.browser, { viewport });
      try {
        await page.goto(`${shared.server.url}/indicators/${energy}${range}`);
        await waitForContent(page);
        // The first drawing, then the interactive chart that replaces it: the same checks on both.
        for (const stage of ['drawing', 'interactive chart']) {
          if (stage === 'drawing') await waitForChartDrawing(page);
          else await makeChartLive(page);
          assert.deepEqual(await labelOverlaps(page), [], `labels in the ${stage}`);
          // Every point lies inside the plot, not on the value axis.
          const onAxis = (await page.evaluate(`(() => {
            const axis = document.querySelector('.recharts-yAxis .recharts-cartesian-axis-line, .ts-axis--value .ts-axis__line');
            if (!axis) return -1;
            const x = axis.getBoundingClientRect().right;
            return [...document.querySelectorAll('.ts-dot')].filter((dot) => Math.abs(dot.getBoundingClientRect().left + dot.getBoundingClientRect().width / 2 - x) < 2).length;
          })()`)) as number;
          assert.equal(onAxis, 0, `no point sits on the value axis in the ${stage}`);
        }
      } finally {
        await context.close();
      }
    });
  }
}

/** The embed snippet the indicator page offers, with its frame's address pointed at the test server. */
async function embedSnippetFromPage(page: Page, language: 'sv' | 'en'): Promise<string> {
  await page.goto(`${shared.server.url}${localized(language, `/indicators/${energy}`)}`);
  await waitForContent(page);
  await page.getByText(language === 'sv' ? 'Bädda in' : 'Embed', { exact: true }).click();
  const snippet = await page.locator('.share-panel textarea').first().inputValue();
  return snippet.replace(/src="https?:\/\/[^/"]+/, `src="${shared.server.url}`);
}

for (const language of ['sv', 'en'] as const) {
  test(`at 600 px wide the whole embed, source line included, is inside the frame the snippet gives, in ${language}`, async () => {
    // The host pages below are answered by page.route on the site's own origin: no worker there.
    const { page, context, errors } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    try {
      const snippet = await embedSnippetFromPage(page, language);
      const height = Number(/height="(\d+)"/.exec(snippet)?.[1]);
      const src = (/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&');
      // A host that strips the script: the iframe alone, at its default height.
      await page.setViewportSize({ width: 600, height: 900 });
      await page.route(`${shared.server.url}/host-without-script.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><body style="margin:0"><iframe src="${src.replace(/&/g, '&amp;')}" width="100%" height="${height}" style="border:0"></iframe>`,
        }),
      );
      await page.goto(`${shared.server.url}/host-without-script.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator('.embed__source').waitFor();
      await frame.locator('.ts-static .ts-line, .recharts-line-curve').first().waitFor({ state: 'attached' });
      const inner = await frame.locator('html').evaluate((root) => ({
        content: root.scrollHeight,
        source: document.querySelector('.embed__source')?.getBoundingClientRect().bottom ?? Infinity,
      }));
      assert.ok(inner.source <= height, `the source line ends at ${inner.source} px in a ${height} px frame`);
      assert.ok(inner.content <= height, `the embed is ${inner.content} px tall in a ${height} px frame`);

      // The snippet as given (iframe + script): the frame takes the embed's own height.
      await page.route(`${shared.server.url}/host.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><body style="margin:0"><h1>Host</h1>${snippet}<p>After</p>` }),
      );
      await page.setViewportSize({ width: 600, height: 700 });
      await page.goto(`${shared.server.url}/host.html`);
      await page.frameLocator('iframe').locator('.embed__source').waitFor();
      const fitted = page.frameLocator('iframe').locator('html');
      await page.waitForFunction(() => {
        const iframe = document.querySelector('iframe');
        const root = iframe?.contentDocument?.documentElement;
        return iframe && root && Math.abs(iframe.getBoundingClientRect().height - root.scrollHeight) <= 1;
      });
      const sourceBottom = await fitted.evaluate(() => document.querySelector('.embed__source')?.getBoundingClientRect().bottom ?? Infinity);
      const frameHeight = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
      assert.ok(sourceBottom <= frameHeight, `with the script the source line (${sourceBottom} px) is inside the ${frameHeight} px frame`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
