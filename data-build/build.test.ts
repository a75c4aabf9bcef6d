import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { ChangesDocument, ObservationsDocument } from '../src/contract/schemas.ts';
import type { Adapter } from './adapters/types.ts';
import type { BuildOptions } from './build.ts';
import { parseArgs, runCli, USAGE } from './cli.ts';
import { failingAdapter, fakeKolada, FIXTURE_FILES, buildFixture, makeFixture, readTree, registry, treeHash, type Fixture } from './test/fixture.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

const build = (overrides: Partial<BuildOptions> = {}) => buildFixture(fixture, overrides);

const json = <T = Record<string, unknown>>(tree: Map<string, string>, name: string): T => JSON.parse(tree.get(name) ?? 'null') as T;

test('a source folder builds into the data API documents, checked, with series sources and a report', async () => {
  fixture = makeFixture();
  const result = await build();
  expect(result.errors).toEqual([]);
  expect(result.ok).toBe(true);
  const tree = readTree(fixture.out);
  const documents = [
    'areas.geojson',
    'build-report.json',
    'events.json',
    'goals.json',
    'indicators.json',
    'meta.json',
    'observations/car-share.json',
    'observations/energy-use.json',
    'sites.geojson',
  ];
  // The first build is also the first release, holding the same documents (data-build/releases.test.ts).
  expect([...tree.keys()]).toEqual([...documents.slice(0, 8), ...documents.map((path) => `releases/2026-01-15/${path}`), 'releases.json', 'sites.geojson']);
  expect(json(tree, 'meta.json')).toMatchObject({ apiVersion: '1', updated: '2026-01-15', title: { sv: 'Testdata' }, sampleNote: { sv: 'Påhittade värden.' } });
  // CSV: empty quality → measured; points sorted; a quoted ";" in events.csv; 2016-Q2 → 2016-04.
  const energy = json<ObservationsDocument>(tree, 'observations/energy-use.json');
  expect(energy.series.map((s) => s.areaId)).toEqual(['alpha', 'beta']);
  expect(energy.series[0]?.points[0]).toEqual({ period: '2015', value: 150, quality: 'measured', note: { sv: 'Källa: test' } });
  expect(json<{ events: unknown[] }>(tree, 'events.json').events).toEqual([
    { id: 'start', period: '2015', areaId: 'alpha', title: { sv: 'Start; äntligen', en: 'Start' } },
  ]);
  const site = json<{ features: Array<{ geometry: unknown; properties: Record<string, unknown> }> }>(tree, 'sites.geojson').features[0];
  expect(site?.geometry).toEqual({ type: 'Point', coordinates: [18.01, 59.305] });
  expect(site?.properties).toMatchObject({ started: '2016-04', completed: '2017', indicatorIds: ['energy-use'] });
  // Network series: values as read (null stays null), with where and when they were read.
  const cars = json<ObservationsDocument>(tree, 'observations/car-share.json');
  expect(cars.series[0]?.points.map((p) => p.value)).toEqual([8.5, null, 12.25]);
  expect(cars.series[0]?.source).toEqual({
    name: 'Kolada',
    url: 'http://127.0.0.1:9/kolada/v3/data/kpi/N07945/municipality/0180',
    retrievedAt: '2026-01-15T00:00:00Z',
  });
  const report = json<{ indicators: Array<Record<string, unknown>> }>(tree, 'build-report.json');
  expect(report.indicators).toEqual([
    expect.objectContaining({ indicatorId: 'energy-use', sourceKind: 'csv', location: 'observations/energy-use.csv', outcome: 'ok', pointsRead: 5 }),
    expect.objectContaining({ indicatorId: 'car-share', sourceKind: 'kolada', outcome: 'ok', pointsRead: 3, dropped: [{ reason: 'isdeleted', count: 1 }] }),
  ]);
});

test('internal indicators go to --internal-out only, and nothing public names them', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  for (const [name, text] of readTree(fixture.out)) expect(text, name).not.toContain('secret-coverage');
  const internal = readTree(fixture.internal);
  const documents = ['build-report.json', 'goals.json', 'indicators.json', 'observations/secret-coverage.json'];
  expect([...internal.keys()]).toEqual([...documents, ...documents.map((path) => `releases/2026-01-15/${path}`), 'releases.json']);
  expect(json<{ indicators: Array<{ id: string }> }>(internal, 'indicators.json').indicators.map((i) => i.id)).toEqual(['secret-coverage']);
  expect(json(internal, 'goals.json')).toEqual({
    apiVersion: '1',
    goals: [{ id: 'less-energy', title: { sv: 'Mindre energi' }, targets: [expect.objectContaining({ indicatorId: 'secret-coverage', areaId: 'alpha' })] }],
  });
  expect(json<{ goals: Array<{ targets: unknown[] }> }>(readTree(fixture.out), 'goals.json').goals[0]?.targets).toEqual([
    expect.objectContaining({ indicatorId: 'energy-use' }),
  ]);
});

