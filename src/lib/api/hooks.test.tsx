import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, test } from 'vitest';
import { createTestQueryClient, testConfig } from '../../../tests/render';
import { ConfigContext } from '../../config/config-context';
import { ClockContext } from '../clock';
import { useIndicatorAreaRows } from '../status/use-indicator-rows';
import { useAreas, useEvents, useGoals, useIndicators, useObservations, useSites } from './hooks';

// One client for the whole test: a wrapper that created its own would hand `rerender()` a new,
// empty client, and the test about stable results would compare two different caches.
function createWrapper() {
  const queryClient = createTestQueryClient();
  // A clock that returns a new Date on every call, as the real one does.
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <ConfigContext.Provider value={testConfig}>
        <ClockContext.Provider value={() => new Date('2026-06-01T12:00:00Z')}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ClockContext.Provider>
      </ConfigContext.Provider>
    );
  };
}

// Views memoise on these results (the map re-clusters when the site list changes identity), so a
// plain re-render must hand back the very same data, not an equal copy.
test('the composite data hooks keep their results between renders when nothing changed', async () => {
  const { result, rerender } = renderHook(
    () => ({
      areas: useAreas(),
      indicators: useIndicators(),
      goals: useGoals(),
      sites: useSites(),
      events: useEvents(),
      observations: useObservations('energy-use'),
      rows: useIndicatorAreaRows(),
    }),
    { wrapper: createWrapper() },
  );
  await waitFor(() => {
    for (const state of Object.values(result.current)) expect(state.data).toBeDefined();
  });
  const before = result.current;
  rerender();
  const after = result.current;
  for (const key of Object.keys(before) as Array<keyof typeof before>) {
    expect(after[key], key).toBe(before[key]);
    expect(after[key].data, key).toBe(before[key].data);
  }
  expect(after.sites.data?.length).toBeGreaterThan(0);
  expect(after.rows.data?.length).toBeGreaterThan(0);
});
