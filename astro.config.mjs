// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Static site. BASE_PATH hosts it under a sub-path (e.g. BASE_PATH=/border-lines/ for
 * https://example.org/border-lines/); SITE_URL sets the absolute origin used in canonical links.
 */
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  output: 'static',
  trailingSlash: 'ignore',
  // Inline the (small) stylesheet: one fewer render-blocking request before first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { port: 4321, host: false },
  devToolbar: { enabled: false },
  // terser packs the browser's JavaScript a little tighter than the default (esbuild), within budget
  vite: { build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } } },
});
