/**
 * Loads the configured remote basemap style through ./style-loader.worker.ts and checks that it
 * is a style document; any failure (network, HTTP error, not a style, timeout) gives `undefined`
 * with the reason, and the map uses its built-in style.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { isStyleDocument, resolveStyleUrls } from './map-style';

export type StyleLoadResult = { ok: true; style: StyleSpecification } | { ok: false; reason: string };

export function loadRemoteStyle(url: string, timeoutMs = 8000): Promise<StyleLoadResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./style-loader.worker.ts', import.meta.url), { type: 'module', name: 'basemap-style' });
    } catch (error) {
      resolve({ ok: false, reason: error instanceof Error ? error.message : 'no worker' });
      return;
    }
    const finish = (result: StyleLoadResult) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs + 1000);
    worker.onmessage = (event: MessageEvent<{ ok: boolean; style?: unknown; reason?: string }>) => {
      const { data } = event;
      if (data.ok && isStyleDocument(data.style)) finish({ ok: true, style: resolveStyleUrls(data.style, url) });
      else finish({ ok: false, reason: data.reason ?? 'not a MapLibre style' });
    };
    worker.onerror = () => finish({ ok: false, reason: 'worker failed' });
    worker.postMessage({ url, timeoutMs });
  });
}
