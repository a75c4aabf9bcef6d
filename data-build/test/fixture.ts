/**
 * A small source folder written to a temp directory for the build's tests: two districts and a
 * reference area, a CSV indicator with a target, an internal CSV indicator with a target, and a
 * network (Kolada) indicator on the reference area, read through an injected fake adapter.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runBuild, type AdapterRegistry, type BuildOptions } from '../build.ts';
import { SourceError, type Adapter, type KoladaInput } from '../adapters/types.ts';

const square = (lon: number, lat: number) => [
  [
    [lon, lat],
    [lon + 0.02, lat],
    [lon + 0.02, lat + 0.01],
    [lon, lat + 0.01],
    [lon, lat],
  ],
];

export const FIXTURE_FILES: Record<string, string> = {
  'dataset.yaml': [
    'title:',
    '  sv: Testdata',
    '  en: Test data',
    'publisher: { name: Testkommunen }',
    'licence: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }',
    'isSample: true',
    'sampleNote: Påhittade värden.',
    'contact: { email: data@example.org }',
    'endpoints:',
    '  kolada: http://127.0.0.1:9/kolada/v3',
    '',
  ].join('\n'),
  'areas.geojson': JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'alpha', geometry: { type: 'Polygon', coordinates: square(18.0, 59.3) }, properties: { name: 'Alfa' } },
      { type: 'Feature', id: 'beta', geometry: { type: 'Polygon', coordinates: square(18.1, 59.35) }, properties: { name: { sv: 'Beta', en: 'Beta' } } },
      { type: 'Feature', id: 'city', geometry: { type: 'Polygon', coordinates: square(17.95, 59.28) }, properties: { name: 'Staden', role: 'reference' } },
    ],
  }),
  'indicators.yaml': [
    '# JSON-like and block YAML mixed on purpose',
    '- id: energy-use',
    '  domain: energy',
    '  name: { sv: Energianvändning, en: Energy use }',
    '  unit: kWh/m²',
    '  direction: decrease',
    '  decimals: 0',
    '  frequency: annual',
    '  visibility: public',
    '  source: { name: Testkällan }',
    '- id: secret-coverage',
    '  domain: energy',
    '  name: Mätartäckning',
    '  unit: procent',
    '  direction: increase',
    '  decimals: 0',
    '  frequency: annual',
    '  visibility: internal',
    '  source: { name: Internt }',
    '- id: car-share',
    '  domain: mobility',
    '  name: Elbilar, andel',
    '  unit: procent',
    '  direction: increase',
    '  decimals: 1',
    '  frequency: annual',
    '  visibility: public',
    '  source: { name: Kolada, url: "https://www.kolada.se/" }',
    '  input: { kind: kolada, kpi: N07945, municipality: "0180", area: city }',
    '',
  ].join('\n'),
  'goals.yaml': [
    '- id: less-energy',
    '  title: Mindre energi',
    '  targets:',
    '    - { indicatorId: energy-use, areaId: alpha, baseline: { period: "2015", value: 150 }, target: { period: "2025", value: 50 } }',
    '    - { indicatorId: secret-coverage, areaId: alpha, baseline: { period: "2015", value: 10 }, target: { period: "2025", value: 90 } }',
    '',
  ].join('\n'),
  'sites.csv': [
    'id,area,name_sv,name_en,domain,kind,status,started,completed,indicators,lat,lon',
    'alpha-roof,alpha,Taket,The roof,energy,solar,completed,2016-Q2,2017,energy-use secret-coverage,59.305,18.01',
    '',
  ].join('\n'),
  'events.csv': ['id;period;area;title_sv;title_en', 'start;2015;alpha;"Start; äntligen";Start', ''].join('\r\n'),
  'observations/energy-use.csv': [
    'period,area,site,value,quality,note_sv',
    '2015,alpha,,150,,Källa: test',
    '2020,alpha,,100,estimated,',
    '2024,alpha,,60,estimated,',
    '2015,beta,,120,,Källa: test',
    '2024,beta,,90,estimated,',
    '',
  ].join('\n'),
  'observations/secret-coverage.csv': ['period,area,value', '2015,alpha,10', '2024,alpha,80', ''].join('\n'),
};

export interface Fixture {
  root: string;
  source: string;
  out: string;
  internal: string;
  write(file: string, text: string): void;
  cleanup(): void;
}

export function makeFixture(files: Record<string, string> = FIXTURE_FILES): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'gsm-build-'));
  const source = join(root, 'source');
  const write = (file: string, text: string) => {
    const path = join(source, ...file.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  for (const [file, text] of Object.entries(files)) write(file, text);
  return {
    root,
    source,
    out: join(root, 'out', 'v1'),
    internal: join(root, 'internal', 'v1'),
    write,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every file under `dir`: relative path → text. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const [path, text] of readTree(dir)) hash.update(`${path}\0${text}\0`);
  return hash.digest('hex');
}

export const KOLADA_POINTS = [
  { period: '2022', value: 8.5, quality: 'measured' as const },
  { period: '2023', value: null, quality: 'measured' as const },
  { period: '2024', value: 12.25, quality: 'measured' as const },
];

/** A Kolada adapter that answers from memory, as the real one would shape it. */
export function fakeKolada(points = KOLADA_POINTS): Adapter<KoladaInput> {
  return (input, context) =>
    Promise.resolve({
      series: [{ areaId: input.area, points: points.map((p) => ({ ...p, note: { sv: `Källa: Kolada, ${input.kpi}`, en: `Source: Kolada, ${input.kpi}` } })) }],
      url: `${context.endpoints.kolada}/data/kpi/${input.kpi}/municipality/${input.municipality}`,
      pointsRead: points.length,
      dropped: [{ reason: 'isdeleted', count: 1 }],
      warnings: [],
    });
}

export function failingAdapter(kind: 'kolada' | 'pxweb' | 'sensorthings' | 'ngsild', problem = 'HTTP 500'): Adapter {
  return (input, context) => Promise.reject(new SourceError(context.indicatorId, kind, input.url ?? `${context.endpoints.kolada}/data/kpi/x`, problem));
}

export function registry(overrides: Partial<AdapterRegistry> = {}): AdapterRegistry {
  const unused =
    (kind: 'kolada' | 'pxweb' | 'sensorthings' | 'ngsild'): Adapter =>
    () =>
      Promise.reject(new Error(`the ${kind} adapter was not expected to be called`));
  return { kolada: fakeKolada(), pxweb: unused('pxweb'), sensorthings: unused('sensorthings'), ngsild: unused('ngsild'), ...overrides } as AdapterRegistry;
}

/** The build of a fixture as the tests run it: its folders, a fixed day, the fake adapters, no outputs, no timings. */
export function buildFixture(fixture: Fixture, overrides: Partial<BuildOptions> = {}) {
  return runBuild({
    sourceDir: fixture.source,
    outDir: fixture.out,
    internalOutDir: fixture.internal,
    today: '2026-01-15',
    adapters: registry(),
    outputs: [],
    timings: false,
    ...overrides,
  });
}
