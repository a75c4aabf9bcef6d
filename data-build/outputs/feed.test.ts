/**
 * The Atom feed and the changes it is made from. `npm run data:build:embedded` compares the
 * embedded dataset with a previous output that differs (data-build/fixtures/previous-output/,
 * passed as --previous / --internal-previous): the committed changes.json and feed.xml are what
 * the build makes, list the expected changes, and the feed is one a namespace-aware XML parser
 * reads with every element Atom 1.0 (RFC 4287) requires.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { changesDocumentSchema } from '../../src/contract/schemas.ts';
import { buildEmbedded, ROOT } from '../test/embedded.ts';
import { buildFeed } from './feed.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const PUBLIC_OUTPUT = join(ROOT, 'public/data/v1');
const INTERNAL_OUTPUT = join(ROOT, 'data/internal/v1');

const committed = (folder: string, name: string) => readFileSync(join(folder, name), 'utf8');
const publicChanges = changesDocumentSchema.parse(JSON.parse(committed(PUBLIC_OUTPUT, 'changes.json')));
const internalChanges = changesDocumentSchema.parse(JSON.parse(committed(INTERNAL_OUTPUT, 'changes.json')));
const feed = committed(PUBLIC_OUTPUT, 'feed.xml');
const built = await buildEmbedded();

function parseXml(text: string) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(text, 'application/xml');
  expect(errors).toEqual([]);
  return document;
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === ATOM && (node as Element).localName === name,
  );
}

function text(parent: Element, name: string): string {
  const [element, ...rest] = children(parent, name);
  expect(element, `<${name}> in <${parent.localName}>`).toBeDefined();
  expect(rest, `one <${name}> in <${parent.localName}>`).toEqual([]);
  return element!.textContent ?? '';
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('the committed changes.json and feed.xml of the embedded dataset', () => {
  test('list the new, changed and removed values, the status change and the overdue indicator', () => {
    expect(publicChanges.updates).toHaveLength(1);
    const [update] = publicChanges.updates;
    expect(update?.updated).toBe('2026-11-20T09:00:00Z');
    expect(update?.previousUpdated).toBe('2026-05-20T09:00:00Z');
    // Indicator by indicator in the catalogue's order (data-build/changes.ts).
    expect(update?.changes).toEqual([
      { kind: 'value-changed', indicatorId: 'renewable-energy-share', areaId: 'norra-djurgardsstaden', period: '2025', before: 91, after: 89 },
      {
        kind: 'status-changed',
        indicatorId: 'renewable-energy-share',
        areaId: 'norra-djurgardsstaden',
        goalId: 'fossil-free-energy',
        before: 'on-track',
        after: 'at-risk',
      },
      { kind: 'value-added', indicatorId: 'ev-charging-share', areaId: 'arsta', period: '2025', before: null, after: 6 },
      { kind: 'value-changed', indicatorId: 'electric-car-share', areaId: 'norra-djurgardsstaden', period: '2025', before: 39, after: 41 },
      { kind: 'value-removed', indicatorId: 'residual-waste-per-home', areaId: 'arsta', period: '2025', before: 97, after: null },
      { kind: 'became-overdue', indicatorId: 'residual-waste-per-home', areaId: 'arsta', period: '2022' },
      // Assessments the previous output did not have (it had those dated up to its own update).
      {
        kind: 'assessment-added',
        indicatorId: 'homes-completed',
        areaId: 'norra-djurgardsstaden',
        goalId: 'homes-built-and-refurbished',
        period: '2026-06-01',
        expected: 'partly',
      },
      {
        kind: 'assessment-added',
        indicatorId: 'residual-waste-per-home',
        areaId: 'norra-djurgardsstaden',
        goalId: 'less-waste-and-waste-traffic',
        period: '2026-06-01',
        expected: 'not',
      },
    ]);
  });

  test('internal changes stay in the internal base, and nothing internal reaches the public changes or the feed', () => {
    expect(internalChanges.updates[0]?.changes).toEqual([
      { kind: 'value-changed', indicatorId: 'meter-data-coverage', areaId: 'arsta', period: '2025', before: 93, after: 95 },
      // The internal assessment of a public target is an internal change.
      {
        kind: 'assessment-added',
        indicatorId: 'ev-charging-share',
        areaId: 'arsta',
        goalId: 'fewer-cars-more-charging',
        period: '2026-10-05',
        expected: 'not',
      },
    ]);
    expect(JSON.stringify(publicChanges)).not.toContain('meter-data-coverage');
    expect(JSON.stringify(publicChanges)).not.toContain('2026-10-05');
    expect(feed).not.toContain('meter-data-coverage');
  });

  test('are what the build makes (else run `npm run data:build:embedded`), and feed.xml is the feed of changes.json', () => {
    expect(built.files.get('changes.json')).toBe(committed(PUBLIC_OUTPUT, 'changes.json'));
    expect(built.files.get('feed.xml')).toBe(feed);
    expect(buildFeed({ ...built.dataset, changes: publicChanges })).toBe(feed);
  });

  test('feed.xml is Atom 1.0: feed id, title, updated, author; each entry id, title, updated, alternate link and content', () => {
    const root = parseXml(feed).documentElement!;
    expect(root.namespaceURI).toBe(ATOM);
    expect(root.localName).toBe('feed');
    // The sample has no address of its own (meta.url), so the ids are tag: IRIs and there is no alternate link.
    expect(text(root, 'id')).toBe('tag:grow-smarter-monitor.invalid,2026:changes');
    expect(text(root, 'title')).toContain('Vad har ändrats / What changed');
    expect(text(root, 'updated')).toMatch(RFC3339);
    expect(children(root, 'author').map((author) => text(author, 'name'))).toEqual(['Grow Smarter Monitor (sample compilation)']);
    // Without an address of its own the feed cannot name itself (rel="self" needs an absolute IRI).
    expect(children(root, 'link').filter((link) => link.getAttribute('rel') === 'self')).toEqual([]);
    const entries = children(root, 'entry');
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(text(entry, 'id')).toBe('tag:grow-smarter-monitor.invalid,2026:changes#update-2026-11-20T09:00:00Z');
    expect(text(entry, 'title')).toBe('Uppdatering 20 november 2026: 8 ändringar / Update 20 November 2026: 8 changes');
    expect(text(entry, 'updated')).toBe('2026-11-20T09:00:00Z');
    expect(children(entry, 'link')).toEqual([]);
    const [content] = children(entry, 'content');
    expect(content?.getAttribute('type')).toBe('xhtml');
    const parts = Array.from(content!.getElementsByTagName('div')).filter((div) => div.getAttribute('lang'));
    expect(parts.map((div) => div.getAttribute('lang'))).toEqual(['sv', 'en']);
    expect(parts[0]?.textContent).toContain('Status: I fas → Risk att missa');
    expect(parts[1]?.textContent).toContain('Status: On track → At risk');
    expect(parts[0]?.textContent).toContain('Ny bedömning från projektet (1 juni 2026): Nås inte');
    expect(parts[1]?.textContent).toContain('New assessment by the project (1 June 2026): Not expected to be met');
    expect(parts[0]?.getElementsByTagName('li')).toHaveLength(8);
  });

  test('the feed is a registered published output: the build writes feed.xml', () => {
    expect([...built.files.keys()]).toContain('feed.xml');
  });
});

describe('buildFeed', () => {
  const dataset = { ...built.dataset, changes: undefined };

  test("a deployed dataset (meta.url) names the feed's own address, as RFC 4287 §4.2.7.2 recommends", () => {
    const deployed = { ...dataset, meta: { ...dataset.meta, url: 'https://monitor.example.se/' } };
    const root = parseXml(buildFeed(deployed)).documentElement!;
    const self = children(root, 'link').filter((link) => link.getAttribute('rel') === 'self');
    expect(self.map((link) => [link.getAttribute('href'), link.getAttribute('type')])).toEqual([
      ['https://monitor.example.se/data/v1/feed.xml', 'application/atom+xml'],
    ]);
  });

  test('with no update yet the feed is still valid Atom, with no entries and the dataset date', () => {
    const root = parseXml(buildFeed(dataset)).documentElement!;
    expect(children(root, 'entry')).toEqual([]);
    expect(text(root, 'updated')).toBe('2026-11-20T09:00:00Z');
  });

  test('one entry per update, newest first, data text escaped, and changes of unknown indicators left out', () => {
    const update = (updated: string, indicatorId: string) => ({
      updated,
      changes: [{ kind: 'value-added' as const, indicatorId, areaId: 'arsta', period: '2026', before: null, after: 1 }],
    });
    const named = { ...dataset, meta: { ...dataset.meta, publisher: { name: 'A & B <Stad>' } } };
    const xml = buildFeed({
      ...named,
      changes: { apiVersion: '1', updates: [update('2026-12-01', 'building-energy-use'), update('2026-11-20T09:00:00Z', 'secret-internal')] },
    });
    const root = parseXml(xml).documentElement!;
    expect(children(root, 'author').map((author) => text(author, 'name'))).toEqual(['A & B <Stad>']);
    const entries = children(root, 'entry');
    expect(entries.map((entry) => text(entry, 'updated'))).toEqual(['2026-12-01T00:00:00Z', '2026-11-20T09:00:00Z']);
    expect(text(entries[1]!, 'title')).toContain('0 ändringar');
    expect(xml).not.toContain('secret-internal');
  });
});
