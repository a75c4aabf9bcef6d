/**
 * Sign-in for project leads over msw (the network seam): anonymous visitors get one probe and a
 * sign-in link; signed in, the internal base's indicator joins the catalogue, marked; signing
 * out removes every internal query from the cache and asks the proxy to end the session.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../../mocks/fixtures/dataset';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/render';

const INTERNAL = 'http://internal.test/v1/';
const config = { internalDataBaseUrl: INTERNAL, signInUrl: 'http://app.test/oauth2/start', signOutUrl: 'http://app.test/oauth2/sign_out' };
const fixture = createDatasetFixture();
const internalIndicator = fixture.indicators.indicators.find((indicator) => indicator.visibility === 'internal')!;

function internalBase(signedIn: () => boolean, requests: string[]) {
  return [
    http.get(`${INTERNAL}*`, ({ request }) => {
      const path = new URL(request.url).pathname;
      requests.push(path);
      if (!signedIn()) return HttpResponse.json({ error: 'sign in' }, { status: 401 });
      if (path.endsWith('/whoami.json')) return HttpResponse.json({ name: 'Ada Lead' });
      if (path.endsWith('/indicators.json')) return HttpResponse.json({ apiVersion: '1', indicators: [internalIndicator] });
      if (path.endsWith('/goals.json')) return HttpResponse.json({ apiVersion: '1', goals: [] });
      const observations = fixture.observations[internalIndicator.id];
      return observations ? HttpResponse.json(observations) : HttpResponse.json({}, { status: 404 });
    }),
  ];
}

test('anonymous: one probe, a sign-in link back to this page, nothing internal', async () => {
  const requests: string[] = [];
  server.use(...internalBase(() => false, requests));
  renderApp('/indicators', { config });
  const link = await screen.findByRole('link', { name: 'Logga in (projektledare)' }, { timeout: 5000 });
  expect(link.getAttribute('href')).toMatch(/^http:\/\/app\.test\/oauth2\/start\?rd=/);
  expect(await screen.findAllByRole('row', undefined, { timeout: 5000 })).not.toHaveLength(0);
  expect(screen.queryByText(internalIndicator.name.sv!)).toBeNull();
  expect(requests).toEqual(['/v1/whoami.json']);
});

test('signed in, the internal indicator is in the catalogue and marked; sign-out removes it and every internal query', async () => {
  let signedIn = true;
  const requests: string[] = [];
  let signOutCalls = 0;
  server.use(
    ...internalBase(() => signedIn, requests),
    http.get('http://app.test/oauth2/sign_out', () => {
      signOutCalls += 1;
      signedIn = false;
      return new HttpResponse(null, { status: 302, headers: { Location: '/' } });
    }),
  );
  const { user, queryClient } = renderApp('/indicators', { config });
  expect(await screen.findByText('Inloggad som Ada Lead', undefined, { timeout: 5000 })).toBeTruthy();
  const name = (await screen.findAllByText(internalIndicator.name.sv!, undefined, { timeout: 5000 }))[0]!;
  expect(within(name.closest('tr')!).getByText('Internt')).toBeTruthy();
  expect(queryClient.getQueryCache().findAll({ queryKey: ['internal'] }).length).toBeGreaterThan(0);

  await user.click(screen.getByRole('button', { name: 'Logga ut' }));
  await screen.findByRole('link', { name: 'Logga in (projektledare)' }, { timeout: 5000 });
  await waitFor(() => expect(signOutCalls).toBe(1));
  expect(screen.queryByText(internalIndicator.name.sv!)).toBeNull();
  // Views still mounted keep disabled observers (empty entries); none holds internal data.
  const internalQueries = queryClient.getQueryCache().findAll({ queryKey: ['internal'] });
  expect(internalQueries.filter((query) => query.state.data !== undefined || query.state.dataUpdatedAt > 0)).toEqual([]);
  expect(requests.filter((path) => !path.endsWith('/whoami.json')).length).toBeGreaterThan(0);
});
