/**
 * The map views ("cameras"). A view names the data file it draws from, its projection, and the
 * box it must show whole; the projection is fitted to that box at whatever size the map has.
 */
import type { DataFileId, Extent } from '../geo/extents.ts';
import type { ViewId } from '../state/view-ids.ts';

export type { ViewId };

export type ProjectionKind = 'conic-equal-area' | 'transverse-mercator';

export interface View {
  id: string;
  file: DataFileId;
  projection: ProjectionKind;
  /** the area that must be visible, lon/lat degrees */
  focus: Extent;
  /** a tighter area for portrait frames (phones), where a wide focus would leave the map mostly empty */
  focusPortrait?: Extent;
  /** projection centre: central meridian and, for transverse Mercator, the latitude of origin */
  centre: [number, number];
}

export const VIEWS = {
  // Central Asia: both countries whole, and Samarkand. Albers-style equal-area conic with standard
  // parallels that bracket the region.
  'central-asia': {
    id: 'central-asia',
    file: 'overview',
    projection: 'conic-equal-area',
    focus: { west: 66.6, south: 36.6, east: 80.3, north: 43.3 },
    centre: [73.4, 40],
  },
  // Batken and Sughd regions, either side of the western half of the line.
  regions: {
    id: 'regions',
    file: 'border',
    projection: 'conic-equal-area',
    focus: { west: 68.9, south: 39.2, east: 73.0, north: 41.05 },
    centre: [71, 40],
  },
  // The whole Kyrgyzstan–Tajikistan line, end to end.
  border: {
    id: 'border',
    file: 'border',
    projection: 'conic-equal-area',
    focus: { west: 69.1, south: 39, east: 73.8, north: 40.45 },
    centre: [71.5, 40],
  },
  // The Isfara valley, Leilek and Batken districts: transverse Mercator centred on the valley keeps
  // shapes and distances true at this scale.
  isfara: {
    id: 'isfara',
    file: 'detail',
    projection: 'transverse-mercator',
    focus: { west: 69.45, south: 39.7, east: 71.35, north: 40.35 },
    focusPortrait: { west: 69.6, south: 39.75, east: 70.95, north: 40.3 },
    centre: [70.5, 40],
  },
  // Leilek district, the narrow Kyrgyz strip reaching towards Khujand, with Ovchi-Kalacha and
  // Ghafurov across the line.
  leilek: {
    id: 'leilek',
    file: 'detail',
    projection: 'transverse-mercator',
    focus: { west: 69.4, south: 39.92, east: 70.0, north: 40.3 },
    centre: [69.7, 40.1],
  },
  // Golovnoi and the three countries that share its water: the Isfara valley up to Uzbekistan.
  water: {
    id: 'water',
    file: 'detail',
    projection: 'transverse-mercator',
    focus: { west: 70.4, south: 39.78, east: 71.12, north: 40.3 },
    centre: [70.75, 40.07],
  },
  // The eastern half of the line, Osh region's stretch towards China.
  east: {
    id: 'east',
    file: 'border',
    projection: 'conic-equal-area',
    focus: { west: 70.9, south: 39.1, east: 73.75, north: 40.1 },
    centre: [72.3, 39.6],
  },
  // The Isfara valley's villages between Isfara and Vorukh, with Batken: close enough that
  // villages a few kilometres apart are told apart on a phone.
  valley: {
    id: 'valley',
    file: 'detail',
    projection: 'transverse-mercator',
    focus: { west: 70.36, south: 39.74, east: 70.9, north: 40.17 },
    centre: [70.63, 39.95],
  },
  // Vorukh and the villages around it, close up.
  vorukh: {
    id: 'vorukh',
    file: 'detail',
    projection: 'transverse-mercator',
    focus: { west: 70.38, south: 39.76, east: 70.86, north: 40.06 },
    centre: [70.6, 39.9],
  },
} as const satisfies Record<ViewId, View>;

/** The locator inset's view: the two countries' shared corner of Central Asia, where a close-up's
 * box is still big enough to see. */
export const LOCATOR_VIEW: View = {
  id: 'locator',
  file: 'overview',
  projection: 'conic-equal-area',
  focus: { west: 66.6, south: 37.5, east: 75.5, north: 43.2 },
  centre: [71.5, 40],
};
