/**
 * The catalogue description of the dataset for Sweden's data portal: DCAT-AP-SE 3.0.1
 * (docs.dataportal.se/dcat/3.0.1), written as RDF/XML because that is the one syntax the
 * portal's harvester reads (diggsweden/DCAT-AP-SE docs/harvesting.md: "Portalen förväntar sig
 * att kataloger uttrycks som RDF i syntaxen RDF/XML"; absolute IRIs; no blank nodes for the
 * catalogue, datasets, distributions, publishers and contact points).
 *
 * Mandatory in 3.0.1 (and written here): Catalog — title, description, publisher, licence (CC0
 * for the metadata), dataset; Dataset — title, description, publisher; Distribution — access
 * URL, format; Agent — name, type (ADMS publisher type); contact point — kind, name, e-mail;
 * DataService — title, endpoint URL, format. Recommended fields written too: contact point,
 * keywords, themes, spatial and temporal coverage, modified, landing page, access rights,
 * languages, distribution licence and byte size.
 */
import { pickText } from '../../src/core/text.ts';
import type { AreaFeature, Domain, Meta } from '../../src/contract/schemas.ts';
import { versionOf } from '../../src/core/citation.ts';
import { boundingBox, geometryPositions, isEmptyBox } from '../../src/contract/positions.ts';
import type { BuiltDataset } from './types.ts';
import { escapeXml } from '../../src/core/escape-xml.ts';

export const DCAT_FILE_NAME = 'dcat.rdf';
export const DCAT_AP_SE_VERSION = '3.0.1';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcterms: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority/';
export const DATA_THEME = (code: string) => `${EU}data-theme/${code}`;
/** EU data themes per domain of the contract; every district dataset is also about "Regions and cities". */
export const THEMES_BY_DOMAIN: Record<Domain, string> = { energy: 'ENER', mobility: 'TRAN', housing: 'SOCI' };
export const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
export const FILE_TYPE = (code: string) => `${EU}file-type/${code}`;
export const MEDIA_TYPE = (type: string) => `https://www.iana.org/assignments/media-types/${type}`;
const GEOSPARQL_WKT = 'http://www.opengis.net/ont/geosparql#wktLiteral';
export const PUBLISHER_TYPES = [
  'Academia-ScientificOrganisation',
  'Company',
  'IndustryConsortium',
  'LocalAuthority',
  'NationalAuthority',
  'NonGovernmentalOrganisation',
  'NonProfitOrganisation',
  'PrivateIndividual(s)',
  'RegionalAuthority',
  'StandardisationBody',
  'SupraNationalAuthority',
] as const;
export type PublisherType = (typeof PUBLISHER_TYPES)[number];

export interface DcatOptions {
  /** The zip written beside the documents (name and size in bytes). */
  zip: { fileName: string; bytes: number };
  /** Absolute URL of the data API folder; default `data/v1/` under `meta.url`. */
  dataBaseUrl?: string;
  /** Absolute URL of `schemas/v1/index.json`; default under `meta.url`. */
  schemaIndexUrl?: string;
  /** ADMS publisher type (mandatory in DCAT-AP-SE); default LocalAuthority (a city). */
  publisherType?: PublisherType;
  /** A stable publisher IRI, e.g. `http://dataportal.se/organisation/SE2120001124`; default one in the catalogue's own namespace. */
  publisherUri?: string;
}

/** The absolute data API base the description can use, or undefined (the portal needs absolute IRIs). */
export function dcatDataBaseUrl(meta: Pick<Meta, 'url'>, options: Pick<DcatOptions, 'dataBaseUrl'> = {}): string | undefined {
  if (options.dataBaseUrl) return new URL(options.dataBaseUrl).href;
  return meta.url ? new URL('data/v1/', meta.url).href : undefined;
}

/**
 * The portal wants each licence under one spelling; for Creative Commons that is `http://` with
 * a trailing slash (harvesting.md: "CC-BY alltid ska anges med URIn http://creativecommons.org/licenses/by/4.0/").
 */
export function canonicalLicenceUri(url: string): string {
  const match = /^https?:\/\/creativecommons\.org\/(.+?)\/?$/i.exec(url);
  return match ? `http://creativecommons.org/${match[1]}/` : url;
}

