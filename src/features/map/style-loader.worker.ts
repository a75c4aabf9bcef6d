/**
 * Fetches a remote basemap style in a worker. When the network is down or blocked, a fetch in
 * the page prints "Failed to load resource" in the console for every visitor; in a worker the
 * failure stays quiet and the map simply falls back to its built-in style (which is expected,
 * not an error). The page gets `{ ok: true, style }` or `{ ok: false, reason }`.
 */
interface StyleRequest {
  url: string;
  timeoutMs: number;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<StyleRequest>) => void) | null; postMessage: (message: unknown) => void };

scope.onmessage = (event) => {
  const { url, timeoutMs } = event.data;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  fetch(url, { signal: controller.signal, credentials: 'omit' })
    .then(async (response) => {
      if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
      return { ok: true, style: (await response.json()) as unknown };
    })
    .catch((error: unknown) => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }))
    .then((result) => {
      clearTimeout(timer);
      scope.postMessage(result);
    })
    .catch(() => undefined);
};
