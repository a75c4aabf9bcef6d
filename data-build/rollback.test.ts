// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { ChangesDocument, ObservationsDocument, ReleasesDocument } from '../src/contract/schemas.ts';
import { runBuild, type BuildOptions } from './build.ts';
import { atomFeedOutput } from './outputs/feed.ts';
import { parseRollbackArgs, runRollback, runRollbackCli } from './rollback.ts';
import { FIXTURE_FILES, makeFixture, readTree, registry, treeHash, type Fixture } from './test/fixture.ts';

let fixture: Fixture;
afterEach(() => fixture?.cleanup());

const build = (overrides: Partial<BuildOptions> = {}) =>
  runBuild({
    sourceDir: fixture.source,
    outDir: fixture.out,
    internalOutDir: fixture.internal,
    today: '2026-01-15',
    adapters: registry(),
    outputs: [atomFeedOutput],
    timings: false,
    ...overrides,
  });

const read = <T>(dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
const energyValue = (dir: string) => read<ObservationsDocument>(dir, 'observations/energy-use.json').series[0]?.points[2]?.value;

/** Two releases: 2026-01-15 (60, secret 80) and 2026-02-01 (55, secret 85). */
async function twoReleases(): Promise<void> {
  fixture = makeFixture();
  expect((await build()).ok).toBe(true);
  fixture.write('observations/energy-use.csv', (FIXTURE_FILES['observations/energy-use.csv'] as string).replace('2024,alpha,,60,', '2024,alpha,,55,'));
  fixture.write('observations/secret-coverage.csv', ['period,area,value', '2015,alpha,10', '2024,alpha,85', ''].join('\n'));
  expect((await build({ today: '2026-02-01' })).ok).toBe(true);
}

test('a rollback makes an earlier release the latest again, as a new release, recorded in changes.json and the feed', async () => {
  await twoReleases();
  const before = { first: readTree(join(fixture.out, 'releases/2026-01-15')), second: readTree(join(fixture.out, 'releases/2026-02-01')) };
  const result = await runRollback({
    outDir: fixture.out,
    internalOutDir: fixture.internal,
    to: '2026-01-15',
    today: '2026-02-03T10:00:00Z',
    outputs: [atomFeedOutput],
  });
  expect(result).toMatchObject({ ok: true, releaseId: '2026-02-03' });

  // The top level is the earlier release's data again, dated now.
  expect(energyValue(fixture.out)).toBe(60);
  expect(read<{ updated: string }>(fixture.out, 'meta.json').updated).toBe('2026-02-03T10:00:00Z');
  expect(read<ObservationsDocument>(fixture.internal, 'observations/secret-coverage.json').series[0]?.points[1]?.value).toBe(80);

  // Recorded: the update names the release restored and the values it changed back.
  const changes = read<ChangesDocument>(fixture.out, 'changes.json');
  expect(changes.updates[0]).toMatchObject({ updated: '2026-02-03T10:00:00Z', previousUpdated: '2026-02-01', restoredTo: '2026-01-15' });
  expect(changes.updates[0]?.changes).toContainEqual(
    expect.objectContaining({ kind: 'value-changed', indicatorId: 'energy-use', areaId: 'alpha', period: '2024', before: 55, after: 60 }),
  );
  expect(changes.updates).toHaveLength(2);
  expect(read<ChangesDocument>(fixture.internal, 'changes.json').updates[0]).toMatchObject({ restoredTo: '2026-01-15' });

  // The feed says so, in both languages.
  const feed = readFileSync(join(fixture.out, 'feed.xml'), 'utf8');
  expect(feed).toContain('Återställd till 15 januari 2026');
  expect(feed).toContain('Restored to 15 January 2026');

  // The rollback is itself a release; the earlier ones are untouched.
  const releases = read<ReleasesDocument>(fixture.out, 'releases.json');
  expect(releases.latest).toBe('2026-02-03');
  expect(releases.releases.map((r) => [r.id, r.restoredFrom])).toEqual([
    ['2026-01-15', undefined],
    ['2026-02-01', undefined],
    ['2026-02-03', '2026-01-15'],
  ]);
  expect(readTree(join(fixture.out, 'releases/2026-01-15'))).toEqual(before.first);
  expect(readTree(join(fixture.out, 'releases/2026-02-01'))).toEqual(before.second);
  // Its unchanged documents are the restored release's files, not copies.
  expect(statSync(join(fixture.out, 'releases/2026-02-03/observations/energy-use.json')).ino).toBe(
    statSync(join(fixture.out, 'releases/2026-01-15/observations/energy-use.json')).ino,
  );
  expect(read<ReleasesDocument>(fixture.internal, 'releases.json').releases.at(-1)).toMatchObject({ id: '2026-02-03', restoredFrom: '2026-01-15' });
});

test('a rollback happens in one step: a failure leaves everything as it was, with nothing left behind', async () => {
  await twoReleases();
  const hashes = [treeHash(fixture.out), treeHash(fixture.internal)];
  const siblings = () => readdirSync(dirname(fixture.out)).sort();
  const listing = siblings();

  // An unknown release, the latest, and a failing output late in the step (after the documents are ready).
  const unknown = await runRollback({ outDir: fixture.out, to: '2025-12-31', today: '2026-02-03' });
  expect(unknown.ok).toBe(false);
  expect(unknown.errors[0]).toContain('there is no release 2025-12-31');
  const latest = await runRollback({ outDir: fixture.out, to: '2026-02-01', today: '2026-02-03' });
  expect(latest.errors[0]).toContain('already the latest');
  const failing = await runRollback({
    outDir: fixture.out,
    internalOutDir: fixture.internal,
    to: '2026-01-15',
    today: '2026-02-03',
    outputs: [
      () => {
        throw new Error('disk full');
      },
    ],
  });
  expect(failing).toEqual({ ok: false, errors: ['disk full'] });
  expect([treeHash(fixture.out), treeHash(fixture.internal)]).toEqual(hashes);
  expect(siblings()).toEqual(listing);
});

test('the CLI needs --out and --to, and reports the outcome', async () => {
  expect(parseRollbackArgs(['--', '--out', 'x'])).toBe('--to is required');
  expect(parseRollbackArgs(['--to', '2026-01-15'])).toBe('--out is required');
  expect(parseRollbackArgs(['--out', 'x', '--to', '2026-01-15', '--internal-out', 'y'])).toEqual({ outDir: 'x', to: '2026-01-15', internalOutDir: 'y' });
  await twoReleases();
  const lines: string[] = [];
  expect(await runRollbackCli(['--out', fixture.out, '--to', '2026-01-15', '--today', '2026-02-03'], (line) => lines.push(line))).toBe(0);
  expect(lines.join('\n')).toContain('release 2026-01-15 is the latest again, published as release 2026-02-03');
});
