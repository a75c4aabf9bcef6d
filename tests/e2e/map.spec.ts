/**
 * The pilot map, the list beside it and the district page, in the production build with software
 * WebGL. The internet is blocked (harness), so the configured OpenFreeMap style fails and the map
 * must fall back to its built-in style — which is what these tests look at.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { SCHEME_COLOURS, SITE_ZOOM } from '../../src/features/map/map-style';
import { DOMAIN_COLOURS } from '../../src/features/map/site-symbols';
import { axeViolations, DIST, mainHeading, openPage, shareServerAndBrowser, startStaticServer, waitForContent } from './harness';
import { readManifest, staticClosure } from '../../scripts/vite-manifest';

interface SiteJson {
  id: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: { name: { sv?: string; en?: string }; areaId: string; domain: string; status: string; [key: string]: unknown };
}
interface SitesJson {
  apiVersion: string;
  type: 'FeatureCollection';
  features: SiteJson[];
}

const sitesDocument = JSON.parse(readFileSync(join(DIST, 'data/v1/sites.geojson'), 'utf8')) as SitesJson;
const areasDocument = JSON.parse(readFileSync(join(DIST, 'data/v1/areas.geojson'), 'utf8')) as {
  features: Array<{ id: string; properties: { name: { sv: string } } }>;
};
const firstArea = areasDocument.features[0];
if (!firstArea) throw new Error('no area in the embedded data');

const shared = shareServerAndBrowser();

// ---------- helpers ----------

/** Waits until the map has started and drawn its sites at least once; returns the number of sites it was given. */
async function waitForMap(page: Page, container = '.site-map__container'): Promise<number> {
  await page.locator(`${container}[data-map-status="ready"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('gsm-map:sites-to-idle').length > 0, undefined, { timeout: 30_000 });
  return lastSitesOnMap(page);
}

/** Waits until the map is drawn and still: its container carries `data-map-idle` (set on maplibre's `idle`, cleared on the next move or frame). */
async function waitForMapIdle(page: Page, container = '.site-map__container'): Promise<void> {
  await page.locator(`${container}[data-map-idle]`).first().waitFor({ state: 'attached', timeout: 30_000 });
}

/** How many sites the map's clustered source was last given (recorded by the map as a User Timing measure). */
async function lastSitesOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByName('gsm-map:sites-to-idle') as PerformanceMeasure[];
    return (entries.at(-1)?.detail as { sites: number }).sites;
  });
}

async function measureCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('gsm-map:sites-to-idle').length);
}

interface CanvasPixels {
  width: number;
  height: number;
  distinct: number;
  /** Share of pixels within `tolerance` of each probe colour. */
  shares: number[];
  /** The pixels, quantised, for comparing two screenshots. */
  signature: number[];
}

/**
 * Reads what the map's canvas shows: a screenshot of the canvas alone (HTML labels and controls
 * hidden), decoded in the page. No preserveDrawingBuffer needed, so production keeps the faster default.
 */
async function canvasPixels(page: Page, probes: ReadonlyArray<[number, number, number]> = [], container = '.site-map__container'): Promise<CanvasPixels> {
  const style = await page.addStyleTag({ content: '.maplibregl-marker, .maplibregl-control-container { visibility: hidden !important; }' });
  const png = await page.locator(`${container} canvas`).first().screenshot();
  await style.evaluate((element) => (element as HTMLElement).remove());
  return page.evaluate(
    async ({ base64, probes }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      const hits = probes.map(() => 0);
      const signature: number[] = [];
      for (let index = 0; index < data.length; index += 4) {
        const [r, g, b] = [data[index] ?? 0, data[index + 1] ?? 0, data[index + 2] ?? 0];
        const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
        colours.add(key);
        if (index % 64 === 0) signature.push(key);
        probes.forEach(([pr, pg, pb], probe) => {
          if (Math.abs(r - pr) <= 6 && Math.abs(g - pg) <= 6 && Math.abs(b - pb) <= 6) hits[probe] = (hits[probe] ?? 0) + 1;
        });
      }
      const pixels = data.length / 4;
      return { width: image.width, height: image.height, distinct: colours.size, shares: hits.map((hit) => hit / pixels), signature };
    },
    { base64: png.toString('base64'), probes: [...probes] },
  );
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The district fill as drawn on the built-in light background. */
function districtFill(): [number, number, number] {
  const { background, area, areaFillOpacity } = SCHEME_COLOURS.light;
  const [bg, fg] = [hexToRgb(background), hexToRgb(area)];
  return [0, 1, 2].map((channel) => Math.round((bg[channel] ?? 0) * (1 - areaFillOpacity) + (fg[channel] ?? 0) * areaFillOpacity)) as [number, number, number];
}

function listButtons(page: Page) {
  return page.locator('.site-explorer__list [data-site-id]');
}

function viewFromUrl(url: string): { lon: number; lat: number; z: number } | undefined {
  const params = new URL(url).searchParams;
  if (!params.has('lon')) return undefined;
  return { lon: Number(params.get('lon')), lat: Number(params.get('lat')), z: Number(params.get('z')) };
}

// ---------- tests ----------

test('the map draws the districts on a non-blank canvas with the built-in style, and says the background map is unavailable', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('Map:')) warnings.push(message.text());
  });
  try {
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    await waitForMap(page);
    const { background, area } = SCHEME_COLOURS.light;
    const pixels = await canvasPixels(page, [hexToRgb(background), districtFill(), hexToRgb(area)]);
    assert.ok(pixels.width > 300 && pixels.height > 300, `canvas is ${pixels.width}×${pixels.height}`);
    assert.ok(pixels.distinct >= 8, `only ${pixels.distinct} distinct colours: the canvas looks blank`);
    const [backgroundShare = 0, fillShare = 0, outlineShare = 0] = pixels.shares;
    assert.ok(backgroundShare > 0.2, `background covers ${backgroundShare}`);
    assert.ok(fillShare > 0.02, `district fill covers only ${fillShare}`);
    assert.ok(outlineShare > 0.001, `district outline covers only ${outlineShare}`);
    assert.match(await page.locator('.site-map__note').innerText(), /Bakgrundskartan kunde inte laddas/);
    // District names are HTML labels on the map.
    const labels = await page.locator('.site-map__label').allInnerTexts();
    assert.deepEqual(labels.sort(), areasDocument.features.map((feature) => feature.properties.name.sv).sort());
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
  } finally {
    await context.close();
  }
});

test('"builtin:" as the basemap style uses the built-in style without a note', async () => {
  const builtInServer = await startStaticServer(DIST, { '/config.json': { dataBaseUrl: 'data/v1/', basemapStyleUrl: 'builtin:' } });
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await page.goto(`${builtInServer.url}/map`);
    await waitForMap(page);
    assert.equal(await page.locator('.site-map__note').count(), 0);
    assert.equal(await page.locator('.maplibregl-ctrl-attrib').count(), 0, 'no attribution for the built-in style');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await builtInServer.close();
  }
});

test('a reachable remote style is used, with the OpenStreetMap attribution shown', async () => {
  const style = {
    version: 8,
    sources: {
      land: {
        type: 'geojson',
        attribution: 'Test basemap',
        data: {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [17, 59],
                [19, 59],
                [19, 60],
                [17, 60],
                [17, 59],
              ],
            ],
          },
        },
      },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f0e6d2' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#e0f0e0' } },
    ],
  };
  const remoteServer = await startStaticServer(DIST, {
    '/config.json': { dataBaseUrl: 'data/v1/', basemapStyleUrl: '/basemap/style.json' },
    '/basemap/style.json': style,
  });
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await page.goto(`${remoteServer.url}/map`);
    await waitForMap(page);
    await page.locator('.maplibregl-ctrl-attrib', { hasText: 'Test basemap' }).waitFor();
    await waitForMapIdle(page);
    assert.equal(await page.locator('.site-map__note').count(), 0, 'no "unavailable" note when the style loads');
    const attribution = await page.locator('.maplibregl-ctrl-attrib').innerText();
    assert.match(attribution, /OpenStreetMap/);
    assert.match(attribution, /Test basemap/);
    const pixels = await canvasPixels(page, [[0xe0, 0xf0, 0xe0]]);
    assert.ok((pixels.shares[0] ?? 0) > 0.1, 'the remote style’s own layer is drawn');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await remoteServer.close();
  }
});

test('a remote style whose tiles fail falls back to the built-in style and says so', async () => {
  const style = {
    version: 8,
    sources: { streets: { type: 'vector', tiles: ['/no-tiles/{z}/{x}/{y}.pbf'], maxzoom: 14 } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f0e6d2' } },
      { id: 'roads', type: 'line', source: 'streets', 'source-layer': 'transportation', paint: { 'line-color': '#999999' } },
    ],
  };
  const brokenServer = await startStaticServer(DIST, {
    '/config.json': { dataBaseUrl: 'data/v1/', basemapStyleUrl: '/basemap/style.json' },
    '/basemap/style.json': style,
  });
  const { page, context } = await openPage(shared.browser);
  try {
    await page.goto(`${brokenServer.url}/map`);
    await page.locator('.site-map__note').waitFor({ timeout: 20_000 });
    assert.match(await page.locator('.site-map__note').innerText(), /Bakgrundskartan kunde inte laddas/);
    await page.waitForFunction(() => performance.getEntriesByName('gsm-map:sites-to-idle').length > 0, undefined, { timeout: 20_000 });
    const { background } = SCHEME_COLOURS.light;
    const pixels = await canvasPixels(page, [hexToRgb(background), districtFill()]);
    assert.ok((pixels.shares[0] ?? 0) > 0.2, 'the built-in background is drawn');
    assert.ok((pixels.shares[1] ?? 0) > 0.02, 'the districts are still drawn');
  } finally {
    await context.close();
    await brokenServer.close();
  }
});

test('the list shows as many sites as the data has, and so does the map; filtering by domain changes both', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    const total = sitesDocument.features.length;
    assert.equal(await waitForMap(page), total, 'the map got every site');
    assert.equal(await listButtons(page).count(), total, 'the list shows every site');
    assert.match(await page.locator('.site-explorer__count').innerText(), new RegExp(`Visar alla ${total} platser`));
    const before = await canvasPixels(page);

    const measuresBefore = await measureCount(page);
    await page.getByRole('checkbox', { name: /Bostäder/ }).uncheck();
    const housing = sitesDocument.features.filter((site) => site.properties.domain === 'housing').length;
    assert.ok(housing > 0);
    await page.waitForFunction((count) => performance.getEntriesByName('gsm-map:sites-to-idle').length > count, measuresBefore);
    assert.equal(await lastSitesOnMap(page), total - housing, 'the map lost the housing sites');
    assert.equal(await listButtons(page).count(), total - housing, 'the list lost the housing sites');
    assert.match(page.url(), /domain=energy%2Cmobility/);
    const afterFilter = await canvasPixels(page);
    assert.notDeepEqual(afterFilter.signature, before.signature, 'the map looks different');

    // The search box is a filter too: list and map both follow it.
    const word = 'valla';
    const found = sitesDocument.features.filter(
      (site) =>
        site.properties.domain !== 'housing' &&
        JSON.stringify([site.properties.name, site.properties.summary ?? {}])
          .toLowerCase()
          .includes(word),
    ).length;
    assert.ok(found > 0 && found < total - housing, 'the search word narrows the sites');
    const measuresBeforeSearch = await measureCount(page);
    await page.getByRole('searchbox', { name: 'Sök' }).fill(word);
    await page.waitForFunction((count) => performance.getEntriesByName('gsm-map:sites-to-idle').length > count, measuresBeforeSearch);
    assert.equal(await lastSitesOnMap(page), found, 'the map shows the sites found');
    assert.equal(await listButtons(page).count(), found, 'the list shows the sites found');
    assert.match(page.url(), /q=valla/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('selecting a site in the list opens its panel and centres the map on it', async () => {
  const { page, context, errors } = await openPage(shared.browser);
  try {
    await page.goto(`${shared.server.url}/map`);
    await waitForMap(page);
    const site = sitesDocument.features.find((feature) => feature.geometry.type === 'Point' && feature.properties.areaId === firstArea.id);
    if (!site) throw new Error('no point site');
    const name = site.properties.name.sv ?? '';
    await page.locator(`.site-explorer__list [data-site-id="${site.id}"]`).click();
    const heading = page.getByRole('heading', { level: 2, name, exact: true });
    await heading.waitFor();
    assert.ok(await heading.evaluate((element) => element === document.activeElement), 'focus moved to the panel heading');
    // The map writes its view to the URL once it has come to rest after centring.
    const [lon, lat] = site.geometry.coordinates;
    await page
      .waitForURL(
        (url) => {
          const current = viewFromUrl(url.href);
          return current !== undefined && Math.abs(current.lon - lon) < 2e-5 && Math.abs(current.lat - lat) < 2e-5;
        },
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const view = viewFromUrl(page.url());
    assert.ok(view, 'the view is in the URL');
    assert.ok(
      Math.abs(view.lon - site.geometry.coordinates[0]) < 2e-5 && Math.abs(view.lat - site.geometry.coordinates[1]) < 2e-5,
      `map centre ${view.lon},${view.lat} is not the site ${site.geometry.coordinates.join(',')}`,
    );
    assert.ok(view.z >= 15, `zoomed to ${view.z}, not far enough to show the site on its own`);
    assert.match(page.url(), new RegExp(`site=${site.id}`));
    assert.equal(await page.locator(`.site-explorer__list [data-site-id="${site.id}"]`).getAttribute('aria-current'), 'true');
    // The selected site is ringed on the map, at its centre.
    const pixels = await canvasPixels(page, [hexToRgb('#c2410c')]);
    assert.ok((pixels.shares[0] ?? 0) > 0.0005, 'the selection ring is drawn');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a site named <img src=x onerror=alert(1)> shows that text literally, in the list and the panel, and runs nothing', async () => {
  const evil = '<img src=x onerror=alert(1)>';
  const [first, ...rest] = sitesDocument.features;
  if (!first) throw new Error('no site');
  const sites = {
    ...sitesDocument,
    features: [
      { ...first, properties: { ...first.properties, name: { sv: evil, en: evil }, summary: { sv: '<script>alert(2)</script>' }, url: 'javascript:alert(3)' } },
      ...rest,
    ],
  };
  const evilServer = await startStaticServer(DIST, { '/data/v1/sites.geojson': sites });
  const { page, context, errors } = await openPage(shared.browser);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.goto(`${evilServer.url}/map`);
    await waitForMap(page);
    const button = page.locator(`.site-explorer__list [data-site-id="${first.id}"]`);
    assert.match(await button.innerText(), /<img src=x onerror=alert\(1\)>/);
    await button.click();
    const heading = page.locator('.site-panel__title');
    await heading.waitFor();
    assert.equal(await heading.innerText(), evil);
    assert.match(await page.locator('.site-panel').innerText(), /<script>alert\(2\)<\/script>/);
    assert.equal(await page.locator('main img, main script').count(), 0, 'no element was made from the data');
    assert.equal(await page.locator('.site-panel a[href^="javascript"]').count(), 0);
    // A script made from the data would have run when its element was inserted; once the map has
    // drawn the selection and is still, every such chance has passed.
    await waitForMapIdle(page);
    assert.deepEqual(dialogs, [], 'no script ran');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await evilServer.close();
  }
});

test('a copied URL restores the view, the filters and the selected site', async () => {
  const first = await openPage(shared.browser);
  const differing = (a: CanvasPixels, b: CanvasPixels) => a.signature.filter((value, index) => value !== b.signature[index]).length / a.signature.length;
  try {
    await first.page.goto(`${shared.server.url}/map`);
    await waitForMap(first.page);
    const measures = await measureCount(first.page);
    await first.page.getByRole('checkbox', { name: /Planerad/ }).uncheck();
    await first.page.waitForFunction((count) => performance.getEntriesByName('gsm-map:sites-to-idle').length > count, measures);
    const framed = await canvasPixels(first.page);
    // Zoom and pan with the keyboard, as a keyboard user would.
    await waitForMapIdle(first.page);
    const before = viewFromUrl(first.page.url());
    await first.page.locator('.maplibregl-canvas').focus();
    await first.page.keyboard.press('Equal');
    await first.page.keyboard.press('ArrowLeft');
    await first.page.keyboard.press('ArrowUp');
    await first.page.waitForURL((url) => JSON.stringify(viewFromUrl(url.href)) !== JSON.stringify(before));
    // The keyboard moves have ended and the map has written its final view once it is still.
    await waitForMapIdle(first.page);
    const view = viewFromUrl(first.page.url());
    if (!view) throw new Error('no view in the URL');

    // Select a site (this centres the map on it); the link shared is that selection at the panned view.
    const site = sitesDocument.features.find((feature) => feature.properties.status !== 'planned');
    if (!site) throw new Error('no site');
    await first.page.locator(`.site-explorer__list [data-site-id="${site.id}"]`).click();
    await first.page.getByRole('heading', { level: 2, name: site.properties.name.sv ?? '', exact: true }).waitFor();
    const url = new URL(first.page.url());
    url.searchParams.set('lon', String(view.lon));
    url.searchParams.set('lat', String(view.lat));
    url.searchParams.set('z', String(view.z));
    const copied = url.href;
    // The picture at that link where it was made.
    await first.page.goto(copied);
    await waitForMap(first.page);
    await waitForMapIdle(first.page);
    const reference = await canvasPixels(first.page);
    assert.ok(differing(reference, framed) > 0.05, 'the keyboard moved the map (otherwise this test could not tell a restored view from the default one)');

    const second = await openPage(shared.browser);
    try {
      await second.page.goto(copied);
      await waitForMap(second.page);
      await waitForMapIdle(second.page);
      assert.equal(second.page.url(), copied, 'opening the link does not change it');
      assert.equal(await second.page.getByRole('checkbox', { name: /Planerad/ }).isChecked(), false, 'the filter is restored');
      assert.equal(await second.page.locator('.site-panel__title').innerText(), site.properties.name.sv, 'the selected site is restored');
      const restored = await canvasPixels(second.page);
      assert.ok(differing(restored, reference) < 0.005, `${differing(restored, reference)} of the sampled pixels differ: the view was not restored`);
      assert.deepEqual(second.errors, []);
    } finally {
      await second.context.close();
    }
    assert.deepEqual(first.errors, []);
  } finally {
    await first.context.close();
  }
});

test('keyboard only: Tab to a site, Enter opens it, Escape closes it and returns to the site', async () => {
  const { page, context, errors } = await openPage(shared.browser, { reducedMotion: 'no-preference' });
  try {
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    await waitForMap(page);
    let focused: string | null = null;
    for (let step = 0; step < 60 && !focused; step++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-site-id') ?? null);
    }
    assert.ok(focused, 'a site button is reachable with Tab');
    await page.keyboard.press('Enter');
    await page.locator('.site-panel__title').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('site-panel__title')), true, 'focus is on the panel heading');
    assert.match(page.url(), new RegExp(`site=${focused}`));
    await page.keyboard.press('Escape');
    await page.locator('.site-panel').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-site-id')), focused, 'focus is back on the site');
    // The map itself is reachable and zooms with the keyboard.
    for (let step = 0; step < 80; step++) {
      if (await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))) break;
      await page.keyboard.press('Tab');
    }
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Karta över pilotplatserna. Flytta med piltangenterna och zooma med plus och minus. Listan innehåller samma platser.',
    );
    await waitForMapIdle(page);
    const zoomBefore = viewFromUrl(page.url())?.z ?? -1;
    await page.keyboard.press('Equal');
    await page.waitForURL((url) => (viewFromUrl(url.href)?.z ?? -1) > zoomBefore + 0.5);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const language of ['sv', 'en'] as const) {
  test(`axe finds nothing on the map page in ${language}, with and without the panel open`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      await page.goto(`${shared.server.url}${language === 'sv' ? '' : '/en'}/map`);
      await waitForContent(page);
      await waitForMap(page);
      assert.deepEqual(await axeViolations(page), [], 'panel closed');
      await listButtons(page).first().click();
      await page.locator('.site-panel__title').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'panel open');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`axe finds nothing on a district page in ${language}, and its small map draws the district`, async () => {
    const { page, context, errors } = await openPage(shared.browser);
    try {
      await page.goto(`${shared.server.url}${language === 'sv' ? '' : '/en'}/areas/${firstArea.id}`);
      await waitForContent(page);
      // The small map is an outline until the reader asks for it.
      assert.equal(await page.locator('.site-explorer canvas').count(), 0, 'no map library before it is asked for');
      assert.deepEqual(await axeViolations(page), [], 'with the outline');
      await page.getByRole('button', { name: language === 'sv' ? 'Visa kartan' : 'Show the map' }).click();
      await waitForMap(page);
      const pixels = await canvasPixels(page, [districtFill()]);
      assert.ok(pixels.distinct >= 8, 'the small map is not blank');
      assert.ok((pixels.shares[0] ?? 0) > 0.05, 'the district fills a good part of its small map');
      const onMap = await lastSitesOnMap(page);
      assert.equal(onMap, sitesDocument.features.filter((site) => site.properties.areaId === firstArea.id).length);
      assert.equal(await listButtons(page).count(), onMap);
      assert.deepEqual(await axeViolations(page), [], 'panel closed');
      await listButtons(page).first().click();
      await page.locator('.site-panel__title').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'panel open');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('on a phone, map and list are two tabs, the panel comes up from the bottom, and nothing scrolls sideways', async () => {
  const { page, context, errors } = await openPage(shared.browser, { viewport: { width: 375, height: 740 } });
  try {
    const mapScripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && /map-engine|maplibre/.test(request.url())) mapScripts.push(request.url());
    });
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    const mapTab = page.getByRole('tab', { name: 'Karta' });
    const listTab = page.getByRole('tab', { name: 'Lista' });
    assert.equal(await mapTab.getAttribute('aria-selected'), 'true');
    // The map tab opens on a picture of the districts, their names and the sites; the map library
    // loads only when asked for (its start-up alone held the page's Lighthouse score at 75).
    const picture = page.getByRole('img', { name: /^Översikt över / });
    await picture.waitFor();
    const names = areasDocument.features.map((area) => area.properties.name.sv);
    assert.deepEqual(await picture.locator('text.map-preview__name').allTextContents(), names);
    assert.ok((await picture.locator('.map-preview__site').count()) > 0, 'the sites are in the picture');
    const pictureBox = await picture.boundingBox();
    assert.ok(pictureBox && pictureBox.height > 300, `the picture fills the map tab (${JSON.stringify(pictureBox)})`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(mapScripts, [], 'no map code before the reader asks');
    assert.deepEqual(await axeViolations(page), [], 'with the picture');
    await page.getByRole('button', { name: 'Visa kartan' }).click();
    await waitForMap(page);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true, 'the focus moves to the map');
    assert.equal(await listButtons(page).first().isVisible(), false, 'the list is behind its tab');
    await listTab.click();
    await listButtons(page).first().waitFor({ state: 'visible' });
    await listButtons(page).first().click();
    const panel = page.locator('.site-explorer__panel');
    await panel.waitFor();
    const box = await panel.boundingBox();
    assert.ok(box && Math.abs(box.y + box.height - 740) < 2 && box.width >= 374, `the panel is a bottom sheet (${JSON.stringify(box)})`);
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await mapTab.click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the map library is not in the entry chunk: it loads only on the map and district pages', async () => {
  const manifest = readManifest(DIST);
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('no entry chunk');
  const closure = staticClosure(manifest, [entry]);
  for (const key of closure) {
    const code = readFileSync(join(DIST, manifest[key]?.file ?? ''), 'utf8');
    assert.doesNotMatch(code, /maplibre|setWorkerUrl/i, `${key} (loaded on every page) contains the map library`);
  }
  const { page, context } = await openPage(shared.browser);
  try {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${shared.server.url}/about`);
    await mainHeading(page);
    await page.waitForLoadState('networkidle');
    assert.equal(scripts.filter((url) => /map-engine|maplibre/.test(url)).length, 0, 'the about page downloads no map code');
  } finally {
    await context.close();
  }
});

