// @ts-check
import { defineConfig } from 'astro/config';
import { offline } from './scripts/build/offline.mjs';

/**
 * Static site. BASE_PATH hosts it under a sub-path (e.g. BASE_PATH=/border-lines/ for
 * https://example.org/border-lines/); SITE_URL sets the absolute origin used in canonical links.
 */
/** The modules of the drawing code: everything the live graphic and the embeds draw with. */
const DRAWING = /\/node_modules\/(d3-[a-z]+|topojson-client|polylabel|internmap)\/|\/src\/lib\/(map|chart|geo|geometry|state|render)\/|\/src\/lib\/client\/(graphic|render-map|render-chart|draw-map-marks|map-layers)\.ts$|\/src\/lib\/i18n\/(format|measure|glyph-set)\.ts$/;

/** The whole-document serialisers, which only embeds call in the browser: not in the story's chunk. */
const DOCUMENT_WRITERS = /\/src\/lib\/render\/(map|chart)-svg\.ts$/;

/** What the story's script runs at load (the rest waits for the reader's first move): kept out
 * of the drawing chunk, where Rollup would otherwise pull what the two share. */
const STORY_START = /StoryGraphic\.astro\?astro&type=script|\/src\/scripts\/story\.ts$|\/node_modules\/scrollama\/|\/src\/lib\/client\/(scroller|controls|figures|endnotes|fetch-json|load-on-open|motion|language-links)\.ts$|\/src\/lib\/i18n\/messages\.ts$/;

/** The offline worker's registration (src/lib/client/offline.ts), shared by the story and the lesson page. */
const OFFLINE = /\/src\/lib\/client\/offline\.ts$/;

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  output: 'static',
  // a service worker per edition, from the files the build wrote (scripts/build/offline.mjs)
  integrations: [offline()],
  trailingSlash: 'ignore',
  // Inline the (small) stylesheet: one fewer render-blocking request before first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { port: 4321, host: false },
  devToolbar: { enabled: false },
  // terser packs the browser's JavaScript a little tighter than the default (esbuild), within budget
  // no asset or script inlined into a page: the security policy allows scripts by file (and the
  // boot script by its hash), and a page's small script inlined would be refused
  vite: {
    build: {
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      assetsInlineLimit: 0,
      // The drawing code (maps, charts, their data and D3) is one chunk, as the story loads it
      // when the reader first moves; an embed page loads the same chunk rather than Rollup
      // splitting what the two share into a chunk of its own, which the story would pay for.
      // The offline worker's registration is its own small chunk: the lesson page loads it alone.
      rollupOptions: {
        output: {
          manualChunks: (id) => (OFFLINE.test(id) ? 'offline' : STORY_START.test(id) ? 'story' : DRAWING.test(id) && !DOCUMENT_WRITERS.test(id) ? 'graphic' : undefined),
        },
      },
    },
  },
});
