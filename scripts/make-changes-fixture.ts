/**
 * Makes the committed "what changed" fixtures until `data:build` writes them (issue 11):
 * compares the embedded dataset (public/data/v1, and the internal base data/internal/v1) with a
 * previous output that differs (data-build/fixtures/previous-output/) and writes
 * public/data/v1/changes.json, public/data/v1/feed.xml and data/internal/v1/changes.json with
 * the same functions the build uses. Usage: npx tsx scripts/make-changes-fixture.ts
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { computeUpdate } from '../data-build/changes/compute-update';
import { readBuiltDataset, readSnapshot, readUpdated } from '../data-build/changes/read-output';
import { buildFeed } from '../data-build/outputs/feed';
import type { ChangesDocument } from '../src/lib/api/schemas';
import { isMainModule } from './is-main';

const root = resolve(import.meta.dirname, '..');
export const PUBLIC_OUTPUT = join(root, 'public/data/v1');
export const INTERNAL_OUTPUT = join(root, 'data/internal/v1');
export const PREVIOUS_PUBLIC = join(root, 'data-build/fixtures/previous-output/public');
export const PREVIOUS_INTERNAL = join(root, 'data-build/fixtures/previous-output/internal');

export function makeChangesFixture(): { publicChanges: ChangesDocument; internalChanges: ChangesDocument; feed: string } {
  const updated = readUpdated(PUBLIC_OUTPUT);
  const previousUpdated = readUpdated(PREVIOUS_PUBLIC);
  const publicChanges: ChangesDocument = {
    apiVersion: '1',
    updates: [computeUpdate(readSnapshot(PREVIOUS_PUBLIC, previousUpdated, 'public'), readSnapshot(PUBLIC_OUTPUT, updated, 'public'))],
  };
  const internalChanges: ChangesDocument = {
    apiVersion: '1',
    updates: [computeUpdate(readSnapshot(PREVIOUS_INTERNAL, previousUpdated, 'internal'), readSnapshot(INTERNAL_OUTPUT, updated, 'internal'))],
  };
  return { publicChanges, internalChanges, feed: buildFeed(readBuiltDataset(PUBLIC_OUTPUT, publicChanges)) };
}

if (isMainModule(import.meta.url)) {
  const { publicChanges, internalChanges, feed } = makeChangesFixture();
  writeFileSync(join(PUBLIC_OUTPUT, 'changes.json'), `${JSON.stringify(publicChanges, null, 2)}\n`);
  writeFileSync(join(PUBLIC_OUTPUT, 'feed.xml'), feed);
  writeFileSync(join(INTERNAL_OUTPUT, 'changes.json'), `${JSON.stringify(internalChanges, null, 2)}\n`);
  console.log(`changes.json: ${publicChanges.updates[0]?.changes.length ?? 0} public, ${internalChanges.updates[0]?.changes.length ?? 0} internal changes; feed.xml written`);
}
