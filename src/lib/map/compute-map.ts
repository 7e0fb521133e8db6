/**
 * computeMap(state, input, size) → MapFrame: everything a map shows, as SVG path strings and
 * positioned labels. Pure and DOM-free, so the build renders each frame to static SVG with it
 * and the browser renders the very same frame when the reader arrives at a step.
 */
import { geoPath, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import polylabel from 'polylabel';
import type { CountryCode, PlaceRow } from '../data/schema.ts';
import { COUNTRY_NAMES } from '../geo/countries.ts';
import type { AreaFeature, GeoData } from './geo-data.ts';
import { makeProjection, type Size } from './projection.ts';
import { VIEWS, type ViewId } from './views.ts';

export interface MapState {
  view: ViewId;
  /** countries drawn in their own tint; every other country is a paler neighbour */
  focus: CountryCode[];
  /** Natural Earth admin-1 regions (ISO 3166-2) outlined and tinted */
  regions: string[];
  /** whether the Kyrgyzstan–Tajikistan line is drawn */
  line: 'hidden' | 'drawn';
  /** enclaves (ids of data/geo/enclaves.yaml) given an outline */
  enclaves: string[];
  /** gazetteer places with a marker and a label */
  places: string[];
  /** countries named on the map */
  countryLabels: CountryCode[];
}

export interface PathItem {
  id: string;
  d: string;
}

export interface PlaceMark {
  id: string;
  name: string;
  x: number;
  y: number;
  /** the label sits to the right of the marker, or to the left near the right edge */
  anchor: 'start' | 'end';
  approximate: boolean;
  capital: boolean;
}

export interface TextLabel {
  id: string;
  text: string;
  x: number;
  y: number;
}

export interface MapFrame {
  view: ViewId;
  width: number;
  height: number;
  countries: (PathItem & { focus: boolean })[];
  lakes: string;
  regions: PathItem[];
  enclaves: (PathItem & { owner: string })[];
  borders: string;
  line: string | null;
  places: PlaceMark[];
  countryLabels: TextLabel[];
}

export interface MapInput {
  geo: GeoData;
  places: PlaceRow[];
}

/** Coordinates precision of the path strings: 0.1 px is invisible and keeps the SVG small. */
const DIGITS = 1;
/** Projected points are snapped to this grid (px), and repeats dropped: detail finer than the eye sees. */
const SNAP_PX = 0.5;
/** A country is labelled only if a circle this wide fits inside what is visible of it. */
const MIN_LABEL_RADIUS = 14;
/**
 * Rough text widths (px per character) for keeping labels inside the frame without a DOM to
 * measure with: country names are 12 px capitals with 0.12 em tracking, place names 12.5 px.
 */
const COUNTRY_CHAR_PX = 9.2;
const PLACE_CHAR_PX = 7.2;
const EDGE = 4;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * Wraps a projection so that, after projecting and clipping, every point is snapped to a grid of
 * `cell` pixels and repeated points are dropped. The data is detailed enough for the closest
 * zoom; at wider zooms this keeps the SVG small. Snapping (unlike thinning by distance) does not
 * depend on the direction a ring is drawn in, so a border shared by two fills stays identical in
 * both and no hairline seam opens between them.
 */
function snapped(projection: GeoProjection, cell: number): { stream(s: GeoStream): GeoStream } {
  const snap = (v: number) => Math.round(v / cell) * cell;
  return {
    stream(output: GeoStream): GeoStream {
      let lastX = NaN;
      let lastY = NaN;
      const snapping: GeoStream = {
        point(x, y) {
          const sx = snap(x);
          const sy = snap(y);
          if (sx === lastX && sy === lastY) return;
          output.point(sx, sy);
          lastX = sx;
          lastY = sy;
        },
        lineStart() {
          lastX = lastY = NaN;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(snapping);
    },
  };
}

/** Screen-space rings of a feature after projection and clipping to the frame. */
function projectedRings(feature: AreaFeature, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  geoStream(
    feature,
    projection.stream({
      point(x: number, y: number) {
        ring.push([x, y]);
      },
      lineStart() {
        ring = [];
      },
      lineEnd() {
        if (ring.length > 2) rings.push(ring);
      },
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    }),
  );
  return rings;
}

function ringArea(ring: [number, number][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(a / 2);
}

/** The pole of inaccessibility of the largest visible part: where a label has most room. */
function labelPoint(feature: AreaFeature, projection: GeoProjection): { x: number; y: number; room: number } | null {
  const rings = projectedRings(feature, projection);
  if (rings.length === 0) return null;
  const largest = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const p = polylabel([largest], 1) as number[] & { distance: number };
  return { x: p[0]!, y: p[1]!, room: p.distance };
}

/** Resolves a place to the coordinates it is drawn at (its own, or its proxy's). */
export function placeCoordinates(place: PlaceRow, all: PlaceRow[]): [number, number] | null {
  const loc = place.location;
  if ('lon' in loc) return [loc.lon, loc.lat];
  if ('proxy' in loc) {
    const proxy = all.find((p) => p.id === loc.proxy);
    return proxy && 'lon' in proxy.location ? [proxy.location.lon, proxy.location.lat] : null;
  }
  return null;
}

export function computeMap(state: MapState, input: MapInput, size: Size): MapFrame {
  const view = VIEWS[state.view];
  const projection = makeProjection(view, size);
  const path = geoPath(snapped(projection, SNAP_PX)).digits(DIGITS);
  const d = (g: Parameters<typeof path>[0]) => path(g) ?? '';
  const { geo } = input;

  const countries = geo.countries.map((f) => ({
    id: String(f.id),
    d: d(f),
    focus: state.focus.includes(String(f.id) as CountryCode),
  }));

  const regions = geo.regions.filter((f) => state.regions.includes(String(f.id))).map((f) => ({ id: String(f.id), d: d(f) }));
  const enclaves = geo.enclaves
    .filter((f) => state.enclaves.includes(String(f.id)))
    .map((f) => ({ id: String(f.id), d: d(f), owner: String(f.properties.owner) }));

  const places: PlaceMark[] = [];
  for (const id of state.places) {
    const place = input.places.find((p) => p.id === id);
    if (!place) throw new Error(`map state names place "${id}", which is not in the gazetteer`);
    const coordinates = placeCoordinates(place, input.places);
    if (!coordinates) throw new Error(`place "${id}" has no coordinates and cannot be mapped`);
    const xy = projection(coordinates);
    if (!xy) continue;
    const [x, y] = xy;
    if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
    const labelWidth = (place.name.length + (place.approximate ? 10 : 0)) * PLACE_CHAR_PX;
    places.push({
      id,
      name: place.name,
      x,
      y,
      anchor: x + 6 + labelWidth > size.width - EDGE ? 'end' : 'start',
      approximate: place.approximate,
      capital: place.kind === 'capital',
    });
  }

  const countryLabels: TextLabel[] = [];
  for (const code of state.countryLabels) {
    const f = geo.countries.find((c) => c.id === code);
    const p = f && labelPoint(f, projection);
    if (!p || p.room < MIN_LABEL_RADIUS) continue;
    const text = COUNTRY_NAMES[code];
    const half = (text.length * COUNTRY_CHAR_PX) / 2;
    countryLabels.push({
      id: code,
      text,
      x: clamp(p.x, half + EDGE, size.width - half - EDGE),
      y: clamp(p.y, 14, size.height - 22),
    });
  }

  return {
    view: state.view,
    width: size.width,
    height: size.height,
    countries,
    lakes: geo.lakes.map((f) => d(f)).join(''),
    regions,
    enclaves,
    borders: d(geo.borders),
    line: state.line === 'drawn' ? d(geo.kgTj) : null,
    places,
    countryLabels,
  };
}
