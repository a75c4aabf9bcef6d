// @vitest-environment node
/**
 * The adapters fed genuine answers recorded from the real services (./recordings/, origin and
 * licence in its README), served byte for byte by a local server.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { readPxweb } from './pxweb';
import { releaseNetworkFromMsw, startTestServer, testContext, type TestServer } from './test-server';

releaseNetworkFromMsw();

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const recording = (file: string) => readFileSync(new URL(`./recordings/${file}`, import.meta.url));

test('SCB PxWebApi 2, TAB638 (population): the recorded json-stat2 answer gives Riket 2024 = 50 937', async () => {
  const body = recording('scb-v2-TAB638-data.json');
  server = await startTestServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
    response.end(body);
  });
  const result = await readPxweb(
    {
      kind: 'pxweb',
      table: 'TAB638',
      regionVariable: 'Region',
      timeVariable: 'Tid',
      contents: 'BE0101N1',
      areas: { '00': 'sweden' },
      selection: [
        { variableCode: 'Region', valueCodes: ['00'] },
        { variableCode: 'Civilstand', valueCodes: ['OG'] },
        { variableCode: 'Alder', valueCodes: ['0'] },
        { variableCode: 'Kon', valueCodes: ['1'] },
        { variableCode: 'ContentsCode', valueCodes: ['BE0101N1'] },
        { variableCode: 'Tid', valueCodes: ['2024'] },
      ],
    },
    testContext(server.baseUrl),
  );
  expect(server.requests[0]?.method).toBe('POST');
  expect(server.requests[0]?.url).toBe('/tables/TAB638/data?lang=sv&outputFormat=json-stat2');
  expect(result.series).toHaveLength(1);
  expect(result.series[0]).toMatchObject({ areaId: 'sweden', points: [{ period: '2024', value: 50937, quality: 'measured' }] });
  expect(result.pointsRead).toBe(1);
});
