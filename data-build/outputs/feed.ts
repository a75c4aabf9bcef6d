/**
 * `feed.xml`: an Atom 1.0 feed (RFC 4287) of the public changes, one entry per update of
 * changes.json, so residents and politicians can follow the data in any feed reader.
 *
 * - Atom allows one title per entry, so the title carries both languages ("sv / en"); the
 *   content is XHTML with a Swedish and an English part (`lang` on each).
 * - Ids are stable IRIs built from `meta.url` (the dashboard's address): the feed is
 *   `<url>changes`, an entry `<url>changes#update-<updated>`; without `meta.url` a `tag:` IRI.
 * - Only public changes: the build never gives outputs internal indicators, and a change that
 *   names an indicator not in the public catalogue is left out all the same.
 */
import type { BuiltDataset, OutputFile, PublishedOutput } from './types.ts';
import { pickText } from '../../src/core/text.ts';
import type { Language, Change, Update } from '../../src/contract/schemas.ts';
import { describeChange, updateTitle } from '../../src/core/describe-change.ts';
import { escapeXml } from '../../src/core/escape-xml.ts';
import { dcatDataBaseUrl } from './dcat.ts';

export const FEED_PATH = 'feed.xml';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** Entries kept in the feed (newest first); older updates stay on the page. */
const MAX_ENTRIES = 50;
/** Lines per entry's content; the rest are counted ("… and 12 more" on the page). */
const MAX_LINES = 100;

/** RFC 3339 date-time as Atom wants it: a date alone becomes midnight UTC. */
export function atomDate(updated: string): string {
  return updated.length === 10 ? `${updated}T00:00:00Z` : updated;
}

function changesPageUrl(dataset: BuiltDataset): string | undefined {
  return dataset.meta.url ? new URL('changes', dataset.meta.url.endsWith('/') ? dataset.meta.url : `${dataset.meta.url}/`).href : undefined;
}

export function feedId(dataset: BuiltDataset): string {
  return changesPageUrl(dataset) ?? 'tag:grow-smarter-monitor.invalid,2026:changes';
}

export function entryId(dataset: BuiltDataset, update: Update): string {
  return `${feedId(dataset)}#update-${atomDate(update.updated)}`;
}

function describeLines(dataset: BuiltDataset, changes: ReadonlyArray<Change>, language: Language): string[] {
  const indicators = new Map(dataset.indicators.indicators.map((indicator) => [indicator.id, indicator]));
  const areas = new Map(dataset.areas.features.map((area) => [area.id, area]));
  const sites = new Map(dataset.sites.features.map((site) => [site.id, site]));
  return changes.map((change) => {
    const indicator = indicators.get(change.indicatorId);
    const area = areas.get(change.areaId);
    const site = change.siteId ? sites.get(change.siteId) : undefined;
    const where = [
      area ? pickText(area.properties.name, language) : change.areaId,
      ...(change.siteId ? [site ? pickText(site.properties.name, language) : change.siteId] : []),
    ].join(', ');
    const name = indicator ? pickText(indicator.name, language) : change.indicatorId;
    return `${name} – ${where}: ${describeChange(change, indicator, language, indicator ? pickText(indicator.unit, language) : undefined)}`;
  });
}

function contentPart(dataset: BuiltDataset, update: Update, language: Language): string {
  const lines = describeLines(dataset, update.changes.slice(0, MAX_LINES), language);
  const more = update.changes.length - lines.length;
  const items = lines.map((line) => `<li>${escapeXml(line)}</li>`).join('');
  const tail = more > 0 ? `<p>${escapeXml(language === 'sv' ? `… och ${more} till` : `… and ${more} more`)}</p>` : '';
  return `<div lang="${language}"><p><strong>${escapeXml(updateTitle(update, language))}</strong></p><ul>${items}</ul>${tail}</div>`;
}

/** The public part of an update: changes that name a public indicator. */
function publicUpdate(dataset: BuiltDataset, update: Update): Update {
  const publicIds = new Set(dataset.indicators.indicators.filter((indicator) => indicator.visibility === 'public').map((indicator) => indicator.id));
  return { ...update, changes: update.changes.filter((change) => publicIds.has(change.indicatorId)) };
}

export function buildFeed(dataset: BuiltDataset): string {
  const updates = (dataset.changes?.updates ?? []).map((update) => publicUpdate(dataset, update)).slice(0, MAX_ENTRIES);
  const page = changesPageUrl(dataset);
  const feedUpdated = atomDate(updates[0]?.updated ?? dataset.meta.updated);
  const title = `${pickText(dataset.meta.title, 'sv')} – Vad har ändrats / What changed`;
  const entries = updates.map((update) => {
    const link = page ? `\n    <link rel="alternate" type="text/html" href="${escapeXml(`${page}#update-${atomDate(update.updated)}`)}"/>` : '';
    return [
      '  <entry>',
      `    <id>${escapeXml(entryId(dataset, update))}</id>`,
      `    <title>${escapeXml(`${updateTitle(update, 'sv')} / ${updateTitle(update, 'en')}`)}</title>`,
      `    <updated>${escapeXml(atomDate(update.updated))}</updated>${link}`,
      `    <content type="xhtml"><div xmlns="${XHTML_NS}">${contentPart(dataset, update, 'sv')}${contentPart(dataset, update, 'en')}</div></content>`,
      '  </entry>',
    ].join('\n');
  });
  // The feed's own address (RFC 4287 recommends rel="self"): beside the documents it describes.
  const dataBase = dcatDataBaseUrl(dataset.meta);
  const self = dataBase ? new URL(FEED_PATH, dataBase).href : undefined;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="sv">`,
    `  <id>${escapeXml(feedId(dataset))}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${escapeXml(feedUpdated)}</updated>`,
    `  <author><name>${escapeXml(dataset.meta.publisher.name)}</name></author>`,
    ...(self ? [`  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`] : []),
    ...(page ? [`  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`] : []),
    ...(dataset.meta.licence.url
      ? [`  <rights>${escapeXml(`${dataset.meta.licence.name} (${dataset.meta.licence.url})`)}</rights>`]
      : [`  <rights>${escapeXml(dataset.meta.licence.name)}</rights>`]),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export const atomFeedOutput: PublishedOutput = (dataset: BuiltDataset): OutputFile[] => [{ path: FEED_PATH, contents: buildFeed(dataset) }];
