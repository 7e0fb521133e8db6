/**
 * What every label placer shares: the frame's size and projection, the boxes already claimed, the
 * border lines to keep off, and the sizes of the markers labels sit beside.
 */
import type { GeoProjection } from 'd3-geo';
import type { Box } from '../geometry/boxes.ts';
import type { GeoData } from './geo-data.ts';
import type { Size } from './projection.ts';

export interface Placement {
  size: Size;
  projection: GeoProjection;
  geo: GeoData;
  /** boxes already claimed by markers, furniture and labels: a new label keeps off them */
  taken: Box[];
  /** whether a border line crosses a box */
  onLine: (box: Box) => boolean;
}

/** Labels keep this far from the frame's edges, px. */
export const EDGE = 4;
/** Half the size of a marker, px: a place's dot, an event's diamond, a highlighted event's. */
export const PLACE_R = 4;
export const EVENT_R = 6;
export const HIGHLIGHT_R = 11;
export const markerBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
