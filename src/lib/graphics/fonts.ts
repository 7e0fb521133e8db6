/**
 * The site's sans font as the kit's files need it (build time only): embedded in an SVG download
 * as a data URL (the woff2 file the edition's pages use, so the file draws in the site's type
 * anywhere), and as static TrueType files for the PNG rasteriser (scripts/fonts/raster-instances.py).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();

/** The woff2 file of the sans for an edition's font subsets ('latin', 'latin+cyrillic', …). */
function sansFile(set: string): string {
  return set === 'latin'
    ? join(ROOT, 'node_modules/@fontsource-variable/golos-text/files/golos-text-latin-wght-normal.woff2')
    : join(ROOT, `src/assets/fonts/golos-text-wght-${set}.woff2`);
}

const faces = new Map<string, string>();

/** An @font-face rule with the sans embedded, under the family name the styles ask for first. */
export function embeddedSansFace(set: string): string {
  if (!faces.has(set)) {
    const data = readFileSync(sansFile(set)).toString('base64');
    faces.set(set, `@font-face{font-family:'Golos Text Variable';font-style:normal;font-weight:400 900;src:url(data:font/woff2;base64,${data}) format('woff2')}`);
  }
  return faces.get(set)!;
}

/** The family the raster files are named by, and the files: one per weight the graphics use,
 * then the few symbols Golos lacks (arrows, ≈, ≥), which the rasteriser falls back to. */
export const RASTER_FAMILY = 'Golos Text';
export const RASTER_FONT_FILES = [
  ...[400, 500, 600, 700].map((w) => join(ROOT, `src/assets/fonts/raster/golos-text-${w}.ttf`)),
  ...[400, 700].map((w) => join(ROOT, `src/assets/fonts/raster/symbols-${w}.ttf`)),
];
