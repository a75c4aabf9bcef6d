import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigError } from './app/config-error';
import { loadConfig } from './config/load-config';
import { createQueryClient } from './lib/query-client';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

loadConfig().then(
  (config) => {
    root.render(
      <StrictMode>
        <App config={config} queryClient={createQueryClient()} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(<ConfigError error={error} />);
  },
);

// Offline support and the update prompt start once the page has loaded, off the critical path.
const statusContainer = document.getElementById('app-status');
if (import.meta.env.PROD && statusContainer && 'serviceWorker' in navigator) {
  const start = () => void import('./app/pwa/register').then(({ startPwa }) => startPwa(statusContainer));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
