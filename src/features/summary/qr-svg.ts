/** The QR code of a URL as SVG markup: M error correction, no margin, black on white. */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#ffffff' } } as const;

let worker: Worker | undefined;
let nextId = 0;

/**
 * Makes the QR code in a worker, so its 140–160 ms of work at 4× CPU (during the summary's
 * load) stays off the page's main thread; where workers are missing (tests in jsdom) or fail,
 * on the main thread as before.
 */
export async function qrSvg(url: string): Promise<string> {
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(url);
    } catch {
      worker?.terminate();
      worker = undefined;
    }
  }
  const qrcode = await import('qrcode');
  return qrcode.toString(url, QR_OPTIONS);
}

function inWorker(url: string): Promise<string> {
  worker ??= new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' });
  const active = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: number; svg?: string; error?: string }>) => {
      if (event.data.id !== id) return;
      done();
      if (event.data.svg === undefined) reject(new Error(event.data.error ?? 'no QR code'));
      else resolve(event.data.svg);
    };
    const onError = () => {
      done();
      reject(new Error('the QR worker failed'));
    };
    const done = () => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
    };
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    active.postMessage({ id, url });
  });
}
