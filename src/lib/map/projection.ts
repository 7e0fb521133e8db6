/**
 * makeProjection(view, size): a d3 projection fitted so the view's focus box fills the frame
 * (less a margin). Pure: the same call at build time and in the browser gives the same numbers.
 */
import { geoConicEqualArea, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { Extent } from '../geo/extents.ts';
import type { View } from './views.ts';

import type { Size } from '../geometry/size.ts';

export type { Size };

/** The focus box as points along its edges: projected, its edges are curves, not straight lines. */
export function extentOutline(e: Extent, steps = 8): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const lon = e.west + (e.east - e.west) * t;
    const lat = e.south + (e.north - e.south) * t;
    coordinates.push([lon, e.south], [lon, e.north], [e.west, lat], [e.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** The focus box for a frame: the view's portrait focus on frames taller than wide, if it has one. */
export function focusFor(view: View, size: Size): Extent {
  return size.width < size.height && view.focusPortrait ? view.focusPortrait : view.focus;
}

export function makeProjection(view: View, size: Size, margin = 8): GeoProjection {
  const [lon0, lat0] = view.centre;
  const projection =
    view.projection === 'conic-equal-area'
      ? geoConicEqualArea().rotate([-lon0, 0]).parallels([lat0 - 2.5, lat0 + 2.5])
      : geoTransverseMercator().rotate([-lon0, -lat0]);
  return projection
    .fitExtent(
      [
        [margin, margin],
        [size.width - margin, size.height - margin],
      ],
      extentOutline(focusFor(view, size)),
    )
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
}