test('without --internal-out the internal indicators are left out, and the build says so', async () => {
  fixture = makeFixture();
  const lines: string[] = [];
  const result = await build({ internalOutDir: undefined, log: (line) => lines.push(line) });
  expect(result.ok).toBe(true);
  expect(lines).toContainEqual(expect.stringMatching(/left out.*secret-coverage/));
  expect(result.report?.warnings).toContainEqual(expect.stringMatching(/1 internal indicator was left out/));
  for (const [name, text] of readTree(fixture.out)) expect(text, name).not.toContain('secret-coverage');
  expect(existsSync(fixture.internal)).toBe(false);
});

test('the same inputs and --today give byte-identical output', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  const first = readTree(fixture.out);
  const firstInternal = readTree(fixture.internal);
  expect((await build({ outDir: `${fixture.out}-again`, internalOutDir: `${fixture.internal}-again` })).ok).toBe(true);
  expect(readTree(`${fixture.out}-again`)).toEqual(first);
  expect(readTree(`${fixture.internal}-again`)).toEqual(firstInternal);
  // Key order follows the contract, whatever order the source used.
  expect(Object.keys(json<{ indicators: object[] }>(first, 'indicators.json').indicators[0] ?? {})).toEqual([
    'id',
    'domain',
    'name',
    'unit',
    'direction',
    'decimals',
    'frequency',
    'visibility',
    'source',
  ]);
});

test('area rings are written the RFC 7946 way whatever the source has, and the report says so once', async () => {
  fixture = makeFixture();
  const areas = JSON.parse(FIXTURE_FILES['areas.geojson'] ?? '') as { features: Array<{ geometry: { coordinates: number[][][] } }> };
  const counterClockwise = areas.features.map((feature) => feature.geometry.coordinates);
  // Two of three areas clockwise in the source.
  for (const feature of areas.features.slice(0, 2)) feature.geometry.coordinates = feature.geometry.coordinates.map((ring) => [...ring].reverse());
  fixture.write('areas.geojson', JSON.stringify(areas));
  const result = await build();
  expect(result.ok).toBe(true);
  const written = json<{ features: Array<{ geometry: { coordinates: number[][][] } }> }>(readTree(fixture.out), 'areas.geojson');
  expect(written.features.map((feature) => feature.geometry.coordinates)).toEqual(counterClockwise);
  const rewound = (result.report?.warnings ?? []).filter((warning) => /RFC 7946/.test(warning));
  expect(rewound).toEqual(['areas.geojson: 2 rings in 2 areas were turned round to RFC 7946 order (exterior rings counter-clockwise, holes clockwise)']);
});

test('a broken CSV fails the build naming file, line and column, and leaves the previous output byte for byte', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  const before = treeHash(fixture.out);
  const internalBefore = treeHash(fixture.internal);
  // The quoted note spans two physical lines, so the bad value is on line 4.
  fixture.write('observations/energy-use.csv', 'period,area,site,value,quality,note_sv\n2015,alpha,,150,,"Källa:\ntest"\n2020,alpha,,12.x,estimated,\n');
  const result = await build({ today: '2026-02-01' });
  expect(result.ok).toBe(false);
  expect(result.errors).toEqual(['observations/energy-use.csv line 4, column 4 (value): "12.x" is not a number']);
  expect(treeHash(fixture.out)).toBe(before);
  expect(treeHash(fixture.internal)).toBe(internalBefore);
  // No temporary folder is left beside the target.
  expect(readdirSync(dirname(fixture.out))).toEqual(['v1']);
});

test('output that fails the contract check is not published (a target on a reference area)', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  const before = treeHash(fixture.out);
  fixture.write(
    'goals.yaml',
    '- id: g\n  title: G\n  targets:\n    - { indicatorId: energy-use, areaId: city, baseline: { period: "2015", value: 150 }, target: { period: "2025", value: 50 } }\n',
  );
  const result = await build();
  expect(result.ok).toBe(false);
  expect(result.errors).toContainEqual(expect.stringMatching(/^output: ERROR goals\.json goals\[0\]\.targets\[0\]\.areaId: "city" is a reference area/));
  expect(treeHash(fixture.out)).toBe(before);
});

