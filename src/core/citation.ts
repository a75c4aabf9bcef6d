/**
 * How to cite the dataset (or one indicator of it), made from `meta` alone so the dashboard and
 * the data build (README, CITATION.cff in the zip) always say the same thing. Plain text only:
 * callers render it as React text or write it to a file, never as HTML.
 *
 * Kolada's terms require the words "Källa: Kolada" wherever its values are shown; we keep the
 * Swedish phrase in both languages because it is the wording Kolada asks for.
 */
import type { Language } from '../contract/schemas';
import { pickText } from './text';
import type { Link, LocalizedText, Meta } from '../contract/schemas';

export const KOLADA_ATTRIBUTION = 'Källa: Kolada';

/** What a citation of one indicator adds to the dataset citation. */
export interface CitedIndicator {
  id: string;
  name: LocalizedText;
  source: Link;
  /** Names of the sources the indicator's series were read from (`series.source.name`). */
  seriesSourceNames?: ReadonlyArray<string>;
  /** The indicator page's address; without it the citation points at the dataset's landing page. */
  url?: string;
}

/** True when any of the names is Kolada's (e.g. "Kolada (RKA)", "kolada.se"). */
export function mentionsKolada(names: ReadonlyArray<string | undefined>): boolean {
  return names.some((name) => name !== undefined && /kolada/i.test(name));
}

/** Source names that a dataset-wide citation must honour: every indicator's and every series'. */
export function needsKoladaAttribution(indicators: ReadonlyArray<Pick<CitedIndicator, 'source' | 'seriesSourceNames'>>): boolean {
  return indicators.some((indicator) => mentionsKolada([indicator.source.name, ...(indicator.seriesSourceNames ?? [])]));
}

/** `2026-11-20T09:00:00Z` → `2026-11-20` (the dataset's version is its update date, in UTC). */
export function versionOf(meta: Pick<Meta, 'updated'>): string {
  const date = new Date(meta.updated);
  return Number.isNaN(date.getTime()) ? meta.updated.slice(0, 10) : date.toISOString().slice(0, 10);
}

function yearOf(meta: Pick<Meta, 'updated'>): string {
  return versionOf(meta).slice(0, 4);
}

const words = {
  sv: { dataset: 'datamängd', version: 'version', licence: 'Licens', in: 'I', valuesFrom: 'Källa för värdena' },
  en: { dataset: 'data set', version: 'version', licence: 'Licence', in: 'In', valuesFrom: 'Source of the values' },
} as const;

export interface CitationOptions {
  indicator?: CitedIndicator;
  /** Set when any value in what is cited comes from Kolada (see `needsKoladaAttribution`). */
  kolada?: boolean;
  /**
   * The address the dashboard is served from, cited when the dataset gives no `meta.url` (a
   * dataset without its own address is still cited with a real one, never an invented one).
   */
  siteUrl?: string | undefined;
}

function withPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * A plain citation, author–year style:
 * `Publisher (2026). Title [data set], version 2026-11-20. https://…. Licence: CC BY 4.0.`
 * For an indicator: `Publisher (2026). Indicator. In: Title [data set], version …. URL. Source of the values: …. Licence: ….`
 */
export function plainCitation(meta: Meta, language: Language, options: CitationOptions = {}): string {
  const w = words[language];
  const title = pickText(meta.title, language);
  const { indicator } = options;
  const kolada = options.kolada ?? (indicator ? needsKoladaAttribution([indicator]) : false);
  const parts = [`${meta.publisher.name} (${yearOf(meta)}).`];
  if (indicator) parts.push(withPeriod(pickText(indicator.name, language)), `${w.in}: ${title} [${w.dataset}], ${w.version} ${versionOf(meta)}.`);
  else parts.push(`${title} [${w.dataset}], ${w.version} ${versionOf(meta)}.`);
  const url = indicator?.url ?? meta.url ?? options.siteUrl;
  if (url) parts.push(`${url}.`);
  if (indicator) parts.push(withPeriod(`${w.valuesFrom}: ${indicator.source.name}`));
  parts.push(withPeriod(`${w.licence}: ${meta.licence.name}`));
  if (kolada) parts.push(`${KOLADA_ATTRIBUTION}.`);
  return parts.join(' ');
}

