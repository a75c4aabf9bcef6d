import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { expect, test } from 'vitest';
import { ALL_FILTERS } from './filters';
import { useMapUrlState } from './use-map-url-state';

function setup(initial = '/map') {
  const locations: string[] = [];
  let hook: ReturnType<typeof useMapUrlState> | undefined;
  function Probe() {
    hook = useMapUrlState();
    locations.push(useLocation().search);
    return null;
  }
  const router = createMemoryRouter([{ path: '/map', element: <Probe /> }], { initialEntries: [initial] });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <>
      <RouterProvider router={router} />
      {children}
    </>
  );
  renderHook(() => null, { wrapper });
  return { router, locations, get: () => hook as ReturnType<typeof useMapUrlState> };
}

test('the state is read from the URL', () => {
  const { get } = setup('/map?site=a&status=planned&lon=18&lat=59&z=12');
  expect(get().state.siteId).toBe('a');
  expect([...get().state.filters.statuses]).toEqual(['planned']);
  expect(get().state.view).toEqual({ center: [18, 59], zoom: 12 });
});

test('several changes in one go all reach the URL: a later one never drops an earlier one', async () => {
  const { router, get } = setup();
  await act(async () => {
    get().update({ view: { center: [18, 59], zoom: 10 } });
    get().update({ filters: { ...ALL_FILTERS, domains: new Set(['energy'] as const) } });
    get().update({ siteId: 'a' });
    get().update({ view: { center: [18.5, 59.5], zoom: 11 } });
  });
  expect(router.state.location.search).toBe('?lon=18.5&lat=59.5&z=11&domain=energy&site=a');
  expect(get().state.siteId).toBe('a');
  expect([...get().state.filters.domains]).toEqual(['energy']);
});

test('an old link with repeated keys still opens the same filters; changes write the one list encoding', async () => {
  const { get, router } = setup('/map?domain=energy&domain=housing');
  expect([...get().state.filters.domains]).toEqual(['energy', 'housing']);
  await act(() => get().update({ siteId: 'a' }));
  await waitFor(() => expect(router.state.location.search).toBe('?domain=energy&domain=housing&site=a'));
  await act(() => get().update({ filters: { ...get().state.filters, domains: new Set(['energy', 'mobility'] as const) } }));
  await waitFor(() => expect(router.state.location.search).toBe('?site=a&domain=energy%2Cmobility'));
});

test('changes replace the history entry instead of adding one', async () => {
  const { router, get } = setup();
  await act(async () => get().update({ siteId: 'a' }));
  expect(router.state.historyAction).toBe('REPLACE');
});

test('the filters keep their identity while only the view changes', async () => {
  const { get } = setup('/map?domain=energy');
  const before = get().state.filters;
  await act(async () => get().update({ view: { center: [18, 59], zoom: 10 } }));
  expect(get().state.filters).toBe(before);
});

test('a URL change from elsewhere (back button, a pasted link) wins over changes in flight', async () => {
  const { router, get } = setup();
  await act(async () => get().update({ siteId: 'a' }));
  await act(async () => {
    await router.navigate('/map?site=b');
  });
  expect(get().state.siteId).toBe('b');
  await act(async () => get().update({ view: { center: [18, 59], zoom: 10 } }));
  expect(router.state.location.search).toBe('?site=b&lon=18&lat=59&z=10');
});