/** Periods `YYYY`, `YYYY-MM`, `YYYY-MM-DD` → a typed literal for the start or the end of the period. */
export function periodBound(period: string, bound: 'start' | 'end'): { value: string; datatype: string } {
  const [year = '', month, day] = period.split('-');
  if (month === undefined) return { value: year, datatype: `${NS.xsd}gYear` };
  if (day !== undefined) return { value: period, datatype: `${NS.xsd}date` };
  if (bound === 'start') return { value: `${year}-${month}-01`, datatype: `${NS.xsd}date` };
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return { value: `${year}-${month}-${String(last).padStart(2, '0')}`, datatype: `${NS.xsd}date` };
}

/** Start of the first and end of the last period with a value, over all observations. */
export function temporalCoverage(dataset: Pick<BuiltDataset, 'observations'>): { first: string; last: string } | undefined {
  const start = (period: string) => periodBound(period, 'start').value.padEnd(10, '-01-01').slice(0, 10);
  const end = (period: string) => periodBound(period, 'end').value.padEnd(10, '-12-31').slice(0, 10);
  let first: string | undefined;
  let last: string | undefined;
  for (const document of dataset.observations) {
    for (const series of document.series) {
      for (const point of series.points) {
        if (point.value === null) continue;
        if (first === undefined || start(point.period) < start(first)) first = point.period;
        if (last === undefined || end(point.period) > end(last)) last = point.period;
      }
    }
  }
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}

/**
 * The area-weighted centre of a Polygon / MultiPolygon on the lon/lat plane (holes subtract),
 * for `dcat:centroid`; the mean of the positions when the rings enclose no area.
 */
export function centroidOf(geometry: AreaFeature['geometry'] | null): [number, number] | undefined {
  if (geometry === null) return undefined;
  const polygons: number[][][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let area = 0;
  let x = 0;
  let y = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      let ringArea = 0;
      let ringX = 0;
      let ringY = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        const cross = xj * yi - xi * yj;
        ringArea += cross;
        ringX += (xj + xi) * cross;
        ringY += (yj + yi) * cross;
      }
      // Exterior rings add, holes subtract, whichever way the source wound them.
      const sign = (index === 0 ? 1 : -1) * Math.sign(ringArea);
      area += sign * ringArea;
      x += sign * ringX;
      y += sign * ringY;
    });
  }
  if (area !== 0) return [x / (3 * area), y / (3 * area)];
  const positions = [...geometryPositions(geometry)];
  if (positions.length === 0) return undefined;
  return [positions.reduce((sum, p) => sum + p[0], 0) / positions.length, positions.reduce((sum, p) => sum + p[1], 0) / positions.length];
}

/** A coordinate as WKT writes it: enough digits for a metre, no float noise. */
const wktNumber = (value: number) => String(Number(value.toFixed(6)));

/** Small RDF/XML writer: one element per resource, properties as literals or references. */
type Property =
  | { kind: 'text'; name: string; value: string; lang?: string }
  | { kind: 'typed'; name: string; value: string; datatype: string }
  | { kind: 'ref'; name: string; iri: string };

const text = (name: string, value: string, lang?: string): Property => ({ kind: 'text', name, value, ...(lang ? { lang } : {}) });
const typed = (name: string, value: string, datatype: string): Property => ({ kind: 'typed', name, value, datatype });
const ref = (name: string, iri: string): Property => ({ kind: 'ref', name, iri });
const localized = (name: string, value: { sv?: string; en?: string } | undefined): Property[] =>
  value ? (['sv', 'en'] as const).flatMap((lang) => (value[lang] ? [text(name, value[lang], lang)] : [])) : [];

/** A resource the description only points at (a licence, a theme), typed so that the DCAT-AP shapes' class checks can see its kind. */
function typedReference(iri: string, types: ReadonlySet<string>, labels: ReadonlyArray<Property>): string {
  return resource('rdf:Description', iri, [...[...types].sort().map((type) => ref('rdf:type', type)), ...labels]);
}

/**
 * The vocabularies' own labels (EU data themes, planned availability, ADMS publisher types) of
 * the concepts the description names: DCAT-AP's shapes want a `skos:prefLabel` on every concept
 * and a title on a concept scheme.
 */
