/** All map data the site can load, gzipped together (issue: "all map data ≤ 60 KB gzipped"). */
export const MAP_DATA_BUDGET_GZIP_BYTES = 60 * 1024;
