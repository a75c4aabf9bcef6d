/// <reference lib="webworker" />
import { toString } from 'qrcode';
import { QR_OPTIONS } from './qr-svg';

/** Answers { id, url } with { id, svg } (or { id, error }): see qr-svg.ts. */
self.addEventListener('message', (event: MessageEvent<{ id: number; url: string }>) => {
  const { id, url } = event.data;
  toString(url, QR_OPTIONS).then(
    (svg) => self.postMessage({ id, svg }),
    (error: unknown) => self.postMessage({ id, error: String(error) }),
  );
});
