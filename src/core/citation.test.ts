import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { metaSchema, type Meta } from '../contract/schemas';
import { bibtexCitation, citationCff, escapeBibtex, mentionsKolada, needsKoladaAttribution, plainCitation, spdxLicence, versionOf } from './citation';

const embeddedMeta: Meta = metaSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/v1/meta.json'), 'utf8')));

const SITE = 'https://monitor.stockholm.example/';

test('the embedded dataset ships no invented address: no url, no contact, nothing at example.org', () => {
  expect(embeddedMeta.url).toBeUndefined();
  expect(embeddedMeta.contact).toBeUndefined();
  expect(JSON.stringify(embeddedMeta)).not.toMatch(/example\.(org|com)/);
});

test('the plain citation of the embedded dataset, in Swedish and English, at the address the site is served from', () => {
  expect(plainCitation(embeddedMeta, 'sv', { siteUrl: SITE })).toBe(
    `Grow Smarter Monitor (sample compilation) (2026). Grow Smarter Monitor – Årsta och Norra Djurgårdsstaden [datamängd], version 2026-11-20. ${SITE}. Licens: CC BY 4.0.`,
  );
  expect(plainCitation(embeddedMeta, 'en', { siteUrl: SITE })).toBe(
    `Grow Smarter Monitor (sample compilation) (2026). Grow Smarter Monitor – Årsta and Norra Djurgårdsstaden [data set], version 2026-11-20. ${SITE}. Licence: CC BY 4.0.`,
  );
  // The dataset's own address wins over the site's.
  expect(plainCitation({ ...embeddedMeta, url: 'https://data.stad.se/monitor/' }, 'en', { siteUrl: SITE })).toContain(' https://data.stad.se/monitor/. ');
  expect(plainCitation(embeddedMeta, 'en')).not.toMatch(/https?:/);
});

test('an indicator citation names the indicator, its page and its source', () => {
  const indicator = {
    id: 'building-energy-use',
    name: { sv: 'Energianvändning', en: 'Energy use' },
    source: { name: 'GrowSmarter' },
    url: 'https://example.org/grow-smarter-monitor/en/indicators/building-energy-use',
  };
  expect(plainCitation(embeddedMeta, 'en', { indicator })).toBe(
    'Grow Smarter Monitor (sample compilation) (2026). Energy use. In: Grow Smarter Monitor – Årsta and Norra Djurgårdsstaden [data set], version 2026-11-20. https://example.org/grow-smarter-monitor/en/indicators/building-energy-use. Source of the values: GrowSmarter. Licence: CC BY 4.0.',
  );
});

test('values from Kolada keep "Källa: Kolada", in both languages, whether named by the indicator or by a series', () => {
  const fromIndicator = { id: 'x', name: { sv: 'X' }, source: { name: 'Kolada (RKA), N00001' } };
  const fromSeries = { id: 'y', name: { sv: 'Y' }, source: { name: 'Stockholms stad' }, seriesSourceNames: ['Kolada'] };
  const neither = { id: 'z', name: { sv: 'Z' }, source: { name: 'SCB' }, seriesSourceNames: ['SCB'] };
  expect(plainCitation(embeddedMeta, 'sv', { indicator: fromIndicator })).toMatch(/Källa: Kolada\.$/);
  expect(plainCitation(embeddedMeta, 'en', { indicator: fromSeries })).toMatch(/Källa: Kolada\.$/);
  expect(plainCitation(embeddedMeta, 'en', { indicator: neither })).not.toMatch(/Kolada/);
  expect(needsKoladaAttribution([neither, fromSeries])).toBe(true);
  expect(mentionsKolada(['kolada.se'])).toBe(true);
  expect(bibtexCitation(embeddedMeta, 'en', { kolada: true })).toContain('Källa: Kolada');
  expect(plainCitation(embeddedMeta, 'en')).not.toMatch(/Kolada/);
});

test('BibTeX for the embedded dataset', () => {
  expect(bibtexCitation(embeddedMeta, 'en', { siteUrl: SITE })).toBe(
    [
      '@misc{growsmartermonitor2026,',
      '  author = {{Grow Smarter Monitor (sample compilation)}},',
      '  title = {{Grow Smarter Monitor – Årsta and Norra Djurgårdsstaden}},',
      '  year = {2026},',
      '  version = {2026-11-20},',
      '  howpublished = {[data set]},',
      `  url = {${SITE}},`,
      '  note = {Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)}',
      '}',
    ].join('\n'),
  );
});

test('BibTeX special characters are escaped, so any publisher name compiles', () => {
  expect(escapeBibtex('R&D 50% {x} #1 a_b ~^\\')).toBe('R\\&D 50\\% \\{x\\} \\#1 a\\_b \\~{}\\^{}\\textbackslash{}');
});

test('CITATION.cff is valid YAML with the fields the Citation File Format requires', () => {
  const cff = parseYaml(citationCff({ ...embeddedMeta, url: 'https://data.stad.se/monitor/', contact: { email: 'data@stad.se' } })) as Record<string, unknown>;
  expect(cff['cff-version']).toBe('1.2.0');
  expect(cff.type).toBe('dataset');
  expect(cff.title).toBe('Grow Smarter Monitor – Årsta and Norra Djurgårdsstaden');
  expect(cff.authors).toEqual([{ name: 'Grow Smarter Monitor (sample compilation)', email: 'data@stad.se' }]);
  expect(cff.version).toBe('2026-11-20');
  expect(cff['date-released']).toBe('2026-11-20');
  expect(cff.license).toBe('CC-BY-4.0');
  expect(cff.url).toBe('https://data.stad.se/monitor/');
  expect(typeof cff.message).toBe('string');
});

test('quotes and colons in names do not break the YAML', () => {
  const meta = { ...embeddedMeta, publisher: { name: 'Stad: "Test" #1' } };
  expect((parseYaml(citationCff(meta)) as { authors: Array<{ name: string }> }).authors[0]?.name).toBe('Stad: "Test" #1');
});

test('the version is the UTC date of the update; licences map to SPDX ids where known', () => {
  expect(versionOf({ updated: '2026-11-20T23:30:00-02:00' })).toBe('2026-11-21');
  expect(versionOf({ updated: '2026-11-20' })).toBe('2026-11-20');
  expect(spdxLicence({ name: 'CC0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' })).toBe('CC0-1.0');
  expect(spdxLicence({ name: 'Egen licens' })).toBeUndefined();
});
