import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { ConfigContext } from '../config/config-context';
import type { AppConfig } from '../lib/api/schemas';
import { createAppRouter } from './router';

export function App({ config, queryClient }: { config: AppConfig; queryClient: QueryClient }) {
  const [router] = useState(createAppRouter);
  return (
    <ConfigContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigContext.Provider>
  );
}
