import { deflateSync } from 'node:zlib';

/**
 * Draws the Cookie Lens icon (a cookie with chocolate chips under a lens ring) as a PNG, so the repo
 * holds no binary assets and every size is rendered from one description.
 */
export function iconPng(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  const c = size / 2;
  const r = size * 0.44;
  const chips = [
    [0.36, 0.38],
    [0.6, 0.32],
    [0.42, 0.62],
    [0.66, 0.58],
    [0.52, 0.47],
  ].map(([x = 0, y = 0]) => [x * size, y * size] as const);
  const chipR = Math.max(1, size * 0.06);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const i = (y * size + x) * 4;
      let px: [number, number, number, number] = [0, 0, 0, 0];
      if (d <= r) px = [214, 160, 92, 255];
      if (d > r - size * 0.07 && d <= r) px = [40, 98, 200, 255];
      for (const [cx, cy] of chips) {
        if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= chipR && d < r - size * 0.07) px = [92, 52, 24, 255];
      }
      rgba.set(px, i);
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (table[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
