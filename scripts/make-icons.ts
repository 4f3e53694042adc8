/**
 * Draws the extension icon (public/icon/{16,32,48,128}.png) without an image library: a dark rounded square with a
 * white envelope and an orange check mark. Run `npx tsx scripts/make-icons.ts` after changing the drawing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
const DARK: RGBA = [35, 47, 62, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const ORANGE: RGBA = [255, 153, 0, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

/** Colour at a point of the unit square (0..1). */
function shade(x: number, y: number): RGBA {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return CLEAR;
  // Check mark: two thick strokes, drawn over the envelope.
  const onSegment = (ax: number, ay: number, bx: number, by: number, w: number) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) < w;
  };
  if (onSegment(0.5, 0.7, 0.62, 0.82, 0.055) || onSegment(0.62, 0.82, 0.86, 0.52, 0.055)) return ORANGE;
  // Envelope: outline rectangle and the flap's V.
  const inRect = x > 0.16 && x < 0.78 && y > 0.24 && y < 0.66;
  const border = inRect && (x < 0.21 || x > 0.73 || y < 0.29 || y > 0.61);
  const flap = inRect && Math.abs(y - (0.29 + 0.55 * Math.abs(0 - (x - 0.47)) * -1 + 0.2)) < 0.035 && y < 0.5;
  if (border || flap) return WHITE;
  return DARK;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const ss = 4; // supersampling for smooth edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          for (let i = 0; i < 3; i++) acc[i]! += c[i]! * c[3];
          acc[3]! += c[3];
        }
      const a = acc[3]!;
      const o = 1 + px * 4;
      row[o] = a ? Math.round(acc[0]! / a) : 0;
      row[o + 1] = a ? Math.round(acc[1]! / a) : 0;
      row[o + 2] = a ? Math.round(acc[2]! / a) : 0;
      row[o + 3] = Math.round(a / (ss * ss));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.resolve(import.meta.dirname, '../public/icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(path.join(dir, `${size}.png`), png(size));
console.log(`icons written to ${path.relative(process.cwd(), dir)}/`);
