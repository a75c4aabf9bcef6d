/**
 * Writes the web app's PNG icons (public/icons/) without an image library: an accent-blue square
 * with three white bars (a small bar chart, the dashboard's subject). Run once; the PNGs are
 * committed. Usage: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { isMainModule } from './is-main.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG of `size` px; `safe` is the share of the side kept free around the glyph (maskable icons need 10 %+). */
export function iconPng(size: number, safe: number): Buffer {
  const background = [0x00, 0x5a, 0x9c];
  const bar = [0xff, 0xff, 0xff];
  const inner = size * (1 - 2 * safe);
  const origin = size * safe;
  // Three bars, growing left to right, on a baseline.
  const bars = [0.35, 0.6, 0.85].map((height, index) => ({
    x0: origin + inner * (0.12 + index * 0.28),
    x1: origin + inner * (0.12 + index * 0.28 + 0.2),
    y0: origin + inner * (0.9 - height * 0.8),
    y1: origin + inner * 0.9,
  }));
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const inBar = bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1);
      const colour = inBar ? bar : background;
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (isMainModule(import.meta.url)) {
  const dir = resolve('public/icons');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'icon-192.png'), iconPng(192, 0.08));
  writeFileSync(resolve(dir, 'icon-512.png'), iconPng(512, 0.08));
  writeFileSync(resolve(dir, 'icon-maskable-512.png'), iconPng(512, 0.2));
  writeFileSync(resolve(dir, 'apple-touch-icon-180.png'), iconPng(180, 0.12));
  console.log(`Icons written to ${dir}`);
}
