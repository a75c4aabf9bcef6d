/**
 * The reference nginx configuration, running: a live nginx (scripts/check-nginx.sh --serve) in
 * front of a stand-in for oauth2-proxy that says who the session belongs to, or 401. It checks
 * what the app relies on: the internal base really refuses without a session, and whoami.json
 * is valid JSON whatever the identity provider put in the name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

/** The sessions the stand-in knows: cookie value → the headers oauth2-proxy would send (--set-xauthrequest). */
const SESSIONS: Record<string, { user: string; email: string }> = {
  plain: { user: 'Åsa Öberg', email: 'asa.oberg@example.org' },
  quoted: { user: 'Ada "the lead" Lovelace', email: 'ada@example.org' },
  backslash: { user: 'DOMAIN\\ada', email: 'ada\\@example.org' },
};

let authServer: Server;
let nginx: ChildProcess;
let httpsPort = 0;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

function get(path: string, cookie?: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: httpsPort,
        path,
        rejectUnauthorized: false,
        servername: 'monitor.example.org',
        headers: cookie ? { Cookie: `session=${cookie}` } : {},
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    call.on('error', fail);
    call.end();
  });
}

beforeAll(async () => {
  authServer = createServer((incoming, answer) => {
    const session = /session=(\w+)/.exec(incoming.headers.cookie ?? '')?.[1];
    const known = session ? SESSIONS[session] : undefined;
    if (incoming.url !== '/oauth2/auth' || !known) {
      answer.writeHead(401).end();
      return;
    }
    // Header values go out byte for byte as latin1: give node the UTF-8 bytes, as the proxy sends them.
    const raw = (value: string) => Buffer.from(value, 'utf8').toString('latin1');
    answer.writeHead(202, { 'X-Auth-Request-Preferred-Username': raw(known.user), 'X-Auth-Request-Email': raw(known.email) }).end();
  });
  await new Promise<void>((done) => authServer.listen(0, '127.0.0.1', done));
  const authPort = (authServer.address() as AddressInfo).port;
  httpsPort = await freePort();
  nginx = spawn('bash', [resolve(import.meta.dirname, 'check-nginx.sh'), '--serve', String(httpsPort), String(authPort)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((done, fail) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving on')) done();
    };
    nginx.stdout?.on('data', collect);
    nginx.stderr?.on('data', collect);
    nginx.on('exit', (code) => fail(new Error(`nginx exited (${code}): ${output}`)));
  });
  // nginx binds after the script says so: wait until it answers.
  for (let attempt = 0; ; attempt++) {
    try {
      await get('/internal/v1/whoami.json');
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}, 30_000);

afterAll(async () => {
  nginx?.kill('SIGTERM');
  await new Promise<void>((done) => authServer?.close(() => done()));
});

test('without a session the internal base answers 401, not data and not a redirect', async () => {
  for (const path of ['/internal/v1/whoami.json', '/internal/v1/indicators.json']) {
    const answer = await get(path);
    expect(answer.status, path).toBe(401);
    expect(answer.headers['cache-control'], path).toBe('no-store');
  }
  expect((await get('/internal/v1/whoami.json', 'unknown')).status).toBe(401);
});

test('whoami.json names a signed-in project lead, non-ASCII letters included', async () => {
  const answer = await get('/internal/v1/whoami.json', 'plain');
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.headers['cache-control']).toBe('no-store');
  expect(JSON.parse(answer.body)).toEqual({ name: 'Åsa Öberg', email: 'asa.oberg@example.org' });
});

test('a name nginx cannot put in JSON is left out, and the answer stays valid JSON', async () => {
  const quoted = await get('/internal/v1/whoami.json', 'quoted');
  expect(JSON.parse(quoted.body)).toEqual({ name: '', email: 'ada@example.org' });
  const backslash = await get('/internal/v1/whoami.json', 'backslash');
  expect(JSON.parse(backslash.body)).toEqual({ name: '', email: '' });
});
