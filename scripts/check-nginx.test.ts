/**
 * The reference deployment (deploy/nginx/, docs/deploy.md) passes `nginx -t`. Nothing is
 * skipped: without nginx this fails with the install command (CI installs it: .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');

test('deploy/nginx/grow-smarter-monitor.conf passes nginx -t', () => {
  const result = spawnSync('bash', [resolve(root, 'scripts/check-nginx.sh')], { encoding: 'utf8' });
  expect(result.stderr + result.stdout).toContain('is valid');
  expect(result.status, result.stderr).toBe(0);
}, 30_000);

test('the internal base is behind auth_request, never cached, and the embed route alone may be framed', () => {
  const site = readFileSync(resolve(root, 'deploy/nginx/grow-smarter-monitor.conf'), 'utf8');
  const internal = /location \/internal\/v1\/ \{([^}]*)\}/.exec(site)?.[1] ?? '';
  expect(internal).toContain('auth_request /oauth2/auth;');
  expect(internal).toContain('Cache-Control "no-store"');
  expect(readFileSync(resolve(root, 'deploy/nginx/headers-app.conf'), 'utf8')).toMatch(/frame-ancestors 'none'/);
  expect(readFileSync(resolve(root, 'deploy/nginx/headers-embed.conf'), 'utf8')).toMatch(/frame-ancestors \*/);
  expect(readFileSync(resolve(root, 'deploy/nginx/headers-embed.conf'), 'utf8')).not.toMatch(/add_header X-Frame-Options/);
});