const CONCEPT_LABELS: Record<string, { sv?: string; en: string }> = {
  [DATA_THEME('ENER')]: { sv: 'Energi', en: 'Energy' },
  [DATA_THEME('TRAN')]: { sv: 'Transport', en: 'Transport' },
  [DATA_THEME('SOCI')]: { sv: 'Befolkning och samhälle', en: 'Population and society' },
  [DATA_THEME('REGI')]: { sv: 'Regioner och städer', en: 'Regions and cities' },
  [`${EU}planned-availability/AVAILABLE`]: { en: 'Available' },
};
const PUBLISHER_TYPE_LABELS: Record<PublisherType, string> = {
  'Academia-ScientificOrganisation': 'Academia/Scientific organisation',
  Company: 'Company',
  IndustryConsortium: 'Industry consortium',
  LocalAuthority: 'Local Authority',
  NationalAuthority: 'National authority',
  NonGovernmentalOrganisation: 'Non-Governmental Organisation',
  NonProfitOrganisation: 'Non-Profit Organisation',
  'PrivateIndividual(s)': 'Private Individual(s)',
  RegionalAuthority: 'Regional authority',
  StandardisationBody: 'Standardisation body',
  SupraNationalAuthority: 'Supra-national authority',
};

function resource(type: string, iri: string, properties: ReadonlyArray<Property>): string {
  const lines = properties.map((property) => {
    switch (property.kind) {
      case 'text':
        return `    <${property.name}${property.lang ? ` xml:lang="${property.lang}"` : ''}>${escapeXml(property.value)}</${property.name}>`;
      case 'typed':
        return `    <${property.name} rdf:datatype="${escapeXml(property.datatype)}">${escapeXml(property.value)}</${property.name}>`;
      case 'ref':
        return `    <${property.name} rdf:resource="${escapeXml(property.iri)}"/>`;
    }
  });
  return `  <${type} rdf:about="${escapeXml(iri)}">\n${lines.join('\n')}\n  </${type}>`;
}

const domainWords: Record<Domain, { sv: string; en: string }> = {
  energy: { sv: 'energi', en: 'energy' },
  mobility: { sv: 'mobilitet', en: 'mobility' },
  housing: { sv: 'bostäder', en: 'housing' },
};

