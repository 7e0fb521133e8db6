/**
 * Where the newsroom kit publishes each thing, relative to an edition's base path ("/" or "/ru/",
 * under the site's base). One place, so pages, endpoints, the catalogue and the tests agree.
 * The two scripts embeds use are the site's, not an edition's: they live under the site's base.
 */
export const embedPath = (id: string): string => `embed/${id}/`;
export const STORY_EMBED = 'embed/story/';
export const oembedPath = (id: string): string => `embed/${id}/oembed.json`;
export const pngPath = (id: string): string => `graphics/${id}.png`;
export const svgPath = (id: string): string => `graphics/${id}.svg`;
export const csvPath = (id: string): string => `graphics/${id}.csv`;
export const geojsonPath = (id: string): string => `graphics/${id}.geojson`;
export const CATALOGUE = 'graphics.json';
export const REPUBLISH = 'republish/';
export const republishEntry = (id: string): string => `${REPUBLISH}#graphic-${id}`;
export const REPUBLISH_HTML = 'republish/story.html';
export const kitZipPath = (tag: string): string => `downloads/border-lines-graphics-${tag}.zip`;
export const dataZipPath = (tag: string): string => `downloads/border-lines-data-${tag}.zip`;

/** Under the site's base, for every edition: the child script every embed page runs, and pym.js. */
export const CHILD_SCRIPT = 'embed/child.js';
export const PYM_SCRIPT = 'embed/pym.v1.min.js';
