/**
 * Renders the real app (routes, providers, config) at a URL, with a fresh QueryClient per test,
 * retries off, the msw dataset under TEST_DATA_BASE_URL and "today" pinned to TEST_TODAY.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../src/app/router';
import { ConfigContext } from '../src/config/config-context';
import { ClockContext } from '../src/lib/clock';
import type { AppConfig } from '../src/contract/schemas';
import { TEST_DATA_BASE_URL, TEST_TODAY } from '../mocks/fixtures/dataset';

export const testConfig: AppConfig = {
  dataBaseUrl: TEST_DATA_BASE_URL,
  basemapStyleUrl: undefined,
  defaultLanguage: 'sv',
};

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
}

export function renderApp(url = '/', options: { config?: Partial<AppConfig>; today?: Date } = {}) {
  const router = createMemoryRouter(createRoutes(), { initialEntries: [url] });
  const queryClient = createTestQueryClient();
  const today = options.today ?? TEST_TODAY;
  const user = userEvent.setup();
  const result = render(
    <ConfigContext.Provider value={{ ...testConfig, ...options.config }}>
      <ClockContext.Provider value={() => today}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ClockContext.Provider>
    </ConfigContext.Provider>,
  );
  return { ...result, user, router, queryClient };
}