test('a failing source fails the build naming indicator, source kind and URL', async () => {
  fixture = makeFixture();
  const result = await build({ adapters: registry({ kolada: failingAdapter('kolada') }) });
  expect(result.ok).toBe(false);
  expect(result.errors).toEqual(['car-share: kolada source http://127.0.0.1:9/kolada/v3/data/kpi/x: HTTP 500']);
  expect(existsSync(fixture.out)).toBe(false);
});

test('--keep-going keeps the previous series of a failing source, marked stale since the failure', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  const previous = json<ObservationsDocument>(readTree(fixture.out), 'observations/car-share.json');
  const failing = registry({ kolada: failingAdapter('kolada', 'timed out after 30000 ms') });
  const first = await build({ adapters: failing, keepGoing: true, today: '2026-02-01' });
  expect(first.errors).toEqual([]);
  const tree = readTree(fixture.out);
  const stale = json<ObservationsDocument>(tree, 'observations/car-share.json');
  expect(stale).toEqual({ ...previous, stale: true, staleSince: '2026-02-01T00:00:00Z' });
  expect(json<{ indicators: unknown[] }>(tree, 'build-report.json').indicators).toContainEqual(
    expect.objectContaining({
      indicatorId: 'car-share',
      outcome: 'stale',
      error: 'car-share: kolada source http://127.0.0.1:9/kolada/v3/data/kpi/x: timed out after 30000 ms',
    }),
  );
  // Still failing a month later: stale since the first failure.
  expect((await build({ adapters: failing, keepGoing: true, today: '2026-03-01' })).ok).toBe(true);
  expect(json<ObservationsDocument>(readTree(fixture.out), 'observations/car-share.json').staleSince).toBe('2026-02-01T00:00:00Z');
  // Read again: no longer stale.
  expect((await build({ today: '2026-04-01' })).ok).toBe(true);
  expect(json<ObservationsDocument>(readTree(fixture.out), 'observations/car-share.json')).not.toHaveProperty('stale');
});

test('changes.json lists added, changed and removed values and status changes, newest update first', async () => {
  fixture = makeFixture();
  expect((await build({ today: '2025-06-01' })).ok).toBe(true);
  expect(existsSync(`${fixture.out}/changes.json`)).toBe(false); // nothing to compare on a first build
  // 2024 value for alpha falls to 45 (achieved); 2020 removed; 2025 for beta added.
  fixture.write(
    'observations/energy-use.csv',
    'period,area,site,value,quality,note_sv\n2015,alpha,,150,,Källa: test\n2024,alpha,,45,estimated,\n2015,beta,,120,,Källa: test\n2024,beta,,90,estimated,\n2025,beta,,85,estimated,\n',
  );
  expect((await build({ today: '2025-07-01', adapters: registry({ kolada: fakeKolada([{ period: '2022', value: 8.5, quality: 'measured' }]) }) })).ok).toBe(
    true,
  );
  const changes = json<ChangesDocument>(readTree(fixture.out), 'changes.json');
  expect(changes.updates).toHaveLength(1);
  expect(changes.updates[0]).toMatchObject({ updated: '2025-07-01', previousUpdated: '2025-06-01' });
  expect(changes.updates[0]?.changes).toEqual([
    { kind: 'value-removed', indicatorId: 'energy-use', areaId: 'alpha', period: '2020', before: 100, after: null },
    { kind: 'value-changed', indicatorId: 'energy-use', areaId: 'alpha', period: '2024', before: 60, after: 45 },
    { kind: 'value-added', indicatorId: 'energy-use', areaId: 'beta', period: '2025', before: null, after: 85 },
    { kind: 'status-changed', indicatorId: 'energy-use', areaId: 'alpha', goalId: 'less-energy', before: 'on-track', after: 'achieved' },
    { kind: 'value-removed', indicatorId: 'car-share', areaId: 'city', period: '2024', before: 12.25, after: null },
  ]);
  // Nothing internal in the public list; the internal output has its own.
  expect(JSON.stringify(changes)).not.toContain('secret');
  // The next update goes first; a build that changes nothing keeps the list as it is.
  fixture.write('observations/secret-coverage.csv', 'period,area,value\n2015,alpha,10\n2024,alpha,80\n2025,alpha,85\n');
  fixture.write(
    'observations/energy-use.csv',
    'period,area,site,value,quality,note_sv\n2015,alpha,,150,,Källa: test\n2024,alpha,,44,estimated,\n2015,beta,,120,,Källa: test\n2024,beta,,90,estimated,\n2025,beta,,85,estimated,\n',
  );
  const kolada = registry({ kolada: fakeKolada([{ period: '2022', value: 8.5, quality: 'measured' }]) });
  expect((await build({ today: '2025-08-01', adapters: kolada })).ok).toBe(true);
  const later = json<ChangesDocument>(readTree(fixture.out), 'changes.json');
  expect(later.updates.map((u) => u.updated)).toEqual(['2025-08-01', '2025-07-01']);
  expect(json<ChangesDocument>(readTree(fixture.internal), 'changes.json').updates[0]?.changes).toEqual([
    { kind: 'value-added', indicatorId: 'secret-coverage', areaId: 'alpha', period: '2025', before: null, after: 85 },
  ]);
  expect((await build({ today: '2025-08-02', adapters: kolada })).ok).toBe(true);
  expect(json<ChangesDocument>(readTree(fixture.out), 'changes.json')).toEqual(later);
});

