// @vitest-environment node
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { releasesDocumentSchema, type ReleasesDocument } from '../src/contract/schemas.ts';
import type { BuildOptions } from './build.ts';
import { nextReleaseId, releaseBytes } from './releases.ts';
import { FIXTURE_FILES, buildFixture, makeFixture, readTree, treeHash, type Fixture } from './test/fixture.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

const build = (overrides: Partial<BuildOptions> = {}) => buildFixture(fixture, overrides);

const releasesOf = (dir: string): ReleasesDocument => releasesDocumentSchema.parse(JSON.parse(readFileSync(join(dir, 'releases.json'), 'utf8')));
const inode = (path: string) => statSync(path).ino;
const changeEnergy = (value: number) =>
  fixture.write('observations/energy-use.csv', (FIXTURE_FILES['observations/energy-use.csv'] as string).replace('2024,alpha,,60,', `2024,alpha,,${value},`));

test('release ids are the update date, then -2, -3 on the same day', () => {
  expect(nextReleaseId('2026-05-20T09:00:00Z', new Set())).toBe('2026-05-20');
  expect(nextReleaseId('2026-05-20', new Set(['2026-05-20']))).toBe('2026-05-20-2');
  expect(nextReleaseId('2026-05-20T18:00:00Z', new Set(['2026-05-20', '2026-05-20-2']))).toBe('2026-05-20-3');
});

test('a build whose documents differ makes a release; one that only moves the date does not', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  expect(releasesOf(fixture.out)).toEqual({
    apiVersion: '1',
    latest: '2026-01-15',
    releases: [{ id: '2026-01-15', updated: '2026-01-15', changes: 0, path: 'releases/2026-01-15/' }],
  });
  // The release holds exactly the documents of the top level.
  const tree = readTree(fixture.out);
  for (const [path, text] of tree) if (!path.startsWith('releases')) expect(tree.get(`releases/2026-01-15/${path}`), path).toBe(text);

  // Same data, a later day: no new release, the latest stays.
  expect((await build({ today: '2026-01-16' })).ok).toBe(true);
  expect(releasesOf(fixture.out).releases.map((r) => r.id)).toEqual(['2026-01-15']);
  expect(JSON.parse(readFileSync(join(fixture.out, 'meta.json'), 'utf8'))).toMatchObject({ updated: '2026-01-16' });

  // Changed data twice on one day: -2 on the second.
  changeEnergy(55);
  expect((await build({ today: '2026-02-01T06:00:00Z' })).ok).toBe(true);
  changeEnergy(50);
  expect((await build({ today: '2026-02-01T18:00:00Z' })).ok).toBe(true);
  const doc = releasesOf(fixture.out);
  expect(doc.latest).toBe('2026-02-01-2');
  expect(doc.releases.map((r) => [r.id, r.updated])).toEqual([
    ['2026-01-15', '2026-01-15'],
    ['2026-02-01', '2026-02-01T06:00:00Z'],
    ['2026-02-01-2', '2026-02-01T18:00:00Z'],
  ]);
  // Each release counts the changes of its own update in changes.json (the value, and a status with 50).
  const updates = (JSON.parse(readFileSync(join(fixture.out, 'changes.json'), 'utf8')) as { updates: Array<{ changes: unknown[] }> }).updates;
  expect(doc.releases.map((r) => r.changes)).toEqual([0, updates[1]?.changes.length, updates[0]?.changes.length]);
  expect(doc.releases[1]?.changes).toBe(1);
  const value = (id: string) =>
    (
      JSON.parse(readFileSync(join(fixture.out, 'releases', id, 'observations/energy-use.json'), 'utf8')) as {
        series: Array<{ points: Array<{ value: number }> }>;
      }
    ).series[0]?.points[2]?.value;
  expect([value('2026-01-15'), value('2026-02-01'), value('2026-02-01-2')]).toEqual([60, 55, 50]);
});

test('a build never rewrites a release, and unchanged files are shared between releases (hard links)', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  const first = join(fixture.out, 'releases', '2026-01-15');
  const before = readTree(first);
  const areasInode = inode(join(first, 'areas.geojson'));
  const energyInode = inode(join(first, 'observations/energy-use.json'));
  changeEnergy(55);
  expect((await build({ today: '2026-02-01' })).ok).toBe(true);
  expect(readTree(first)).toEqual(before);
  // The earlier release's files are the very same files, and the new release links to them where nothing changed.
  expect(inode(join(first, 'areas.geojson'))).toBe(areasInode);
  expect(inode(join(fixture.out, 'releases/2026-02-01/areas.geojson'))).toBe(areasInode);
  expect(inode(join(fixture.out, 'releases/2026-02-01/observations/energy-use.json'))).not.toBe(energyInode);
  const bytes = await releaseBytes(fixture.out);
  expect(bytes.map((b) => b.id)).toEqual(['2026-01-15', '2026-02-01']);
  // The second release adds only what changed: the energy series, meta, changes and report.
  expect(bytes[1]?.newBytes).toBeLessThan((bytes[1]?.bytes ?? 0) / 2);
});

test('an output from before releases becomes the first release; the internal base gets its own', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  // Make the previous output look like one written before releases existed.
  for (const dir of [fixture.out, fixture.internal]) {
    rmSync(join(dir, 'releases'), { recursive: true });
    rmSync(join(dir, 'releases.json'));
  }
  const old = readTree(fixture.out);
  changeEnergy(55);
  fixture.write('observations/secret-coverage.csv', ['period,area,value', '2015,alpha,10', '2024,alpha,85', ''].join('\n'));
  expect((await build({ today: '2026-02-01' })).ok).toBe(true);
  expect(releasesOf(fixture.out).releases.map((r) => r.id)).toEqual(['2026-01-15', '2026-02-01']);
  for (const [path, text] of old) expect(readFileSync(join(fixture.out, 'releases/2026-01-15', path), 'utf8'), path).toBe(text);
  // The internal output takes the public base's date for its adopted release.
  expect(releasesOf(fixture.internal).releases.map((r) => r.id)).toEqual(['2026-01-15', '2026-02-01']);
  expect(readTree(join(fixture.internal, 'releases/2026-02-01')).has('observations/secret-coverage.json')).toBe(true);
});

test('a broken or incomplete release history fails the build and leaves the output as it was', async () => {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  changeEnergy(55);
  writeFileSync(join(fixture.out, 'releases.json'), '{"apiVersion":"1","latest":"x","releases":[]}');
  const hash = treeHash(fixture.out);
  const broken = await build({ today: '2026-02-01' });
  expect(broken.ok).toBe(false);
  expect(broken.errors.join('\n')).toContain('releases.json does not follow the contract');
  expect(treeHash(fixture.out)).toBe(hash);

  // A listed release whose folder is gone: the build refuses to publish over it.
  fixture.cleanup();
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  cpSync(fixture.out, `${fixture.out}.copy`, { recursive: true });
  rmSync(join(fixture.out, 'releases', '2026-01-15'), { recursive: true });
  const missing = await build({ today: '2026-02-01' });
  expect(missing.ok).toBe(false);
  expect(missing.errors.join('\n')).toContain('release 2026-01-15 is listed');
});