/** WCAG contrast of two CSS colours as the page computes them ("rgb(…)"/"rgba(…)"). */
function cssContrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

test('in dark mode the legend’s fills read as on a light page: filled stands out (≥ 3:1), unfilled shows the panel', async () => {
  const { page, context, errors } = await openPage(shared.browser, { colorScheme: 'dark' });
  try {
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    const legend = page.locator('.map-legend');
    const panel = await legend.evaluate((element) => getComputedStyle(element).backgroundColor);
    // No named helpers inside: tsx's `__name` does not exist in the page.
    const swatches = await legend.locator('li').evaluateAll((items) =>
      items.map((item) => ({
        text: item.textContent ?? '',
        paths: [...item.querySelectorAll('svg path')].map((path) => ({ fill: getComputedStyle(path).fill, stroke: getComputedStyle(path).stroke })),
      })),
    );
    const transparent = (colour: string) => colour === 'none' || colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const statusItem = (word: RegExp) => {
      const found = swatches.find((swatch) => word.test(swatch.text));
      if (!found) throw new Error(`no legend item ${word}: ${JSON.stringify(swatches.map((swatch) => swatch.text))}`);
      return found;
    };
    // The parts, in order: halo, body, [left half], outline (site-symbol.tsx).
    const completed = statusItem(/^Klar/);
    const body = completed.paths[1]?.fill ?? 'none';
    assert.ok(!transparent(body) && cssContrast(body, panel) >= 3, `"Klar (fylld)" fill ${body} on ${panel}: ${cssContrast(body, panel).toFixed(2)}:1`);
    const planned = statusItem(/^Planerad/);
    const inside = planned.paths[1]?.fill ?? 'none';
    assert.ok(transparent(inside) || cssContrast(inside, panel) < 1.5, `"Planerad (ofylld)" is filled with ${inside} on ${panel}`);
    const outline = planned.paths.at(-1)?.stroke ?? 'none';
    assert.ok(cssContrast(outline, panel) >= 3, `"Planerad" outline ${outline} on ${panel}: ${cssContrast(outline, panel).toFixed(2)}:1`);
    const inProgress = statusItem(/^Pågår/);
    const half = inProgress.paths[2]?.fill ?? 'none';
    assert.ok(cssContrast(half, panel) >= 3, `the filled half of "Pågår" ${half} on ${panel}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ---------- the map on a phone (390 × 844) ----------

const PHONE = { width: 390, height: 844 };

/** Where a place is on the map's container, from the view the map wrote to the URL (Web Mercator, 512 px tiles). */
function screenPoint(
  view: { lon: number; lat: number; z: number },
  box: { x: number; y: number; width: number; height: number },
  [lon, lat]: [number, number],
) {
  const world = 512 * 2 ** view.z;
  const mx = (longitude: number) => ((longitude + 180) / 360) * world;
  const my = (latitude: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / Math.PI) / 2) * world;
  return { x: box.x + box.width / 2 + mx(lon) - mx(view.lon), y: box.y + box.height / 2 + my(lat) - my(view.lat) };
}

test('on a phone, "Visa kartan" is on the first screen, and the picture draws each site with its legend symbol; tapping one opens its sheet', async () => {
  const { page, context, errors } = await openPage(shared.browser, { viewport: PHONE });
  try {
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    const button = page.getByRole('button', { name: 'Visa kartan' });
    const box = await button.boundingBox();
    assert.ok(box && box.y + box.height <= PHONE.height, `the button ends at ${box ? box.y + box.height : '?'} px, below the first screen`);
    const marks = await page.locator('.map-preview__site[data-site-id]').evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-site-id') ?? '',
        strokes: [...element.querySelectorAll('path[stroke]')].map((path) => path.getAttribute('stroke')),
      })),
    );
    assert.ok(marks.length >= 3, `${marks.length} single sites in the picture`);
    for (const mark of marks) {
      const site = sitesDocument.features.find((feature) => feature.id === mark.id);
      assert.ok(site, `${mark.id} is a site`);
      const colour = DOMAIN_COLOURS[site.properties.domain as keyof typeof DOMAIN_COLOURS];
      assert.ok(mark.strokes.includes(colour), `${mark.id} is drawn in its topic's colour ${colour}: ${mark.strokes.join(', ')}`);
    }
    const first = marks[0]!;
    const name = sitesDocument.features.find((feature) => feature.id === first.id)?.properties.name.sv ?? '';
    await page.locator(`.map-preview__site[data-site-id="${first.id}"]`).click();
    await page.locator('.site-panel__title', { hasText: name }).waitFor();
    assert.match(page.url(), new RegExp(`site=${first.id}`));
    assert.equal(await page.locator('.site-map__container').count(), 0, 'the sheet opened without loading the map');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('on a phone, Back closes the open site sheet and stays on the map page; the next Back leaves it', async () => {
  const { page, context, errors } = await openPage(shared.browser, { viewport: PHONE });
  try {
    await page.goto(`${shared.server.url}/about`);
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    await page.getByRole('tab', { name: 'Lista' }).click();
    await listButtons(page).first().click();
    const panel = page.locator('.site-explorer__panel');
    await panel.waitFor();
    assert.match(page.url(), /site=/);
    await page.goBack();
    await panel.waitFor({ state: 'detached' });
    const url = new URL(page.url());
    assert.equal(url.pathname, '/map', 'still on the map page');
    assert.equal(url.searchParams.get('site'), null);
    // Closing with the button after opening again leaves no stale entry: Back then leaves the page.
    await listButtons(page).first().click();
    await panel.waitFor();
    await page.getByRole('button', { name: /Stäng/ }).click();
    await panel.waitFor({ state: 'detached' });
    await page.goBack();
    await page.waitForURL((address) => address.pathname === '/about');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('on a phone, tapping a cluster zooms in until its sites stand apart: the eleven Valla torg sites in at most two taps, and no district name is under the zoom buttons', async () => {
  const { page, context, errors } = await openPage(shared.browser, { viewport: PHONE });
  try {
    await page.goto(`${shared.server.url}/map`);
    await waitForContent(page);
    await page.getByRole('button', { name: 'Visa kartan' }).click();
    await waitForMap(page);
    await waitForMapIdle(page);
    const container = await page.locator('.site-map__container').boundingBox();
    if (!container) throw new Error('no map');
    // District names are inside the map and clear of its zoom buttons.
    const controls = await page.locator('.maplibregl-ctrl-group').boundingBox();
    for (const label of await page.locator('.site-map__label').all()) {
      const box = await label.boundingBox();
      if (!box || !controls) continue;
      const text = await label.innerText();
      assert.ok(box.x >= container.x - 1 && box.x + box.width <= container.x + container.width + 1, `${text} is cut at the map's edge`);
      const overlaps =
        box.x < controls.x + controls.width && controls.x < box.x + box.width && box.y < controls.y + controls.height && controls.y < box.y + box.height;
      assert.ok(!overlaps, `${text} (${JSON.stringify(box)}) is under the zoom buttons (${JSON.stringify(controls)})`);
    }
    const valla = sitesDocument.features.filter((site) => site.id.startsWith('valla-torg')).map((site) => site.geometry.coordinates);
    assert.ok(valla.length >= 5);
    const centre: [number, number] = [valla.reduce((sum, [lon]) => sum + lon, 0) / valla.length, valla.reduce((sum, [, lat]) => sum + lat, 0) / valla.length];
    const apart = (view: { lon: number; lat: number; z: number }) =>
      view.z >= SITE_ZOOM &&
      valla.every((position) => {
        const point = screenPoint(view, container, position);
        return point.x > container.x && point.x < container.x + container.width && point.y > container.y && point.y < container.y + container.height;
      });
    let taps = 0;
    for (; taps < 5; taps++) {
      const view = viewFromUrl(page.url());
      if (!view) throw new Error('no view in the URL');
      if (apart(view)) break;
      // The Valla torg sites' cluster, or the district's that holds it.
      const point = screenPoint(view, container, centre);
      await page.mouse.click(point.x, point.y);
      await page.waitForURL((url) => (viewFromUrl(url.href)?.z ?? 0) > view.z + 0.01, { timeout: 10_000 });
      await waitForMapIdle(page);
    }
    assert.ok(taps <= 2, `${taps} taps to separate the Valla torg sites`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('"Nära mig": the browser’s position orders the sites by distance (nothing is requested for it), and an address is found through the configured geocoder', async () => {
  const brofastet = sitesDocument.features.find((site) => site.id === 'brofastet') ?? sitesDocument.features[0]!;
  const valla = sitesDocument.features.find((site) => site.id === 'valla-torg-7g') ?? sitesDocument.features.at(-1)!;
  // A fake Nominatim: answers any search with the place of one Valla torg site.
  const asked: string[] = [];
  const geocoder = createServer((request, response) => {
    asked.push(request.url ?? '');
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    const [lon, lat] = valla.geometry.coordinates;
    response.end(JSON.stringify([{ lat: String(lat), lon: String(lon), display_name: 'Valla torg, Årsta' }]));
  });
  await new Promise<void>((done) => geocoder.listen(0, '127.0.0.1', done));
  const geocoderUrl = `http://127.0.0.1:${(geocoder.address() as AddressInfo).port}/search`;
  const server = await startStaticServer(DIST, { '/config.json': { dataBaseUrl: 'data/v1/', basemapStyleUrl: 'builtin:', geocoderUrl } });
  // The reader stands about 55 m north of Brofästet.
  const [lon, lat] = [brofastet.geometry.coordinates[0], brofastet.geometry.coordinates[1] + 0.0005];
  const { page, context, errors } = await openPage(shared.browser, { geolocation: { latitude: lat, longitude: lon } });
  try {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/map`);
    await waitForContent(page);
    const before = requests.length;
    await page.getByRole('button', { name: 'Visa platser nära mig' }).click();
    const results = page.locator('.near-me__list [data-near-site-id]');
    await results.first().waitFor();
    assert.equal(await results.first().getAttribute('data-near-site-id'), brofastet.id, 'the nearest site first');
    assert.match(await results.first().innerText(), /\d+ m bort/);
    const ids = await results.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-near-site-id') ?? ''));
    const distance = (id: string) => {
      const site = sitesDocument.features.find((feature) => feature.id === id);
      if (!site) return Infinity;
      // Haversine (the great-circle distance), computed here independently of the app.
      const rad = Math.PI / 180;
      const [siteLon, siteLat] = site.geometry.coordinates;
      const a = Math.sin(((siteLat - lat) * rad) / 2) ** 2 + Math.cos(lat * rad) * Math.cos(siteLat * rad) * Math.sin(((siteLon - lon) * rad) / 2) ** 2;
      return Math.asin(Math.sqrt(a));
    };
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => distance(a) - distance(b)),
      'nearest first',
    );
    // The map may still be fetching its own code from the app's server; nothing else goes out, and nothing carries the position.
    const sent = requests.slice(before);
    assert.deepEqual(
      sent.filter((url) => !url.startsWith(`${server.url}/assets/`)),
      [],
      'the position was not sent anywhere',
    );
    assert.ok(!sent.some((url) => url.includes(String(lat).slice(0, 6))), 'no request carries the position');
    assert.deepEqual(asked, [], 'nor to the geocoder');
    // Opening a result opens the site.
    await results.first().click();
    await page.locator('.site-panel__title').waitFor();
    assert.match(page.url(), new RegExp(`site=${brofastet.id}`));
    await page.keyboard.press('Escape');

    await page.getByRole('searchbox', { name: 'Eller sök på en adress' }).fill('Valla torg 7');
    await page.getByRole('button', { name: 'Sök adress' }).click();
    await page.locator(`.near-me__list [data-near-site-id="${valla.id}"]`).first().waitFor();
    assert.equal(await results.first().getAttribute('data-near-site-id'), valla.id);
    assert.equal(asked.length, 1);
    assert.equal(new URL(asked[0]!, 'http://x').searchParams.get('q'), 'Valla torg 7', 'only the address was sent');
    assert.match(await page.locator('.near-me').innerText(), /Närmast Valla torg 7/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    await new Promise((done) => geocoder.close(done));
  }
});