test('--previous and --internal-previous name the outputs to compare with and keep stale series from; they are left as they were', async () => {
  fixture = makeFixture();
  expect((await build({ today: '2025-06-01' })).ok).toBe(true);
  const previousPublic = treeHash(fixture.out);
  const previousInternal = treeHash(fixture.internal);
  fixture.write('observations/secret-coverage.csv', 'period,area,value\n2015,alpha,10\n2024,alpha,80\n2025,alpha,85\n');
  fixture.write(
    'observations/energy-use.csv',
    'period,area,site,value,quality,note_sv\n2015,alpha,,150,,Källa: test\n2020,alpha,,100,estimated,\n2024,alpha,,60,estimated,\n2015,beta,,120,,Källa: test\n2024,beta,,90,estimated,\n2025,beta,,85,estimated,\n',
  );
  const elsewhere = { out: join(fixture.root, 'next', 'v1'), internal: join(fixture.root, 'next-internal', 'v1') };
  const failing = registry({ kolada: failingAdapter('kolada') });
  const result = await runCli(
    [
      fixture.source,
      '--out',
      elsewhere.out,
      '--internal-out',
      elsewhere.internal,
      '--previous',
      fixture.out,
      '--internal-previous',
      fixture.internal,
      '--today',
      '2025-07-01',
      '--keep-going',
      '--no-timings',
    ],
    {},
    failing,
    () => {},
  );
  expect(result).toBe(0);
  const tree = readTree(elsewhere.out);
  // Compared with the named previous output, not with the (empty) --out folder.
  expect(json<ChangesDocument>(tree, 'changes.json').updates).toEqual([
    {
      updated: '2025-07-01',
      previousUpdated: '2025-06-01',
      changes: [{ kind: 'value-added', indicatorId: 'energy-use', areaId: 'beta', period: '2025', before: null, after: 85 }],
    },
  ]);
  expect(json<ChangesDocument>(readTree(elsewhere.internal), 'changes.json').updates).toEqual([
    {
      updated: '2025-07-01',
      previousUpdated: '2025-06-01',
      changes: [{ kind: 'value-added', indicatorId: 'secret-coverage', areaId: 'alpha', period: '2025', before: null, after: 85 }],
    },
  ]);
  // The failing source keeps the series of the named previous output.
  const kept = json<ObservationsDocument>(readTree(fixture.out), 'observations/car-share.json');
  expect(kept.series.length).toBeGreaterThan(0);
  expect(json<ObservationsDocument>(tree, 'observations/car-share.json')).toEqual({ ...kept, stale: true, staleSince: '2025-07-01T00:00:00Z' });
  expect(treeHash(fixture.out)).toBe(previousPublic);
  expect(treeHash(fixture.internal)).toBe(previousInternal);
});

test('the CLI parses --previous and --internal-previous and its usage text names them', () => {
  expect(parseArgs(['src', '--out', 'o', '--internal-out', 'i', '--previous', 'p', '--internal-previous', 'q'])).toMatchObject({
    outDir: 'o',
    internalOutDir: 'i',
    previousDir: 'p',
    internalPreviousDir: 'q',
  });
  expect(parseArgs(['src', '--out', 'o'])).not.toHaveProperty('previousDir');
  expect(parseArgs(['src', '--out', 'o', '--previous'])).toBe('--previous needs a value');
  expect(parseArgs(['src', '--out', 'o', '--internal-previous', 'q'])).toBe('--internal-previous needs --internal-out');
  expect(USAGE).toContain('[--previous <dir>] [--internal-previous <dir>]');
});

