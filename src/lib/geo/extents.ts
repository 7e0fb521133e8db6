/**
 * The geographic extents of the map data files the site loads. The data pipeline clips its
 * sources to these boxes; the site fits its projections inside them. Longitude/latitude degrees.
 */
export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

export type DataFileId = 'overview' | 'border' | 'detail';

export const DATA_EXTENTS: Record<DataFileId, Extent> = {
  // Central Asia, from the Aral Sea's latitude to the Pamirs and from Bukhara to beyond Kyrgyzstan's
  // eastern tip: every place in the gazetteer, and room around the Central Asia view for any screen
  // shape (tests/map/views.test.ts checks every frame stays inside).
  overview: { west: 60, south: 31.5, east: 84, north: 49 },
  // The whole Kyrgyzstan–Tajikistan line (69.3–73.6° E, 39.2–40.2° N), with room above and below
  // for portrait phone screens.
  border: { west: 67.5, south: 37, east: 75.5, north: 42.4 },
  // The Isfara valley and Batken region with the Fergana enclaves.
  detail: { west: 69, south: 38.8, east: 72.3, north: 41.2 },
};

export function extentContains(extent: Extent, [lon, lat]: readonly [number, number]): boolean {
  return lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;
}

export function extentToBBox(extent: Extent): [number, number, number, number] {
  return [extent.west, extent.south, extent.east, extent.north];
}
