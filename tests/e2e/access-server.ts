/**
 * A real local HTTP server that enforces access to the internal base, like the reference
 * deployment (docs/deploy.md) with oauth2-proxy: the production build and the public data as
 * static files, plus
 * - GET /auth/sign-in?rd=/page (or the config's own `signInUrl`): sets an HttpOnly session
 *   cookie and redirects back (the identity provider's round trip, without the provider);
 * - GET /auth/sign-out (or the config's `signOutUrl`): forgets the session and clears the cookie;
 * - /internal/v1/…: 401 without a valid session; with one, whoami.json names the user and the
 *   other paths serve data/internal/v1 (the internal base), never cacheable.
 * It sends the documented security headers (deploy/nginx/headers-*.conf) with every answer.
 * `state.mode` makes the internal base fail: 'error' answers 500 for its documents (the
 * session probe still works), 'down' drops every internal connection.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { DIST, startStaticServer, type StaticServer } from './harness';

export const INTERNAL_ROOT = resolve(import.meta.dirname, '../../data/internal/v1');
export const SESSION_COOKIE = 'gsm_session';
export const TEST_USER = 'Test Projektledare';

export interface AccessServer extends StaticServer {
  state: { mode: 'ok' | 'error' | 'down' };
  /** Paths of every request to the internal base, in order. */
  internalRequests: string[];
}

function sessionOf(request: IncomingMessage): string | undefined {
  const cookies = (request.headers.cookie ?? '').split(';').map((part) => part.trim().split('='));
  return cookies.find(([name]) => name === SESSION_COOKIE)?.[1];
}

export async function startAccessServer(config: Record<string, unknown> = {}): Promise<AccessServer> {
  const sessions = new Set<string>();
  const state: AccessServer['state'] = { mode: 'ok' };
  const internalRequests: string[] = [];
  const served = {
    dataBaseUrl: 'data/v1/',
    basemapStyleUrl: 'builtin:',
    defaultLanguage: 'sv',
    internalDataBaseUrl: '/internal/v1/',
    signInUrl: '/auth/sign-in',
    signOutUrl: '/auth/sign-out',
    ...config,
  };
  const signInPath = new URL(String(served.signInUrl), 'http://localhost').pathname;
  const signOutPath = new URL(String(served.signOutUrl), 'http://localhost').pathname;
  const server = await startStaticServer(
    DIST,
    { '/config.json': served },
    {
      securityHeaders: true,
      handle: (request, response, pathname) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (pathname === signInPath) {
          const token = randomUUID();
          sessions.add(token);
          const back = url.searchParams.get('rd') ?? '/';
          response.writeHead(302, {
            'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax`,
            Location: back.startsWith('/') && !back.startsWith('//') ? back : '/',
            'Cache-Control': 'no-store',
          });
          response.end();
          return true;
        }
        if (pathname === signOutPath) {
          const token = sessionOf(request);
          if (token) sessions.delete(token);
          response.writeHead(302, {
            'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`,
            Location: '/',
            'Cache-Control': 'no-store',
          });
          response.end();
          return true;
        }
        if (!pathname.startsWith('/internal/')) return false;
        internalRequests.push(pathname);
        if (state.mode === 'down') {
          request.socket.destroy();
          return true;
        }
        const json = (status: number, body: unknown) => {
          response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Cookie' });
          response.end(JSON.stringify(body));
        };
        const token = sessionOf(request);
        if (!token || !sessions.has(token)) {
          json(401, { error: 'sign in first' });
          return true;
        }
        if (pathname === '/internal/v1/whoami.json') {
          json(200, { name: TEST_USER, email: 'lead@example.org' });
          return true;
        }
        if (state.mode === 'error') {
          json(500, { error: 'internal server error' });
          return true;
        }
        const file = normalize(join(INTERNAL_ROOT, pathname.slice('/internal/v1/'.length)));
        if (!file.startsWith(INTERNAL_ROOT) || !existsSync(file) || !statSync(file).isFile()) {
          json(404, { error: 'not found' });
          return true;
        }
        response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Cookie' });
        response.end(readFileSync(file));
        return true;
      },
    },
  );
  return { ...server, state, internalRequests };
}
