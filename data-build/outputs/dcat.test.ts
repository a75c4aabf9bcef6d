/**
 * The DCAT-AP-SE description: parsed as RDF/XML by a real RDF parser, then every property that
 * DCAT-AP-SE 3.0.1 marks mandatory is looked up in the triples (the profile's RDForms bundle,
 * cardinality min 1, is the source of the list in ./dcat.ts).
 */
import type * as RDF from '@rdfjs/types';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildEmbedded } from '../test/embedded.ts';
import { buildDcat, canonicalLicenceUri, periodBound, temporalCoverage, centroidOf } from './dcat.ts';
import { parseRdfXml, validateDcat } from '../test/shacl.ts';

// DCAT needs the dataset's own address, which the embedded sample leaves out (it has none): the
// description is tested as a deployment would publish it, with its address and contact added.
const embedded = (await buildEmbedded()).dataset;
const dataset = {
  ...embedded,
  meta: { ...embedded.meta, url: 'https://example.org/grow-smarter-monitor/', contact: { name: 'Grow Smarter Monitor', email: 'kontakt@example.org' } },
};
const zip = { fileName: 'grow-smarter-monitor-2026-11-20.zip', bytes: 52_953 };

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';

let quads: RDF.Quad[] = [];
const objects = (subject: string, predicate: string) =>
  quads.filter((quad) => quad.subject.value === subject && quad.predicate.value === predicate).map((quad) => quad.object);
const subjectsOfType = (type: string) => quads.filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === type).map((quad) => quad.subject);
const one = (type: string) => {
  const found = subjectsOfType(type);
  expect(found, type).toHaveLength(1);
  return found[0]?.value ?? '';
};

beforeAll(async () => {
  const text = buildDcat(dataset, { zip });
  if (!text) throw new Error('the embedded dataset has meta.url');
  quads = await parseRdfXml(text);
});

