/**
 * A real HTTP server on 127.0.0.1 for the adapter tests (sources.md: adapters meet real local
 * servers, no fetch mocks). The msw server that tests/setup.ts starts for component tests would
 * intercept these requests, so adapter tests stop it first (`releaseNetworkFromMsw`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { REQUEST_TRIES } from './http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { server as mswServer } from '../../mocks/node.ts';
import type { AdapterContext } from './types.ts';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface TestServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type Handler = (request: RecordedRequest, response: ServerResponse, baseUrl: string) => void;

export async function startTestServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let baseUrl = '';
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = { method: incoming.method ?? 'GET', url: incoming.url ?? '/', headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      handler(request, response, baseUrl);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Stops msw for this test file so that requests reach the local server. */
export function releaseNetworkFromMsw(): void {
  beforeAll(() => mswServer.close());
  afterAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
}

export function testContext(baseUrl: string, overrides: Partial<AdapterContext> = {}): AdapterContext {
  return {
    indicatorId: 'test-indicator',
    frequency: 'annual',
    timeZone: 'Europe/Stockholm',
    endpoints: { kolada: baseUrl, pxweb: baseUrl, sensorthings: baseUrl, ngsild: baseUrl },
    timeoutMs: 5000,
    tries: REQUEST_TRIES,
    retrievedAt: '2026-01-15T00:00:00Z',
    ...overrides,
  };
}
