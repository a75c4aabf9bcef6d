import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { ConfigContext } from '../config/config-context';
import type { AppConfig } from '../contract/schemas';
import type { AppRouter } from './router';

/** What every page reads from above: the deployment's config and the data cache. Shared by the browser and the prerenderer. */
export function AppProviders({ config, queryClient, children }: { config: AppConfig; queryClient: QueryClient; children: ReactNode }) {
  return (
    <ConfigContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConfigContext.Provider>
  );
}

export function App({ config, queryClient, router }: { config: AppConfig; queryClient: QueryClient; router: AppRouter }) {
  return (
    <AppProviders config={config} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