test('an indicator whose latest value grows old is reported as became-overdue', async () => {
  fixture = makeFixture();
  expect((await build({ today: '2025-06-01' })).ok).toBe(true);
  expect((await build({ today: '2028-06-01' })).ok).toBe(true);
  const changes = json<ChangesDocument>(readTree(fixture.out), 'changes.json');
  expect(changes.updates[0]?.changes).toContainEqual({ kind: 'became-overdue', indicatorId: 'energy-use', areaId: 'alpha', period: '2024' });
});

test('sources on one host are read at most 4 at a time', async () => {
  const indicators = Array.from({ length: 9 }, (_, i) =>
    [
      `- id: cars-${i}`,
      '  domain: mobility',
      '  name: Bilar',
      '  unit: st',
      '  direction: decrease',
      '  decimals: 0',
      '  frequency: annual',
      '  visibility: public',
      '  source: { name: Kolada }',
      '  input: { kind: kolada, kpi: N1, municipality: "0180", area: city }',
    ].join('\n'),
  );
  fixture = makeFixture();
  fixture.write('indicators.yaml', `${indicators.join('\n')}\n`);
  fixture.write('goals.yaml', '[]\n');
  fixture.write('sites.csv', 'id,area,lat,lon\n');
  let running = 0;
  let most = 0;
  const inner = fakeKolada();
  const slow: Adapter = async (input, context) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 20));
    running -= 1;
    return inner(input as never, context);
  };
  const done: string[] = [];
  const result = await build({ adapters: registry({ kolada: slow }), progress: { done: (entry) => done.push(entry.indicatorId) } });
  expect(result.errors).toEqual([]);
  expect(most).toBe(4);
  expect(done).toHaveLength(9);
});

test('SOURCE_DATE_EPOCH stands for --today and turns timings off; --today wins', () => {
  expect(parseArgs(['src', '--out', 'o'], { SOURCE_DATE_EPOCH: '1763629200' })).toMatchObject({ today: '2025-11-20T09:00:00Z', timings: false });
  expect(parseArgs(['src', '--out', 'o', '--today', '2026-01-01'], { SOURCE_DATE_EPOCH: '1763629200' })).toMatchObject({ today: '2026-01-01', timings: true });
  expect(parseArgs(['src'], {})).toBe('--out is required');
});

test('published outputs get the public documents and their files are written with them', async () => {
  fixture = makeFixture();
  const seen: string[] = [];
  const result = await build({
    outputs: [
      (dataset) => {
        seen.push(...dataset.indicators.indicators.map((i) => i.id), ...dataset.files.keys());
        return [{ path: 'feeds/count.txt', contents: String(dataset.observations.length) }];
      },
    ],
  });
  expect(result.errors).toEqual([]);
  expect(readTree(fixture.out).get('feeds/count.txt')).toBe('2');
  expect(seen).toContain('observations/energy-use.json');
  expect(seen.join(' ')).not.toContain('secret-coverage');
  // An output that would overwrite a document fails the build before anything is written.
  const before = treeHash(fixture.out);
  const clash = await build({ today: '2026-03-01', outputs: [() => [{ path: 'meta.json', contents: '{}' }]] });
  expect(clash.ok).toBe(false);
  expect(clash.errors[0]).toMatch(/writes meta\.json, which the build already writes/);
  expect(treeHash(fixture.out)).toBe(before);
});

test('without meta.url the build writes no DCAT description and says so, in the report and on the terminal', async () => {
  fixture = makeFixture(); // dataset.yaml has no url
  const lines: string[] = [];
  const code = await runCli([fixture.source, '--out', fixture.out, '--today', '2026-01-15', '--no-timings'], {}, registry(), (line) => lines.push(line));
  expect(code).toBe(0);
  const tree = readTree(fixture.out);
  expect(tree.has('dcat.rdf')).toBe(false);
  const note = 'dcat.rdf (DCAT-AP-SE) was not written: the dataset has no url (dataset.yaml "url"), and a catalogue description needs absolute addresses';
  expect(json<{ warnings: string[] }>(tree, 'build-report.json').warnings).toContain(note);
  expect(lines).toContain(`WARN ${note}`);

  // With a url the description is written and nothing is said about it.
  fixture.write('dataset.yaml', `url: https://example.org/pilot/\n${FIXTURE_FILES['dataset.yaml'] ?? ''}`);
  lines.length = 0;
  expect(await runCli([fixture.source, '--out', fixture.out, '--today', '2026-01-16', '--no-timings'], {}, registry(), (line) => lines.push(line))).toBe(0);
  expect(readTree(fixture.out).has('dcat.rdf')).toBe(true);
  expect(lines.join('\n')).not.toContain('dcat.rdf');
});
