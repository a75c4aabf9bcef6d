/**
 * Runs the browser tests with node's test runner, one spec file at a time (2 cores: Chromium
 * with software WebGL wants them both). Usage: tsx tests/e2e/run.ts [spec files...]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;
const requested = process.argv.slice(2);
const specs =
  requested.length > 0
    ? requested.map((file) => resolve(file))
    : readdirSync(here)
        .filter((file) => file.endsWith('.spec.ts'))
        .sort()
        .map((file) => join(here, file));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...specs], { stdio: 'inherit' });
process.exit(result.status ?? 1);