/** Escapes the characters BibTeX treats specially; braces keep capitals as written. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}]/g, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`))
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/[~^]/g, (char) => `\\${char}{}`);
}

/** A citation key such as `growsmartermonitor2026` or, for an indicator, `growsmartermonitor2026_building_energy_use`. */
export function bibtexKey(meta: Meta, indicator?: Pick<CitedIndicator, 'id'>): string {
  const base =
    (pickText(meta.title, 'en').split(/\s[–—-]\s/)[0] ?? '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase() || 'dataset';
  return `${base}${yearOf(meta)}${indicator ? `_${indicator.id.replace(/-/g, '_')}` : ''}`;
}

/**
 * A BibTeX entry (`@misc`, which every BibTeX style knows; biblatex users can change it to
 * `@dataset`). The publisher is a corporate author, hence the double braces.
 */
export function bibtexCitation(meta: Meta, language: Language, options: CitationOptions = {}): string {
  const w = words[language];
  const { indicator } = options;
  const kolada = options.kolada ?? (indicator ? needsKoladaAttribution([indicator]) : false);
  const datasetTitle = pickText(meta.title, language);
  const title = indicator ? `${pickText(indicator.name, language)}. ${w.in}: ${datasetTitle}` : datasetTitle;
  const notes = [
    ...(indicator ? [`${w.valuesFrom}: ${indicator.source.name}`] : []),
    `${w.licence}: ${meta.licence.name}${meta.licence.url ? ` (${meta.licence.url})` : ''}`,
    ...(kolada ? [KOLADA_ATTRIBUTION] : []),
  ];
  const url = indicator?.url ?? meta.url ?? options.siteUrl;
  const fields: Array<[string, string]> = [
    ['author', `{${escapeBibtex(meta.publisher.name)}}`],
    ['title', `{${escapeBibtex(title)}}`],
    ['year', yearOf(meta)],
    ['version', versionOf(meta)],
    ['howpublished', `${escapeBibtex(`[${w.dataset}]`)}`],
    ...(url ? ([['url', url]] as Array<[string, string]>) : []),
    ['note', escapeBibtex(notes.join('. '))],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${bibtexKey(meta, indicator)},\n${body}\n}`;
}

/** SPDX identifiers of the licences a dataset is most likely to use; CITATION.cff wants SPDX. */
const SPDX_BY_URL: ReadonlyArray<[RegExp, string]> = [
  [/creativecommons\.org\/licenses\/by\/4\.0/i, 'CC-BY-4.0'],
  [/creativecommons\.org\/licenses\/by-sa\/4\.0/i, 'CC-BY-SA-4.0'],
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/i, 'CC0-1.0'],
  [/opendatacommons\.org\/licenses\/odbl/i, 'ODbL-1.0'],
];

export function spdxLicence(licence: Link): string | undefined {
  const haystack = `${licence.url ?? ''} ${licence.name}`;
  const byUrl = SPDX_BY_URL.find(([pattern]) => pattern.test(haystack));
  if (byUrl) return byUrl[1];
  if (/^CC BY 4\.0$/i.test(licence.name.trim())) return 'CC-BY-4.0';
  if (/^CC0( 1\.0)?$/i.test(licence.name.trim())) return 'CC0-1.0';
  return undefined;
}

/** YAML double-quoted scalar: JSON's string escapes are valid YAML. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** CITATION.cff (Citation File Format 1.2.0) for the whole dataset. */
export function citationCff(meta: Meta, options: { kolada?: boolean } = {}): string {
  const spdx = spdxLicence(meta.licence);
  const message = options.kolada
    ? `If you use this dataset, please cite it as below. Values from Kolada must be shown with "${KOLADA_ATTRIBUTION}".`
    : 'If you use this dataset, please cite it as below.';
  const lines = [
    'cff-version: 1.2.0',
    `message: ${yamlString(message)}`,
    'type: dataset',
    `title: ${yamlString(pickText(meta.title, 'en'))}`,
    'authors:',
    `  - name: ${yamlString(meta.publisher.name)}`,
    ...(meta.publisher.url ? [`    website: ${yamlString(meta.publisher.url)}`] : []),
    ...(meta.contact?.email ? [`    email: ${yamlString(meta.contact.email)}`] : []),
    `version: ${yamlString(versionOf(meta))}`,
    `date-released: ${yamlString(versionOf(meta))}`,
    ...(meta.url ? [`url: ${yamlString(meta.url)}`] : []),
    ...(spdx ? [`license: ${yamlString(spdx)}`] : []),
    ...(meta.licence.url ? [`license-url: ${yamlString(meta.licence.url)}`] : []),
    `abstract: ${yamlString(`${pickText(meta.title, 'en')}. Licence: ${meta.licence.name}.${options.kolada ? ` ${KOLADA_ATTRIBUTION}.` : ''}`)}`,
  ];
  return `${lines.join('\n')}\n`;
}
