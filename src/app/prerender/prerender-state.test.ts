import { QueryClient, dehydrate, hydrate } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../contract/schemas';
import {
  canHydrate,
  choosePageRoot,
  PRERENDER_STATE_ID,
  readPrerenderState,
  rebaseQueries,
  seededDocumentUrls,
  serializePrerenderState,
  type PrerenderState,
} from './prerender-state';

const SERVER_BASE = 'http://prerender.invalid/data/v1/';
const BROWSER_BASE = 'https://monitor.example.org/data/v1/';

function stateWith(meta: unknown): PrerenderState {
  const client = new QueryClient();
  client.setQueryData(['data', SERVER_BASE, 'meta.json'], meta);
  return { path: '/about', sameOnPhones: true, configJson: {}, dataBaseUrl: SERVER_BASE, renderedAt: '2026-11-29T10:00:00.000Z', queries: dehydrate(client) };
}

describe('prerender state', () => {
  it('survives the page as JSON, and no data text can close its script element', () => {
    const state = stateWith({ title: '</script><script>alert(1)</script>' });
    const json = serializePrerenderState(state);
    expect(json).not.toContain('</script>');
    document.body.innerHTML = `<script id="${PRERENDER_STATE_ID}" type="application/json">${json}</script>`;
    expect(readPrerenderState(document)).toEqual(state);
  });

  it('is ignored when missing or unreadable', () => {
    document.body.innerHTML = '';
    expect(readPrerenderState(document)).toBeUndefined();
    document.body.innerHTML = `<script id="${PRERENDER_STATE_ID}" type="application/json">{not json</script>`;
    expect(readPrerenderState(document)).toBeUndefined();
  });

  it("is moved to the browser's data base and dated when the page arrived", () => {
    const client = new QueryClient();
    const receivedAt = Date.now();
    hydrate(client, rebaseQueries(stateWith({ title: 'T' }).queries, SERVER_BASE, BROWSER_BASE, receivedAt));
    const query = client.getQueryCache().find({ queryKey: ['data', BROWSER_BASE, 'meta.json'] });
    expect(query?.state.data).toEqual({ title: 'T' });
    expect(query?.state.dataUpdatedAt).toBe(receivedAt);
    expect(query?.isStaleByTime(5 * 60_000)).toBe(false);
    expect(client.getQueryCache().find({ queryKey: ['data', SERVER_BASE, 'meta.json'] })).toBeUndefined();
  });

  it("names the documents it carries by the browser's URLs (what the service worker is given for offline use), internal ones not", () => {
    const client = new QueryClient();
    client.setQueryData(['data', SERVER_BASE, 'meta.json'], {});
    client.setQueryData(['data', SERVER_BASE, 'observations/heat.json'], {});
    client.setQueryData(['internal', SERVER_BASE, 'indicators.json'], {});
    expect(seededDocumentUrls(rebaseQueries(dehydrate(client), SERVER_BASE, BROWSER_BASE, Date.now()))).toEqual([
      `${BROWSER_BASE}meta.json`,
      `${BROWSER_BASE}observations/heat.json`,
    ]);
  });

  it('lets a phone hydrate a page whose layout differs on phones only when its root is the phone markup', () => {
    const config = { dataBaseUrl: SERVER_BASE, defaultLanguage: 'sv' } as unknown as AppConfig;
    const context = (isPhone: boolean, onPhoneMarkup = false) => ({
      path: '/about',
      config,
      prerenderConfig: config,
      now: new Date('2026-11-29T15:00:00Z'),
      isPhone,
      onPhoneMarkup,
    });
    const differsOnPhones = { ...stateWith({}), sameOnPhones: false };
    expect(canHydrate(differsOnPhones, context(false))).toBe(true);
    expect(canHydrate(differsOnPhones, context(true))).toBe(false);
    expect(canHydrate(differsOnPhones, context(true, true))).toBe(true);
    expect(canHydrate(differsOnPhones, { ...context(true, true), now: new Date('2026-11-30T08:00:00Z') })).toBe(false);
  });

  it('keeps the markup that is on screen as the root and removes the other, without moving either', () => {
    const page = () => {
      document.body.innerHTML = '<div id="root-phone"><h1>Phone</h1></div><div id="root"><h1>Wide</h1></div>';
      return document.getElementById('root') as HTMLElement;
    };
    let root = page();
    const phoneRoot = document.getElementById('root-phone');
    expect(choosePageRoot(document, root, true)).toBe(phoneRoot);
    expect(document.body.innerHTML).toBe('<div id="root"><h1>Phone</h1></div>');
    root = page();
    expect(choosePageRoot(document, root, false)).toBe(root);
    expect(document.body.innerHTML).toBe('<div id="root"><h1>Wide</h1></div>');
    document.body.innerHTML = '<div id="root"><h1>Only</h1></div>';
    root = document.getElementById('root') as HTMLElement;
    expect(choosePageRoot(document, root, true)).toBe(root);
    expect(document.body.innerHTML).toBe('<div id="root"><h1>Only</h1></div>');
  });
});
