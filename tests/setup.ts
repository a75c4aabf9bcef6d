import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from '../mocks/node';

// findBy*/waitFor give up after 5 s instead of 1 s: on a loaded 2-core machine the first render of
// a page (which also waits for meta.json, for the prerendered state) can take longer than a second. The tests
// still wait for what the user sees; only the ceiling moved.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// jsdom has no layout; recharts' ResponsiveContainer and maplibre read these.
if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })) as unknown as typeof window.matchMedia;
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  URL.createObjectURL ??= vi.fn(() => 'blob:test');
  URL.revokeObjectURL ??= vi.fn();
}
