/**
 * A kit graphic's SVG as a PNG, at twice its size (1,280 px wide), drawn by resvg with the site's
 * own sans and nothing else: system fonts are not loaded, so a letter the font lacked would be
 * missing from the file, never silently drawn in another typeface (tests/graphics/png.test.ts
 * holds the Russian files to that). Build time only.
 */
import { Resvg } from '@resvg/resvg-js';
import { RASTER_FAMILY, RASTER_FONT_FILES } from './fonts.ts';

export const PNG_SCALE = 2;

export function renderPng(svg: string, fontFiles: string[] = RASTER_FONT_FILES): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: RASTER_FAMILY, sansSerifFamily: RASTER_FAMILY },
    background: 'rgba(0,0,0,0)',
  });
  return resvg.render().asPng();
}
