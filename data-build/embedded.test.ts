/**
 * The embedded dataset is built, not hand-written: building data/source/embedded with the flags
 * of `npm run data:build:embedded` reproduces the committed public/data/v1 and data/internal/v1
 * byte for byte. When this fails, run `npm run data:build:embedded` and commit the result.
 * The script compares with a fixed previous output (data-build/fixtures/previous-output/, via
 * --previous / --internal-previous), so changes.json and feed.xml are reproducible too.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { adapters } from './adapters/index.ts';
import { runCli } from './cli.ts';
import { readTree } from './test/fixture.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('npm run data:build:embedded reproduces the committed public/data/v1 and data/internal/v1 exactly', async () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = scripts['data:build:embedded'] ?? '';
  const args = command.split(/\s+/).slice(2); // after "tsx data-build/cli.ts"
  const at = (flag: string) => args[args.indexOf(flag) + 1] ?? '';
  const [publicOut, internalOut] = [at('--out'), at('--internal-out')];
  expect(publicOut).toBe('public/data/v1');
  expect(internalOut).toBe('data/internal/v1');
  expect(at('--previous')).toBe('data-build/fixtures/previous-output/public');
  expect(at('--internal-previous')).toBe('data-build/fixtures/previous-output/internal');

  const temp = mkdtempSync(join(tmpdir(), 'gsm-embedded-'));
  try {
    const rebuilt = args.map((arg, i) => {
      if (args[i - 1] === '--out') return join(temp, 'public');
      if (args[i - 1] === '--internal-out') return join(temp, 'internal');
      if (i === 0 || args[i - 1] === '--previous' || args[i - 1] === '--internal-previous') return join(ROOT, arg);
      return arg;
    });
    const lines: string[] = [];
    // No network input in the embedded folder: the real registry is passed and never called.
    expect(await runCli(rebuilt, {}, adapters, (line) => lines.push(line))).toBe(0);
    expect(readTree(join(temp, 'public'))).toEqual(readTree(join(ROOT, publicOut)));
    expect(readTree(join(temp, 'internal'))).toEqual(readTree(join(ROOT, internalOut)));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