describe('the DCAT-AP-SE description of the embedded dataset', () => {
  test('parses as RDF/XML, with absolute IRIs and no blank nodes for the main resources', () => {
    expect(quads.length).toBeGreaterThan(50);
    for (const quad of quads) {
      expect(quad.subject.termType, `${quad.subject.value} ${quad.predicate.value}`).toBe('NamedNode');
      if (quad.object.termType === 'NamedNode') expect(quad.object.value).toMatch(/^(https?|mailto):/);
    }
  });

  test('Catalog: title, description, publisher, licence (CC0 for metadata) and dataset', () => {
    const catalog = one(`${DCAT}Catalog`);
    expect(
      objects(catalog, `${DCT}title`)
        .map((term) => (term as RDF.Literal).language)
        .sort(),
    ).toEqual(['en', 'sv']);
    expect(objects(catalog, `${DCT}description`).length).toBeGreaterThan(0);
    expect(objects(catalog, `${DCT}publisher`)).toHaveLength(1);
    expect(objects(catalog, `${DCT}license`).map((term) => term.value)).toEqual(['http://creativecommons.org/publicdomain/zero/1.0/']);
    expect(objects(catalog, `${DCAT}dataset`).map((term) => term.value)).toEqual([one(`${DCAT}Dataset`)]);
  });

  test('Dataset: title, description, exactly one publisher; contact point, themes, spatial and temporal coverage', () => {
    const datasetIri = one(`${DCAT}Dataset`);
    expect(objects(datasetIri, `${DCT}title`).map((term) => term.value)).toContain('Grow Smarter Monitor – Årsta och Norra Djurgårdsstaden');
    const descriptions = objects(datasetIri, `${DCT}description`).map((term) => term.value);
    expect(descriptions.some((text) => text.startsWith('15 indikatorer om energi, mobilitet och bostäder för Årsta och Norra Djurgårdsstaden 2012–2025'))).toBe(
      true,
    );
    expect(objects(datasetIri, `${DCT}publisher`)).toHaveLength(1);
    expect(
      objects(datasetIri, `${DCAT}theme`)
        .map((term) => term.value.split('/').pop())
        .sort(),
    ).toEqual(['ENER', 'REGI', 'SOCI', 'TRAN']);
    const spatial = objects(datasetIri, `${DCT}spatial`).map((term) => term.value);
    expect(spatial).toHaveLength(dataset.areas.features.filter((area) => area.properties.role !== 'reference').length);
    for (const location of spatial) {
      expect(objects(location, RDF_TYPE).map((term) => term.value)).toEqual([`${DCT}Location`]);
      expect(objects(location, 'http://www.w3.org/2000/01/rdf-schema#label').length).toBeGreaterThan(0);
      expect(objects(location, `${DCAT}bbox`)[0]?.value).toMatch(/^POLYGON\(\(/);
      expect(objects(location, `${DCAT}centroid`)[0]?.value).toMatch(/^POINT\(18\.\d+ 59\.\d+\)$/);
    }
    const [temporal] = objects(datasetIri, `${DCT}temporal`);
    expect(objects(temporal?.value ?? '', `${DCAT}startDate`).map((term) => term.value)).toEqual(['2012']);
    expect(objects(temporal?.value ?? '', `${DCAT}endDate`).map((term) => term.value)).toEqual(['2025']);
    expect(objects(datasetIri, `${DCAT}distribution`)).toHaveLength(3);
  });

  test('Agent (publisher): name and ADMS publisher type', () => {
    const publisher = one(`${FOAF}Organization`);
    expect(objects(publisher, `${FOAF}name`).map((term) => term.value)).toEqual(['Grow Smarter Monitor (sample compilation)']);
    expect(objects(publisher, `${DCT}type`).map((term) => term.value)).toEqual(['http://purl.org/adms/publishertype/LocalAuthority']);
  });

  test('Contact point (vCard): kind, formatted name and e-mail from meta.contact, distinct from the publisher', () => {
    const contact = one(`${VCARD}Organization`);
    expect(objects(contact, `${VCARD}fn`).map((term) => term.value)).toEqual(['Grow Smarter Monitor']);
    expect(objects(contact, `${VCARD}hasEmail`).map((term) => term.value)).toEqual(['mailto:kontakt@example.org']);
    expect(contact).not.toBe(one(`${FOAF}Organization`));
  });

  test('Distributions: exactly one access URL and one format each; the zip with its size and licence; the API with its data service', () => {
    const distributions = subjectsOfType(`${DCAT}Distribution`).map((term) => term.value);
    expect(distributions).toHaveLength(3);
    for (const distribution of distributions) {
      expect(objects(distribution, `${DCAT}accessURL`), distribution).toHaveLength(1);
      expect(objects(distribution, `${DCT}format`), distribution).toHaveLength(1);
      expect(objects(distribution, `${DCT}license`).map((term) => term.value)).toEqual(['http://creativecommons.org/licenses/by/4.0/']);
    }
    const urls = distributions.map((distribution) => objects(distribution, `${DCAT}accessURL`)[0]?.value);
    expect(urls.sort()).toEqual([
      'https://example.org/grow-smarter-monitor/data/v1/',
      'https://example.org/grow-smarter-monitor/data/v1/grow-smarter-monitor-2026-11-20.zip',
      'https://example.org/grow-smarter-monitor/schemas/v1/index.json',
    ]);
    const zipDistribution = distributions.find((distribution) => objects(distribution, `${DCAT}downloadURL`)[0]?.value.endsWith('.zip'));
    expect(objects(zipDistribution ?? '', `${DCAT}byteSize`).map((term) => term.value)).toEqual(['52953']);
    const service = one(`${DCAT}DataService`);
    expect(objects(service, `${DCT}title`).length).toBeGreaterThan(0);
    expect(objects(service, `${DCAT}endpointURL`).map((term) => term.value)).toEqual(['https://example.org/grow-smarter-monitor/data/v1/']);
    expect(objects(service, `${DCT}format`)).toHaveLength(1);
  });

  test('every distribution has a description in both languages and an availability', () => {
    for (const distribution of subjectsOfType(`${DCAT}Distribution`).map((term) => term.value)) {
      expect(
        objects(distribution, `${DCT}description`)
          .map((term) => (term as RDF.Literal).language)
          .sort(),
        distribution,
      ).toEqual(['en', 'sv']);
      expect(objects(distribution, 'http://data.europa.eu/r5r/availability').map((term) => term.value)).toEqual([
        'http://publications.europa.eu/resource/authority/planned-availability/AVAILABLE',
      ]);
    }
  });

  test('the publisher is also a foaf:Agent and the contact point also a vcard:Kind', () => {
    expect(subjectsOfType(`${FOAF}Agent`).map((term) => term.value)).toEqual([one(`${FOAF}Organization`)]);
    expect(subjectsOfType(`${VCARD}Kind`).map((term) => term.value)).toEqual([one(`${VCARD}Organization`)]);
  });

  test('text from the data is escaped, never breaks the XML', async () => {
    const meta = { ...dataset.meta, publisher: { name: 'Stad <&> "Q"' } };
    const text = buildDcat({ ...dataset, meta }, { zip }) ?? '';
    const parsed = await parseRdfXml(text);
    expect(parsed.some((quad) => quad.object.value === 'Stad <&> "Q"')).toBe(true);
  });
});

test('helpers: licence spelling, period bounds, temporal coverage over values only', () => {
  expect(canonicalLicenceUri('https://creativecommons.org/licenses/by/4.0')).toBe('http://creativecommons.org/licenses/by/4.0/');
  expect(canonicalLicenceUri('https://example.org/licence')).toBe('https://example.org/licence');
  expect(periodBound('2024-02', 'end')).toEqual({ value: '2024-02-29', datatype: 'http://www.w3.org/2001/XMLSchema#date' });
  expect(periodBound('2024-02', 'start').value).toBe('2024-02-01');
  const observations = [
    {
      apiVersion: '1',
      indicatorId: 'a',
      series: [
        {
          areaId: 'x',
          points: [
            { period: '2010', value: null, quality: 'measured' as const },
            { period: '2011-06', value: 1, quality: 'measured' as const },
          ],
        },
      ],
    },
    {
      apiVersion: '1',
      indicatorId: 'b',
      series: [
        {
          areaId: 'x',
          points: [
            { period: '2011', value: 2, quality: 'measured' as const },
            { period: '2013-01-05', value: 3, quality: 'measured' as const },
          ],
        },
      ],
    },
  ];
  expect(temporalCoverage({ observations })).toEqual({ first: '2011', last: '2013-01-05' });
});

// The EU's own DCAT-AP 3.0.1 shapes (./shapes/README.md), checked with rdf-validate-shacl: what
// a harvester's validator would report. Before the classes, centroids and descriptions were
// added the embedded dataset's description had 36 violations.
describe('DCAT-AP 3.0.1 SHACL shapes', () => {
  test('the embedded dataset’s description has no violations (nor warnings)', async () => {
    const results = await validateDcat(buildDcat(dataset, { zip }) ?? '');
    expect(results).toEqual([]);
  }, 30_000);

  test('a dataset with only the mandatory meta (no contact, no publisher address, another publisher type) has none either', async () => {
    const meta: Partial<typeof dataset.meta> & Omit<typeof dataset.meta, 'contact'> = { ...dataset.meta };
    delete meta.contact;
    const text = buildDcat({ ...dataset, meta: { ...meta, publisher: { name: 'Graz' } } }, { zip, publisherType: 'RegionalAuthority' }) ?? '';
    expect(await validateDcat(text)).toEqual([]);
  }, 30_000);

  test('the validator does find a broken description (a distribution without an access URL)', async () => {
    const text = (buildDcat(dataset, { zip }) ?? '').replace(/<dcat:accessURL rdf:resource="[^"]*\.zip"\/>/, '');
    const results = await validateDcat(text);
    expect(results).toEqual([expect.objectContaining({ severity: 'Violation', path: `${DCAT}accessURL` })]);
  }, 30_000);
});

test('centroid: area-weighted, holes subtract, either winding', () => {
  const square = [
    [0, 0],
    [4, 0],
    [4, 4],
    [0, 4],
    [0, 0],
  ];
  const hole = [
    [0, 0],
    [0, 2],
    [2, 2],
    [2, 0],
    [0, 0],
  ];
  expect(centroidOf({ type: 'Polygon', coordinates: [square] as never })).toEqual([2, 2]);
  expect(centroidOf({ type: 'Polygon', coordinates: [[...square].reverse()] as never })).toEqual([2, 2]);
  const [x = 0, y = 0] = centroidOf({ type: 'Polygon', coordinates: [square, hole] as never }) ?? [];
  expect(x).toBeCloseTo(7 / 3, 10);
  expect(y).toBeCloseTo(7 / 3, 10);
  expect(centroidOf(null)).toBeUndefined();
});