/** The dataset's description in both languages, made from what it holds. */
export function datasetDescription(dataset: BuiltDataset, coverage: { first: string; last: string } | undefined): { sv: string; en: string } {
  const districts = dataset.areas.features.filter((area) => area.properties.role !== 'reference');
  const domains = [...new Set(dataset.indicators.indicators.map((indicator) => indicator.domain))];
  const count = dataset.indicators.indicators.length;
  const list = (language: 'sv' | 'en', items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const span = coverage ? ` ${coverage.first}–${coverage.last}` : '';
  const sample = (language: 'sv' | 'en') => (dataset.meta.isSample && dataset.meta.sampleNote ? ` ${pickText(dataset.meta.sampleNote, language)}` : '');
  return {
    sv: `${count} indikatorer om ${list(
      'sv',
      domains.map((domain) => domainWords[domain].sv),
    )} för ${list(
      'sv',
      districts.map((area) => pickText(area.properties.name, 'sv')),
    )}${span}, med mål, platser och händelser.${sample('sv')}`,
    en: `${count} indicators on ${list(
      'en',
      domains.map((domain) => domainWords[domain].en),
    )} for ${list(
      'en',
      districts.map((area) => pickText(area.properties.name, 'en')),
    )}${span}, with targets, sites and events.${sample('en')}`,
  };
}

/**
 * The RDF/XML text, or undefined when the dataset has no absolute address to build IRIs from
 * (neither `meta.url` nor `options.dataBaseUrl`).
 */
export function buildDcat(dataset: BuiltDataset, options: DcatOptions): string | undefined {
  const { meta } = dataset;
  const dataBase = dcatDataBaseUrl(meta, options);
  if (!dataBase) return undefined;
  const self = new URL(DCAT_FILE_NAME, dataBase).href;
  const id = (fragment: string) => `${self}#${fragment}`;
  const catalogIri = id('catalog');
  const datasetIri = id('dataset');
  const publisherIri = options.publisherUri ?? id('publisher');
  const contactIri = id('contact');
  const serviceIri = id('api');
  const zipUrl = new URL(options.zip.fileName, dataBase).href;
  const schemaIndexUrl =
    options.schemaIndexUrl ?? (meta.url ? new URL('schemas/v1/index.json', meta.url).href : new URL('../../schemas/v1/index.json', dataBase).href);
  const licence = meta.licence.url ? canonicalLicenceUri(meta.licence.url) : undefined;
  const modified = typed('dcterms:modified', meta.updated, meta.updated.length === 10 ? `${NS.xsd}date` : `${NS.xsd}dateTime`);
  const coverage = temporalCoverage(dataset);
  const description = datasetDescription(dataset, coverage);
  const districts = dataset.areas.features.filter((area) => area.properties.role !== 'reference');
  const locationIri = (areaId: string) => `${new URL('areas.geojson', dataBase).href}#${encodeURIComponent(areaId)}`;
  const themes = [...new Set([...dataset.indicators.indicators.map((indicator) => THEMES_BY_DOMAIN[indicator.domain]), 'REGI'])];
  const languages = [ref('dcterms:language', `${EU}language/SWE`), ref('dcterms:language', `${EU}language/ENG`)];
  const licenceRef = licence ? [ref('dcterms:license', licence)] : [];
  const title = localized('dcterms:title', meta.title);

  // DCAT-AP's shapes check the class of every object (a licence is a dct:LicenseDocument, a
  // theme a skos:Concept, a landing page a foaf:Document, …). Controlled-vocabulary IRIs are
  // not dereferenced by a validator, so the description states those classes itself.
  const kinds = new Map<string, Set<string>>();
  const kind = (iri: string, ...types: string[]) => {
    const set = kinds.get(iri) ?? new Set<string>();
    for (const type of types) set.add(type);
    kinds.set(iri, set);
  };
  const DOCUMENT = `${NS.foaf}Document`;
  const RESOURCE = `${NS.rdfs}Resource`;
  const CONCEPT = `${NS.skos}Concept`;
  for (const language of languages) kind(language.kind === 'ref' ? language.iri : '', `${NS.dcterms}LinguisticSystem`);
  kind(CC0, `${NS.dcterms}LicenseDocument`);
  if (licence) kind(licence, `${NS.dcterms}LicenseDocument`);
  kind(`${EU}access-right/PUBLIC`, `${NS.dcterms}RightsStatement`);
  kind(`${EU}data-theme`, `${NS.skos}ConceptScheme`);
  for (const code of themes) kind(DATA_THEME(code), CONCEPT);
  kind(`${EU}planned-availability/AVAILABLE`, CONCEPT);
  const publisherType = `http://purl.org/adms/publishertype/${options.publisherType ?? 'LocalAuthority'}`;
  kind(publisherType, CONCEPT);
  const labels = new Map<string, Property[]>(Object.entries(CONCEPT_LABELS).map(([iri, label]) => [iri, localized('skos:prefLabel', label)]));
  labels.set(publisherType, [text('skos:prefLabel', PUBLISHER_TYPE_LABELS[options.publisherType ?? 'LocalAuthority'], 'en')]);
  labels.set(`${EU}data-theme`, [text('dcterms:title', 'Data theme', 'en')]);
  if (meta.url) kind(meta.url, DOCUMENT);
  if (meta.publisher.url) kind(meta.publisher.url, DOCUMENT);
  kind(schemaIndexUrl, `${NS.dcterms}Standard`, DOCUMENT, RESOURCE);
  kind(dataBase, RESOURCE);
  kind(zipUrl, RESOURCE);
  for (const code of ['ZIP', 'JSON']) kind(FILE_TYPE(code), `${NS.dcterms}MediaTypeOrExtent`);
  for (const type of ['application/zip', 'application/json']) kind(MEDIA_TYPE(type), `${NS.dcterms}MediaType`);
  const available = ref('dcatap:availability', `${EU}planned-availability/AVAILABLE`);

  const resources = [
    resource('dcat:Catalog', catalogIri, [
      ...title,
      text('dcterms:description', `Katalog över datamängden ${pickText(meta.title, 'sv')}, beskriven enligt DCAT-AP-SE ${DCAT_AP_SE_VERSION}.`, 'sv'),
      text('dcterms:description', `Catalogue of the dataset ${pickText(meta.title, 'en')}, described with DCAT-AP-SE ${DCAT_AP_SE_VERSION}.`, 'en'),
      ref('dcterms:publisher', publisherIri),
      ref('dcterms:license', CC0),
      ...languages,
      modified,
      ...(meta.url ? [ref('foaf:homepage', meta.url)] : []),
      ref('dcat:themeTaxonomy', `${EU}data-theme`),
      ref('dcat:dataset', datasetIri),
      ref('dcat:service', serviceIri),
    ]),
    resource('dcat:Dataset', datasetIri, [
      ...title,
      text('dcterms:description', description.sv, 'sv'),
      text('dcterms:description', description.en, 'en'),
      ref('dcterms:publisher', publisherIri),
      ...(meta.contact?.email ? [ref('dcat:contactPoint', contactIri)] : []),
      ...dataset.indicators.indicators.flatMap((indicator) => localized('dcat:keyword', indicator.name)),
      ...themes.map((code) => ref('dcat:theme', DATA_THEME(code))),
      ...districts.map((area) => ref('dcterms:spatial', locationIri(area.id))),
      ...(coverage ? [ref('dcterms:temporal', id('temporal'))] : []),
      ref('dcterms:accessRights', `${EU}access-right/PUBLIC`),
      ...languages,
      typed('dcat:version', versionOf(meta), `${NS.xsd}string`),
      modified,
      ...(meta.url ? [ref('dcat:landingPage', meta.url)] : []),
      ref('dcterms:conformsTo', schemaIndexUrl),
      ref('dcat:distribution', id('distribution-zip')),
      ref('dcat:distribution', id('distribution-api')),
      ref('dcat:distribution', id('distribution-schemas')),
    ]),
    resource('foaf:Organization', publisherIri, [
      // DCAT-AP's range for a publisher is foaf:Agent; a validator without FOAF's subclass axioms needs it said.
      ref('rdf:type', `${NS.foaf}Agent`),
      text('foaf:name', meta.publisher.name),
      ref('dcterms:type', publisherType),
      ...(meta.publisher.url ? [ref('foaf:homepage', meta.publisher.url)] : []),
    ]),
    ...(meta.contact?.email
      ? [
          resource('vcard:Organization', contactIri, [
            ref('rdf:type', `${NS.vcard}Kind`),
            text('vcard:fn', meta.contact.name ?? meta.publisher.name),
            ref('vcard:hasEmail', `mailto:${meta.contact.email}`),
            ...(meta.contact.url ? [ref('vcard:hasURL', meta.contact.url)] : []),
          ]),
        ]
      : []),
    ...districts.map((area) => {
      const { minLon, minLat, maxLon, maxLat } = boundingBox(geometryPositions(area.geometry));
      const hasBox = !isEmptyBox({ minLon, minLat, maxLon, maxLat });
      const centroid = hasBox ? centroidOf(area.geometry) : undefined;
      return resource('dcterms:Location', locationIri(area.id), [
        ...localized('rdfs:label', area.properties.name),
        ...(hasBox
          ? [
              typed(
                'dcat:bbox',
                `POLYGON((${minLon} ${minLat},${maxLon} ${minLat},${maxLon} ${maxLat},${minLon} ${maxLat},${minLon} ${minLat}))`,
                GEOSPARQL_WKT,
              ),
            ]
          : []),
        ...(centroid ? [typed('dcat:centroid', `POINT(${wktNumber(centroid[0])} ${wktNumber(centroid[1])})`, GEOSPARQL_WKT)] : []),
      ]);
    }),
    ...(coverage
      ? [
          resource('dcterms:PeriodOfTime', id('temporal'), [
            typed('dcat:startDate', periodBound(coverage.first, 'start').value, periodBound(coverage.first, 'start').datatype),
            typed('dcat:endDate', periodBound(coverage.last, 'end').value, periodBound(coverage.last, 'end').datatype),
          ]),
        ]
      : []),
    resource('dcat:Distribution', id('distribution-zip'), [
      text('dcterms:title', 'Hela datamängden (zip): dokument, JSON-scheman, CSV per indikator, README och CITATION.cff', 'sv'),
      text('dcterms:title', 'The whole dataset (zip): documents, JSON Schemas, CSV per indicator, README and CITATION.cff', 'en'),
      text(
        'dcterms:description',
        'Alla offentliga dokument i data-API:t i en fil, med CSV-tabeller (en rad per värde) och en README som förklarar kolumnerna.',
        'sv',
      ),
      text(
        'dcterms:description',
        'Every public document of the data API in one file, with CSV tables (one row per value) and a README explaining the columns.',
        'en',
      ),
      ref('dcat:accessURL', zipUrl),
      ref('dcat:downloadURL', zipUrl),
      ref('dcterms:format', FILE_TYPE('ZIP')),
      ref('dcat:mediaType', MEDIA_TYPE('application/zip')),
      typed('dcat:byteSize', String(options.zip.bytes), `${NS.xsd}nonNegativeInteger`),
      ...licenceRef,
      modified,
      available,
    ]),
    resource('dcat:Distribution', id('distribution-api'), [
      text('dcterms:title', 'Data-API (JSON och GeoJSON, ett dokument per indikator)', 'sv'),
      text('dcterms:title', 'Data API (JSON and GeoJSON, one document per indicator)', 'en'),
      text(
        'dcterms:description',
        'JSON-dokument att hämta ett och ett: meta.json, indicators.json, areas.geojson och observations/{id}.json per indikator.',
        'sv',
      ),
      text(
        'dcterms:description',
        'JSON documents to fetch one by one: meta.json, indicators.json, areas.geojson and observations/{id}.json per indicator.',
        'en',
      ),
      ref('dcat:accessURL', dataBase),
      ref('dcat:accessService', serviceIri),
      ref('dcterms:format', FILE_TYPE('JSON')),
      ref('dcat:mediaType', MEDIA_TYPE('application/json')),
      ref('dcterms:conformsTo', schemaIndexUrl),
      ...licenceRef,
      modified,
      available,
    ]),
    resource('dcat:Distribution', id('distribution-schemas'), [
      text('dcterms:title', 'JSON-scheman för data-API:ts dokument', 'sv'),
      text('dcterms:title', "JSON Schemas of the data API's documents", 'en'),
      text('dcterms:description', 'JSON Schema (draft 2020-12) för varje dokument i data-API:t, med ett index som listar dem.', 'sv'),
      text('dcterms:description', 'A JSON Schema (draft 2020-12) for every document of the data API, with an index listing them.', 'en'),
      ref('dcat:accessURL', schemaIndexUrl),
      ref('dcat:downloadURL', schemaIndexUrl),
      ref('dcterms:format', FILE_TYPE('JSON')),
      ...licenceRef,
      available,
    ]),
    resource('dcat:DataService', serviceIri, [
      ...localized('dcterms:title', { sv: `Data-API: ${pickText(meta.title, 'sv')}`, en: `Data API: ${pickText(meta.title, 'en')}` }),
      ref('dcat:endpointURL', dataBase),
      ref('dcat:endpointDescription', schemaIndexUrl),
      ref('dcterms:format', FILE_TYPE('JSON')),
      ref('dcterms:publisher', publisherIri),
      ...(meta.contact?.email ? [ref('dcat:contactPoint', contactIri)] : []),
      ...licenceRef,
      ref('dcterms:accessRights', `${EU}access-right/PUBLIC`),
      ref('dcat:servesDataset', datasetIri),
    ]),
  ];

  const namespaces = Object.entries(NS)
    .filter(([prefix]) => prefix !== 'xsd')
    .map(([prefix, uri]) => `  xmlns:${prefix}="${uri}"`)
    .join('\n');
  const references = [...kinds.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([iri, types]) => typedReference(iri, types, labels.get(iri) ?? []));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- DCAT-AP-SE ${DCAT_AP_SE_VERSION} description written by data:build; harvest this file (RDF/XML). -->\n<rdf:RDF\n${namespaces}>\n${[...resources, ...references].join('\n')}\n</rdf:RDF>\n`;
}
