import { act, render, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider, useLocation, useNavigate } from 'react-router';
import { expect, test } from 'vitest';
import { useSearchState } from './use-search-state';

function renderAt(url: string, before: string[] = []) {
  return renderHook(
    () => {
      const [params, update] = useSearchState();
      return { params, update, location: useLocation(), navigate: useNavigate() };
    },
    { wrapper: ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[...before, url]}>{children}</MemoryRouter> },
  );
}

const withParam = (key: string, value: string) => (latest: URLSearchParams) => {
  latest.set(key, value);
  return latest;
};

test('two changes in one tick both reach the URL: the second builds on the first', async () => {
  const { result } = renderAt('/page?a=1');
  act(() => {
    result.current.update(withParam('topic', 'energy'));
    result.current.update(withParam('compare', 'per-resident'));
  });
  await waitFor(() => expect(result.current.location.search).toBe('?a=1&topic=energy&compare=per-resident'));
  expect(result.current.params.toString()).toBe('a=1&topic=energy&compare=per-resident');
});

test('a change is shown at once and replaces the history entry instead of adding one', async () => {
  const { result } = renderAt('/page', ['/start']);
  act(() => result.current.update(new URLSearchParams('q=valla')));
  expect(result.current.params.get('q')).toBe('valla');
  await waitFor(() => expect(result.current.location.search).toBe('?q=valla'));
  // Back goes to the page before, not to /page without the query.
  act(() => {
    void result.current.navigate(-1);
  });
  await waitFor(() => expect(result.current.location.pathname).toBe('/start'));
});

test('a URL change from outside (a link, the back button) wins over what was asked for', async () => {
  const { result } = renderAt('/page');
  act(() => result.current.update(new URLSearchParams('q=one')));
  await waitFor(() => expect(result.current.location.search).toBe('?q=one'));
  act(() => {
    void result.current.navigate('/page?q=two');
  });
  await waitFor(() => expect(result.current.params.get('q')).toBe('two'));
  act(() => result.current.update(withParam('x', '1')));
  await waitFor(() => expect(result.current.location.search).toBe('?q=two&x=1'));
});

/** A data router at /page whose page exposes the hook (writeAfterPaint), with every navigation counted. */
function renderDeferred() {
  const hook: { current?: ReturnType<typeof useSearchState> } = {};
  function Page() {
    hook.current = useSearchState({ writeAfterPaint: true });
    return null;
  }
  const router = createMemoryRouter(
    [
      { path: '/page', element: <Page /> },
      { path: '/other', element: null },
    ],
    { initialEntries: ['/page'] },
  );
  const searches: string[] = [];
  router.subscribe((state) => searches.push(state.location.search));
  render(<RouterProvider router={router} />);
  const update = (query: string) => hook.current?.[1](new URLSearchParams(query));
  return { router, searches, update, shown: () => hook.current?.[0].toString() };
}

test('writeAfterPaint: the change shows at once, the URL follows after the frame, in one write for a burst of changes', async () => {
  const { router, searches, update, shown } = renderDeferred();
  act(() => {
    for (const q of ['q=s', 'q=so', 'q=sol']) update(q);
  });
  expect(shown()).toBe('q=sol');
  expect(router.state.location.search).toBe('');
  await waitFor(() => expect(router.state.location.search).toBe('?q=sol'));
  expect(searches).toEqual(['?q=sol']);
  expect(router.state.historyAction).toBe('REPLACE');
});

test('writeAfterPaint: a URL change from elsewhere before the write wins, and nothing is written over it', async () => {
  const { router, update, shown } = renderDeferred();
  act(() => {
    update('q=mine');
    void router.navigate('/page?q=theirs');
  });
  await waitFor(() => expect(shown()).toBe('q=theirs'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(router.state.location.search).toBe('?q=theirs');
});

test('writeAfterPaint: leaving the page before the write cancels it', async () => {
  const { router, update } = renderDeferred();
  act(() => {
    update('q=late');
    void router.navigate('/other');
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(router.state.location.pathname).toBe('/other');
  expect(router.state.location.search).toBe('');
});
