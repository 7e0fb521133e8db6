/**
 * The base layers of a view at a size (countries, regions, enclaves, lakes, borders and the line,
 * as SVG paths), memoized per data file, view and size: the browser asks on every step, and can
 * project them a layer per task (computeBaseInSteps) so no task runs long.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { LineString } from 'geojson';
import type { MapBase } from './frame.ts';
import type { GeoData } from './geo-data.ts';
import { orderLine } from './line.ts';
import { borderObstacles } from './line-obstacles.ts';
import { makeProjection, type Size } from './projection.ts';
import { relativePath } from './relative-path.ts';
import { snapped, screenLength } from './screen.ts';
import type { View, ViewId } from './views.ts';

/** Path coordinates to 0.1 px, snapped to a 0.5 px grid: invisible detail is not shipped. */
const DIGITS = 1;
const SNAP_PX = 0.5;

const baseCache = new WeakMap<GeoData, Map<string, { base: MapBase; projection: GeoProjection }>>();

const baseKey = (view: View, size: Size) => `${view.id}:${size.width}x${size.height}`;

/** Whether computeBase has this view at this size already. */
export function hasBase(view: View, geo: GeoData, size: Size): boolean {
  return baseCache.get(geo)?.has(baseKey(view, size)) ?? false;
}

/**
 * The base layers of a view at a size, one layer at a time: a generator, so the browser can
 * project them in several short tasks (computeBaseInSteps) rather than one long one.
 */
function* baseLayers(view: View, geo: GeoData, size: Size, clip?: [[number, number], [number, number]]): Generator<void, { base: MapBase; projection: GeoProjection }> {
  const projection = makeProjection(view, size);
  if (clip) projection.clipExtent(clip);
  const path = geoPath(snapped(projection, SNAP_PX)).digits(DIGITS);
  const d = (g: Parameters<typeof path>[0]) => relativePath(path(g) ?? '');
  const countries = geo.countries.map((f) => ({ id: String(f.id), d: d(f) }));
  yield;
  const regions = geo.regions.map((f) => ({ id: String(f.id), d: d(f) }));
  yield;
  const enclaves = geo.enclaves.map((f) => ({
    id: String(f.id),
    d: d(f),
    owner: String(f.properties.owner),
    ...(typeof f.properties.name === 'string' ? { name: f.properties.name } : {}),
  }));
  const lakes = geo.lakes.map((f) => d(f)).join('');
  yield;
  const borders = d(geo.borders);
  yield;
  const line = orderLine(geo.kgTj).map((piece, i) => {
    const ls: LineString = { type: 'LineString', coordinates: piece.coordinates };
    return { id: `line-${i}`, d: d(ls), length: Math.round(screenLength(ls, projection) * 10) / 10, from: piece.from, to: piece.to };
  });
  const base: MapBase = { view: view.id as ViewId, width: size.width, height: size.height, countries, regions, enclaves, lakes, borders, line };
  return { base, projection };
}

function remember(geo: GeoData, key: string, entry: { base: MapBase; projection: GeoProjection }) {
  if (!baseCache.has(geo)) baseCache.set(geo, new Map());
  baseCache.get(geo)!.set(key, entry);
  return entry;
}

/** The base layers of a view at a size; memoized per data file (the browser asks on every step). */
export function computeBase(view: View, geo: GeoData, size: Size): { base: MapBase; projection: GeoProjection } {
  const key = baseKey(view, size);
  const cached = baseCache.get(geo)?.get(key);
  if (cached) return cached;
  const layers = baseLayers(view, geo, size);
  let next = layers.next();
  while (!next.done) next = layers.next();
  return remember(geo, key, next.value);
}

/**
 * The base layers drawn out to `clip` (px, in this frame's coordinates) instead of to the frame's
 * edges, for a drawing another, larger frame borrows scaled (see map/camera.ts). Not memoized:
 * the build asks once.
 */
export function computeBaseOut(view: View, geo: GeoData, size: Size, clip: [[number, number], [number, number]]): MapBase {
  const layers = baseLayers(view, geo, size, clip);
  let next = layers.next();
  while (!next.done) next = layers.next();
  return next.value.base;
}

/**
 * computeBase, with `pause()` awaited between layers (the browser passes a wait for its next
 * task or idle time). Afterwards computeBase answers from the memo.
 */
export async function computeBaseInSteps(view: View, geo: GeoData, size: Size, pause: () => Promise<void>): Promise<void> {
  const key = baseKey(view, size);
  if (baseCache.get(geo)?.has(key)) return;
  const layers = baseLayers(view, geo, size);
  let next = layers.next();
  while (!next.done) {
    await pause();
    next = layers.next();
  }
  const entry = remember(geo, key, next.value);
  // the borders as label obstacles, in a task of their own, so the first label pass is short
  await pause();
  borderObstacles(geo, entry.projection);
}