import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
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
