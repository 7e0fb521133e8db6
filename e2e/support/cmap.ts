/**
 * The characters a TrueType file maps (its cmap's Unicode BMP subtable, format 4), for checking
 * that the rasteriser's fonts cover every letter a graphic prints. Small on purpose: the fonts
 * here are the project's own (src/assets/fonts/raster/), all with a format 4 table.
 */
import { readFileSync } from 'node:fs';

export function mappedCharacters(file: string): Set<number> {
  const b = readFileSync(file);
  const tables = b.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (b.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = b.readUInt32BE(12 + i * 16 + 8);
  if (cmap < 0) throw new Error(`${file}: no cmap table`);
  const subtables = b.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const rec = cmap + 4 + i * 8;
    const [platform, encoding] = [b.readUInt16BE(rec), b.readUInt16BE(rec + 2)];
    const at = cmap + b.readUInt32BE(rec + 4);
    if (platform !== 3 || encoding !== 1 || b.readUInt16BE(at) !== 4) continue;
    const segments = b.readUInt16BE(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const offsets = deltas + segments * 2;
    const chars = new Set<number>();
    for (let s = 0; s < segments; s++) {
      const [end, start, delta, offset] = [b.readUInt16BE(ends + s * 2), b.readUInt16BE(starts + s * 2), b.readInt16BE(deltas + s * 2), b.readUInt16BE(offsets + s * 2)];
      for (let c = start; c <= end && c !== 0xffff; c++) {
        const glyph = offset === 0 ? (c + delta) & 0xffff : b.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2);
        if (glyph !== 0) chars.add(c);
      }
    }
    return chars;
  }
  throw new Error(`${file}: no Unicode BMP (3, 1, format 4) cmap subtable`);
}
