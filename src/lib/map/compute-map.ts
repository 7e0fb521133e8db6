/**
 * computeMap(state, input, size) → MapFrame: everything a map shows, as SVG path strings and
 * positioned marks. Pure and DOM-free: the build renders each step's static figure with it, and
 * the browser renders the very same frame when the reader reaches that step.
 *
 * A frame has two parts. The base (countries, regions, enclaves, lakes, borders, the KG–TJ line)
 * depends only on the view and the size, so it is computed once and reused by every step with
 * that view (and shipped once per view for the static figures). The overlay (what is tinted,
 * shown, labelled and marked) is cheap and depends on the state.
 */
import { geoContains, geoDistance, geoLength, geoPath, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import polylabel from 'polylabel';
import type { LineString, MultiLineString, Position } from 'geojson';
import { COUNTRY_NAMES } from '../geo/countries.ts';
import { EARTH_RADIUS_KM } from '../geo/measure.ts';
import { REGION_NAMES } from '../geo/regions.ts';
import type { MapState } from '../state/schema.ts';
import type { AreaFeature, GeoData } from './geo-data.ts';
import { focusFor, makeProjection, type Size } from './projection.ts';
import { LOCATOR_VIEW, SECTOR_NAMES, VIEWS, type View, type ViewId } from './views.ts';
import { clamp, overlaps, pointBox, type Box } from '../geometry/boxes.ts';
import { CHAR_PX, LINE_HEIGHT, areaLabelBox, labelBox, placeCharPx, placeLabel, type Label } from './labels.ts';
import { borderObstacles } from './line-obstacles.ts';
import { closedTicks } from './ticks.ts';

export type { Label } from './labels.ts';

/** A gazetteer place as the maps need it (resolved to the coordinates it is drawn at). */
export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  approximate: boolean;
  capital: boolean;
  /** a district is named at its centre, without a marker: the name stands for an area */
  district: boolean;
  /** the country it is in (ISO 3166-1 alpha-3); null for a spot on the line itself */
  country: string | null;
  /** the place whose position it is drawn at, where that is not its own */
  at?: string;
}

/** A timeline event as the maps need it: the places where it is marked. */
export interface MapEvent {
  id: string;
  places: string[];
  /** the year it happened: a map of several events labels each spot with its years */
  year: number;
  /** its death toll in a few words ("at least 10 civilians killed (Human Rights Watch)"), for a highlighted event */
  toll?: string;
}

export interface MapInput {
  /** the decoded data file of the state's view */
  geo: GeoData;
  places: MapPlace[];
  events: MapEvent[];
  /** the Central Asia data, for the locator inset */
  overview?: GeoData;
  /** the official length the running km figure is a share of */
  officialKm: number;
}

export interface PathItem {
  id: string;
  d: string;
}

export interface LinePiece extends PathItem {
  /** its length on screen, px (for dash patterns) */
  length: number;
  /** where it starts and ends along the drawing order of the whole line, 0–1 */
  from: number;
  to: number;
}

export interface MapBase {
  view: ViewId;
  width: number;
  height: number;
  countries: PathItem[];
  regions: PathItem[];
  enclaves: (PathItem & { owner: string; name?: string })[];
  lakes: string;
  borders: string;
  line: LinePiece[];
}

export interface Mark {
  id: string;
  x: number;
  y: number;
}

export interface PlaceMark extends Mark {
  approximate: boolean;
  capital: boolean;
  /** named without a marker (a district, at its centre) */
  district: boolean;
  label: Label | null;
}

export interface EventMark extends Mark {
  events: string[];
  /** drawn hollow: the spot is a stand-in (a proxy's position) */
  approximate: boolean;
  /** drawn large, with its toll in its label */
  highlight: boolean;
  /** a label where no place label already names the spot */
  label: Label | null;
}

/** Another view's area, outlined (a chapter's sector of the line). */
export interface SectorMark {
  id: ViewId;
  d: string;
  label: Label | null;
}

export interface InsetFrame {
  width: number;
  height: number;
  countries: (PathItem & { focus: boolean })[];
  /** the main map's focus box, drawn on the inset */
  box: string;
}

export interface MapOverlay {
  focus: string[];
  regions: string[];
  enclaves: string[];
  line: {
    status: MapState['line']['status'];
    progress: number;
    /** crossings closed: the line carries cross ticks */
    closed: boolean;
    /** those ticks, as a path ('' when open) */
    ticks: string;
    /** per piece: the stroke-dasharray that draws `progress` of it (or its dash style) */
    dashes: Record<string, string>;
    /** the running km figure, as a share of the official length */
    counterKm: number | null;
  };
  places: PlaceMark[];
  events: EventMark[];
  countryLabels: Label[];
  regionLabels: Label[];
  enclaveLabels: Label[];
  scaleBar: { x: number; y: number; width: number; label: string } | null;
  inset: InsetFrame | null;
  sectors: SectorMark[];
  /** the band either side of the line: its stroke width, px, and what it stands for, km */
  band: { width: number; km: number } | null;
}

export type MapFrame = MapBase & { overlay: MapOverlay };

/** Path coordinates to 0.1 px, snapped to a 0.5 px grid: invisible detail is not shipped. */
const DIGITS = 1;
const SNAP_PX = 0.5;
/** Dash pattern of a line that is not agreed in full. */
const UNDEFINED_DASH = '7 4';
const EDGE = 4;
/** Half the size of a marker, px: a place's dot, an event's diamond, a highlighted event's. */
const PLACE_R = 4;
const EVENT_R = 6;
const HIGHLIGHT_R = 11;
const markerBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
/** A country is labelled only if a circle this wide fits in what is visible of it. */
const MIN_LABEL_ROOM = 14;

/**
 * Snaps every projected point to a `cell`-px grid and drops repeats. Unlike thinning by
 * distance, snapping does not depend on the direction a ring is drawn in, so a border shared by
 * two fills comes out identical in both and no hairline seam opens between them.
 */
function snapped(projection: GeoProjection, cell: number): { stream(s: GeoStream): GeoStream } {
  const snap = (v: number) => Math.round(v / cell) * cell;
  return {
    stream(output: GeoStream): GeoStream {
      let lastX = NaN;
      let lastY = NaN;
      return projection.stream({
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
      });
    },
  };
}

/** Screen-space rings of a feature, after projection and clipping to the frame. */
function projectedRings(feature: AreaFeature, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  geoStream(
    feature,
    projection.stream({
      point: (x: number, y: number) => void ring.push([x, y]),
      lineStart: () => void (ring = []),
      lineEnd: () => void (ring.length > 2 && rings.push(ring)),
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

/**
 * Per-projection memo of a feature's screen geometry. A projection is itself memoized per view and
 * size (computeBase), so scrolling between steps of one view reuses the label spots and outlines
 * instead of re-projecting and re-searching them (which made long tasks on phones).
 */
function memoByProjection<T>(fn: (feature: AreaFeature, projection: GeoProjection) => T): (feature: AreaFeature, projection: GeoProjection) => T {
  const cache = new WeakMap<GeoProjection, WeakMap<AreaFeature, T>>();
  return (feature, projection) => {
    let byFeature = cache.get(projection);
    if (!byFeature) cache.set(projection, (byFeature = new WeakMap()));
    if (!byFeature.has(feature)) byFeature.set(feature, fn(feature, projection));
    return byFeature.get(feature)!;
  };
}

/** The pole of inaccessibility of the largest visible part: where a label has most room. */
const labelPoint = memoByProjection((feature, projection): { x: number; y: number; room: number } | null => {
  const rings = projectedRings(feature, projection);
  if (rings.length === 0) return null;
  const largest = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const p = polylabel([largest], 1);
  return { x: p[0]!, y: p[1]!, room: p.distance };
});

/** The screen bounding box of what is visible of a feature. */
const screenBox = memoByProjection((feature, projection): Box => {
  const points = projectedRings(feature, projection).flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
});

/** Whether a screen point (to the pixel) lies in a feature: memoized, as label candidates repeat
 * from step to step and a spherical point-in-polygon test on a country outline is not cheap. */
const containsPixel = memoByProjection((feature, projection) => {
  const known = new Map<string, boolean>();
  return (px: number, py: number): boolean => {
    const key = `${Math.round(px)},${Math.round(py)}`;
    let inside = known.get(key);
    if (inside === undefined) {
      const p = projection.invert?.([Math.round(px), Math.round(py)]) ?? null;
      inside = p !== null && geoContains(feature, p);
      known.set(key, inside);
    }
    return inside;
  };
});

/** Screen length of a projected line, px. */
function screenLength(line: LineString, projection: GeoProjection): number {
  let length = 0;
  let x0 = NaN;
  let y0 = NaN;
  geoStream(
    line,
    projection.stream({
      point(x: number, y: number) {
        if (!Number.isNaN(x0)) length += Math.hypot(x - x0, y - y0);
        x0 = x;
        y0 = y;
      },
      lineStart: () => void (x0 = y0 = NaN),
      lineEnd() {},
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    }),
  );
  return length;
}

/**
 * The KG–TJ line in drawing order: its open lines from west to east, each oriented west→east,
 * and its rings (Vorukh's) appearing when the drawing reaches them. Fractions are geodesic, so
 * the order and timing do not depend on the projection or the size.
 */
export function orderLine(line: MultiLineString): { coordinates: Position[]; from: number; to: number; ring: boolean }[] {
  const isRing = (c: Position[]) => c.length > 3 && c[0]![0] === c.at(-1)![0] && c[0]![1] === c.at(-1)![1];
  const km = (c: Position[]) => geoLength({ type: 'LineString', coordinates: c });
  const open = line.coordinates
    .filter((c) => !isRing(c))
    .map((c) => (c[0]![0]! <= c.at(-1)![0]! ? c : [...c].reverse()))
    .sort((a, b) => Math.min(...a.map((p) => p[0]!)) - Math.min(...b.map((p) => p[0]!)));
  const total = open.reduce((s, c) => s + km(c), 0);
  const pieces: { coordinates: Position[]; from: number; to: number; ring: boolean }[] = [];
  let done = 0;
  for (const c of open) {
    const length = km(c);
    pieces.push({ coordinates: c, from: done / total, to: (done + length) / total, ring: false });
    done += length;
  }
  for (const ring of line.coordinates.filter(isRing)) {
    // attach the ring where the open line passes closest to it
    let best = { d: Infinity, at: 0 };
    let along = 0;
    for (const c of open) {
      for (let i = 0; i < c.length; i++) {
        if (i > 0) along += geoDistance(c[i - 1] as [number, number], c[i] as [number, number]);
        const d = geoDistance(c[i] as [number, number], ring[0] as [number, number]);
        if (d < best.d) best = { d, at: along / total };
      }
    }
    pieces.push({ coordinates: ring, from: best.at, to: Math.min(1, best.at + km(ring) / total), ring: true });
  }
  return pieces;
}

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
function* baseLayers(view: View, geo: GeoData, size: Size): Generator<void, { base: MapBase; projection: GeoProjection }> {
  const projection = makeProjection(view, size);
  const path = geoPath(snapped(projection, SNAP_PX)).digits(DIGITS);
  const d = (g: Parameters<typeof path>[0]) => path(g) ?? '';
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

const tickCache = new WeakMap<GeoProjection, string>();
/** The closed line's ticks, once per projection (a projection is memoized per view and size). */
function ticksFor(geo: GeoData, projection: GeoProjection): string {
  if (!tickCache.has(projection)) tickCache.set(projection, closedTicks(geo.kgTj, projection));
  return tickCache.get(projection)!;
}

/** The stroke-dasharray that shows `progress` of a piece of the line. */
export function lineDash(piece: Pick<LinePiece, 'length' | 'from' | 'to'>, progress: number, status: MapState['line']['status']): string {
  if (status === 'undefined') return UNDEFINED_DASH;
  const local = clamp((progress - piece.from) / (piece.to - piece.from || 1), 0, 1);
  if (local >= 1) return 'none';
  const len = Math.ceil(piece.length) + 1;
  return `${Math.round(local * piece.length * 10) / 10} ${len}`;
}

/**
 * How far a label box lies in the place's own country (or, for a place in one of its enclaves,
 * that enclave): how many of its middle line's ends and centre are inside, 0 to 3. Undefined when
 * the view's data lacks that country.
 */
function sameSide(place: MapPlace, x: number, y: number, geo: GeoData, projection: GeoProjection): ((box: Box) => number) | undefined {
  const at = (px: number, py: number) => projection.invert?.([px, py]) ?? null;
  const here = at(x, y);
  if (!place.country) return undefined;
  const area =
    (here && geo.enclaves.find((f) => f.properties.owner === place.country && geoContains(f, here))) ||
    geo.countries.find((f) => f.id === place.country);
  if (!area) return undefined;
  const inArea = containsPixel(area, projection);
  return (box) => {
    const my = (box.y0 + box.y1) / 2;
    return [box.x0 + 2, (box.x0 + box.x1) / 2, box.x1 - 2].filter((px) => inArea(px, my)).length;
  };
}

const bare = (name: string) => name.replace(/\s*\([^)]*\)$/, '');

/** How a place is named on a map: no disambiguating brackets (the map shows where it is), and,
 * when the marker stands in for an unknown exact position, where it is drawn or that it is approximate. */
export function mapName(place: Pick<MapPlace, 'name' | 'approximate' | 'at'>): string {
  const { text, sub } = mapLabelLines(place);
  return sub ? `${text}, ${sub}` : text;
}

/** The same, as a label's two lines: where the marker is drawn goes on the second, smaller one
 * ("Golovnoi intake" over "at Kok-Tash"), so the label is half as wide. */
export function mapLabelLines(place: Pick<MapPlace, 'name' | 'approximate' | 'at'>): { text: string; sub?: string } {
  const name = bare(place.name);
  if (place.at) return { text: name, sub: `at ${bare(place.at)}` };
  return { text: place.approximate ? `${name} (approx.)` : name };
}

/** A scale bar in the top right corner (below the inset, if there is one). */
function scaleBar(projection: GeoProjection, size: Size, top: number): MapOverlay['scaleBar'] {
  const a = projection.invert?.([size.width / 2, size.height / 2]);
  const b = projection.invert?.([size.width / 2 + 100, size.height / 2]);
  if (!a || !b) return null;
  const kmPer100px = geoDistance(a, b) * EARTH_RADIUS_KM;
  const nice = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500].find((k) => (k / kmPer100px) * 100 >= 50) ?? 500;
  const width = Math.round((nice / kmPer100px) * 1000) / 10;
  return { x: size.width - width - 12, y: top + 22, width, label: `${nice} km` };
}

const insetCache = new WeakMap<GeoData, { frame: InsetFrame; projection: GeoProjection }>();
const INSET_SIZE = { width: 92, height: 72 };

function inset(view: View, size: Size, focus: string[], overview: GeoData): InsetFrame {
  let cached = insetCache.get(overview);
  if (!cached) {
    const projection = makeProjection(LOCATOR_VIEW, INSET_SIZE, 2);
    const path = geoPath(snapped(projection, 1)).digits(0);
    cached = {
      projection,
      frame: {
        ...INSET_SIZE,
        countries: overview.countries.map((f) => ({ id: String(f.id), d: path(f) ?? '', focus: false })),
        box: '',
      },
    };
    insetCache.set(overview, cached);
  }
  const { west, south, east, north } = focusFor(view, size);
  const corners = ([[west, south], [west, north], [east, north], [east, south]] as [number, number][]).map((p) => cached!.projection(p)!);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    ...cached.frame,
    countries: cached.frame.countries.map((c) => ({ ...c, focus: focus.includes(c.id) })),
    box: `M${r(x0)},${r(y0)}H${r(x1)}V${r(y1)}H${r(x0)}Z`,
  };
}

/** km per px at the middle of the frame (the scale bar and the band use it). */
function kmPerPx(projection: GeoProjection, size: Size): number | null {
  const a = projection.invert?.([size.width / 2, size.height / 2]);
  const b = projection.invert?.([size.width / 2 + 100, size.height / 2]);
  return a && b ? (geoDistance(a, b) * EARTH_RADIUS_KM) / 100 : null;
}

/** Another view's focus box, outlined on this map, with its name at its top edge. */
function sectorMark(id: ViewId, projection: GeoProjection): { id: ViewId; d: string; box: Box } | null {
  const e = VIEWS[id].focus;
  const ring: [number, number][] = [];
  const n = 8;
  for (let i = 0; i <= n; i++) ring.push([e.west + ((e.east - e.west) * i) / n, e.north]);
  for (let i = 1; i <= n; i++) ring.push([e.east, e.north - ((e.north - e.south) * i) / n]);
  for (let i = 1; i <= n; i++) ring.push([e.east - ((e.east - e.west) * i) / n, e.south]);
  for (let i = 1; i < n; i++) ring.push([e.west, e.south + ((e.north - e.south) * i) / n]);
  const points = ring.map((p) => projection(p)).filter((p): p is [number, number] => !!p);
  if (points.length < 4) return null;
  const r = (v: number) => Math.round(v * 10) / 10;
  const d = `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { id, d, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } };
}

/** What the live graphic prints over a map, which labels keep clear of. */
export interface MapFurniture {
  /** the date stamp, top left */
  stamp?: string | null;
  /** what the map cannot show, in a box at the foot of the frame (see .graphic__note) */
  note?: string | null;
}

/** The box the note at the foot of the live graphic covers: one line as wide as its text, or two
 * lines across the frame (story.css: 12 px italic, 15.6 px lines, 6.4 px from the edges). */
export function noteBox(note: string, size: Size): Box {
  const text = note.length * 6 + 12;
  const top = size.height - 58;
  return text <= size.width - 13 ? { x0: 0, y0: top, x1: text + 8, y1: top + 19 } : { x0: 0, y0: top, x1: size.width, y1: size.height };
}

export function computeMap(state: MapState, input: MapInput, size: Size, furniture: MapFurniture = {}): MapFrame {
  const stamp = furniture.stamp ?? null;
  const view = VIEWS[state.view];
  const { base, projection } = computeBase(view, input.geo, size);
  const onLine = borderObstacles(input.geo, projection);
  const taken: Box[] = [];
  // the date stamp and the km counter sit in the top left corner, over the map (see story.css)
  const corner = [stamp, state.line.counter ? '≈ 000 km' : null].filter((t): t is string => !!t);
  if (corner.length > 0) taken.push({ x0: 0, y0: 0, x1: 24 + Math.max(...corner.map((t) => t.length)) * 9.5, y1: 10 + corner.length * 32 });
  // the locator inset and the scale bar sit in the top right corner
  const withInset = state.inset && !!input.overview;
  const scaleTop = withInset ? INSET_SIZE.height + 8 : 0;
  if (withInset) taken.push({ x0: size.width - INSET_SIZE.width - 12, y0: 0, x1: size.width, y1: INSET_SIZE.height + 12 });
  if (furniture.note) taken.push(noteBox(furniture.note, size));
  const bar = view.file === 'overview' ? null : scaleBar(projection, size, scaleTop);
  if (bar) taken.push({ x0: bar.x - 4, y0: bar.y - 20, x1: bar.x + bar.width + 4, y1: bar.y + 4 });
  const inFrame = (x: number, y: number) => x >= 0 && y >= 0 && x <= size.width && y <= size.height;
  const placeById = new Map(input.places.map((p) => [p.id, p]));

  // 1. markers: places, then events (one marker per spot); all claim their space first, so no
  //    label is placed over a marker drawn later. Districts are names without markers.
  const places: PlaceMark[] = [];
  for (const id of state.places) {
    const place = placeById.get(id);
    if (!place) throw new Error(`map state names place "${id}", which is not in the map's place list`);
    const [x, y] = projection([place.lon, place.lat])!;
    if (!inFrame(x, y)) continue;
    if (!place.district) taken.push(markerBox(x, y, PLACE_R));
    places.push({ id, x, y, approximate: place.approximate, capital: place.capital, district: place.district, label: null });
  }
  const events: EventMark[] = [];
  const eventNames = new Map<EventMark, string[]>();
  for (const id of state.events) {
    const event = input.events.find((e) => e.id === id);
    if (!event) throw new Error(`map state names event "${id}", which is not in the map's event list`);
    const highlight = state.highlight.includes(id);
    for (const placeId of event.places) {
      const place = placeById.get(placeId);
      if (!place) continue; // unlocated places of an event are listed under the map, not drawn
      const [x, y] = projection([place.lon, place.lat])!;
      if (!inFrame(x, y)) continue;
      // one spot, or two closer than a marker's radius, which would read as one: one marker,
      // named for both ("Batken and Batken airport")
      const same = events.find((e) => Math.hypot(e.x - x, e.y - y) < EVENT_R);
      if (same) {
        if (!same.events.includes(id)) same.events.push(id);
        same.highlight ||= highlight;
        // (a place drawn at another's very position is named by that marker already)
        const names = eventNames.get(same)!;
        if (Math.hypot(same.x - x, same.y - y) >= 1 && !names.includes(mapName(place))) {
          names.push(mapName(place));
          same.approximate &&= place.approximate;
        }
        continue;
      }
      taken.push(markerBox(x, y, highlight ? HIGHLIGHT_R : EVENT_R));
      const mark: EventMark = { id: placeId, x, y, events: [id], approximate: place.approximate, highlight, label: null };
      events.push(mark);
      eventNames.set(mark, [mapName(place)]);
    }
  }
  // several events on one map: each spot says when ("Ak-Sai, 2013, 2014")
  const years = new Set(state.events.map((id) => input.events.find((e) => e.id === id)!.year));
  const dated = years.size > 1;
  const eventText = (mark: EventMark) => {
    const names = eventNames.get(mark)!;
    const name = names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    if (!dated) return name;
    const ys = [...new Set(mark.events.map((id) => input.events.find((e) => e.id === id)!.year))].sort();
    return `${name}, ${ys.join(', ')}`;
  };

  // 2. the outlined sectors claim their name's spot, at their top edge
  const sectors: SectorMark[] = [];
  for (const id of state.sectors) {
    const mark = sectorMark(id, projection);
    if (!mark) continue;
    const text = SECTOR_NAMES[id];
    const w = text.length * CHAR_PX.place;
    const spot: Label = { id: `sector-${id}`, text, x: clamp(mark.box.x0 + 4, EDGE, size.width - w - EDGE), y: clamp(mark.box.y0 - 5, 14, size.height - 22), anchor: 'start' };
    const box = labelBox(spot, w);
    const free = !taken.some((t) => overlaps(t, box));
    if (free) taken.push(box);
    sectors.push({ id, d: mark.d, label: free ? spot : null });
  }

  // 3. a small enclave's outline keeps point labels off it; its own name comes after them (5)
  const enclaveSpots: { id: string; name: string; outline: Box; spot: { x: number; y: number; room: number } }[] = [];
  const eventSpots = new Set(events.map((e) => mapName(placeById.get(e.id)!)));
  for (const id of state.enclaves) {
    const feature = input.geo.enclaves.find((f) => f.id === id);
    const name = feature && typeof feature.properties.name === 'string' ? feature.properties.name : null;
    if (!feature || !name) continue;
    const spot = labelPoint(feature, projection);
    if (!spot) continue;
    // an event marked at a place of the enclave's name names it, and its label may cross it
    if (eventSpots.has(name)) continue;
    const outline = screenBox(feature, projection);
    if (outline.x1 - outline.x0 < size.width / 4) taken.push(outline);
    enclaveSpots.push({ id, name, outline, spot });
  }

  // 4. point labels: events first (every marker the story refers to is named), then places not
  //    already named by an event at the same spot; districts are named at their centre
  const markers = [...events, ...places.filter((p) => !p.district)];
  const othersThan = (m: Mark) => markers.filter((o) => o !== m && Math.hypot(o.x - m.x, o.y - m.y) >= 1);
  const jobs: { mark: EventMark | PlaceMark; run: () => Label | null }[] = [];
  for (const e of events) {
    const place = placeById.get(e.id)!;
    const toll = e.highlight ? e.events.map((id) => input.events.find((ev) => ev.id === id)!.toll).find((t) => !!t) : undefined;
    // one place drawn at another's position: its name, and under it where it is drawn
    const lines = eventNames.get(e)!.length === 1 && !toll && !dated ? mapLabelLines(place) : null;
    const sub = toll ?? lines?.sub;
    const options = {
      id: e.id,
      text: lines?.sub ? lines.text : eventText(e),
      ...(sub ? { sub } : {}),
      target: markerBox(e.x, e.y, e.highlight ? HIGHLIGHT_R : EVENT_R),
      size,
      taken,
      gap: 3,
      onSide: sameSide(place, e.x, e.y, input.geo, projection),
      onLine,
      others: othersThan(e),
    };
    jobs.push({ mark: e, run: () => placeLabel(options) });
  }
  for (const p of places) {
    const place = placeById.get(p.id)!;
    if (events.some((e) => Math.hypot(p.x - e.x, p.y - e.y) < 1)) continue; // the event's label names it
    const lines = p.district ? { text: place.name.toUpperCase() } : mapLabelLines(place);
    const options = {
      id: p.id,
      text: lines.text,
      ...(lines.sub ? { sub: lines.sub } : {}),
      target: p.district ? pointBox(p.x, p.y) : markerBox(p.x, p.y, PLACE_R),
      size,
      taken,
      gap: 3,
      onSide: sameSide(place, p.x, p.y, input.geo, projection),
      onLine,
      others: othersThan(p),
      area: p.district,
      charPx: placeCharPx(p),
    };
    jobs.push({ mark: p, run: () => placeLabel(options) });
  }
  // Placed one by one, a label can take the only spot a later one had. If any is left without,
  // those go first in a second pass; whichever pass names more markers stands.
  const claimed = taken.length;
  const pass = (order: typeof jobs) => {
    taken.length = claimed;
    for (const j of order) j.mark.label = j.run();
    return order.filter((j) => !j.mark.label);
  };
  // a district's name has only a few spots, inside its area; a marker's has rings and leaders:
  // districts go first
  const districtFirst = (j: (typeof jobs)[number]) => ('district' in j.mark && j.mark.district ? 0 : 1);
  jobs.sort((a, b) => districtFirst(a) - districtFirst(b));
  const missed = pass(jobs);
  if (missed.length > 0) {
    const again = pass([...missed, ...jobs.filter((j) => !missed.includes(j))]);
    if (again.length > missed.length) pass(jobs);
  }

  // 5. enclave labels: inside the enclave where the name fits, beside its outline where it does not
  const enclaveLabels: Label[] = [];
  for (const { id, name, outline, spot: p } of enclaveSpots) {
    const w = name.length * CHAR_PX.enclave;
    const inside: Label = { id: `enclave-${id}`, text: name, x: p.x, y: p.y + 4, anchor: 'middle' };
    const insideBox = labelBox(inside, w, LINE_HEIGHT);
    const fitsInside = p.room >= LINE_HEIGHT / 2 + 2 && w / 2 <= p.room * 1.6 && !taken.some((t) => t !== outline && overlaps(t, insideBox));
    const label = fitsInside ? inside : placeLabel({ id: `enclave-${id}`, text: name, target: outline, size, taken, gap: 4, onLine, charPx: CHAR_PX.enclave });
    if (fitsInside) taken.push(insideBox);
    if (label) enclaveLabels.push(label);
  }

  // 6. area labels (regions, countries): at the spot with most room, or nudged within that room
  //    off anything placed already and off the border lines
  // where every spot around the area's centre is taken: the nearest free spot on a 12 px grid
  // across what is visible of it, clear of the lines, with the name's middle and both ends inside
  const elsewhereIn = (f: AreaFeature, half: number) => {
    const p = labelPoint(f, projection)!;
    const inside = containsPixel(f, projection);
    const b = screenBox(f, projection);
    const spots: { x: number; y: number; box: Box }[] = [];
    for (let y = Math.max(14, b.y0 + 10); y <= Math.min(size.height - 22, b.y1); y += 12) {
      for (let x = Math.max(half + EDGE, b.x0 + half); x <= Math.min(size.width - half - EDGE, b.x1 - half); x += 12) {
        spots.push({ x, y, box: areaLabelBox(x, y, 2 * half) });
      }
    }
    spots.sort((a, c) => Math.hypot(a.x - p.x, a.y - p.y) - Math.hypot(c.x - p.x, c.y - p.y));
    return spots.find(
      ({ x, y, box }) => !taken.some((t) => overlaps(t, box)) && !onLine(box) && inside(x, y - 4) && inside(box.x0, y - 4) && inside(box.x1, y - 4),
    );
  };
  const areaLabels = (ids: string[], features: AreaFeature[], names: Record<string, string>, charPx: number): Label[] => {
    const labels: Label[] = [];
    for (const id of ids) {
      const f = features.find((c) => c.id === id);
      const p = f && labelPoint(f, projection);
      if (!p || p.room < MIN_LABEL_ROOM) continue;
      const text = names[id] ?? id;
      const half = (text.length * charPx) / 2;
      const nudge = p.room * 0.6;
      const spots: [number, number][] = [
        [0, 0],
        [0, -nudge],
        [0, nudge],
        [-nudge, 0],
        [nudge, 0],
        [-nudge, -nudge],
        [nudge, nudge],
        [-nudge, nudge],
        [nudge, -nudge],
      ];
      const fits = spots
        .map(([dx, dy]) => {
          const x = clamp(p.x + dx, half + EDGE, size.width - half - EDGE);
          const y = clamp(p.y + dy, 14, size.height - 22);
          return { x, y, box: areaLabelBox(x, y, 2 * half) };
        })
        .filter(({ box }) => !taken.some((t) => overlaps(t, box)));
      const best = fits.find(({ box }) => !onLine(box)) ?? fits[0] ?? elsewhereIn(f, half);
      if (!best) continue;
      taken.push(best.box);
      labels.push({ id, text, x: best.x, y: best.y, anchor: 'middle' });
    }
    return labels;
  };
  const regionLabels = areaLabels(state.regions, input.geo.regions, REGION_NAMES, CHAR_PX.region);
  const countryLabels = areaLabels(state.countryLabels, input.geo.countries, COUNTRY_NAMES, CHAR_PX.country);

  const { progress, status, counter, closed } = state.line;
  const dashes = Object.fromEntries(base.line.map((piece) => [piece.id, lineDash(piece, progress, status)]));
  const perPx = state.band ? kmPerPx(projection, size) : null;

  return {
    ...base,
    overlay: {
      focus: state.focus,
      regions: state.regions,
      enclaves: state.enclaves,
      line: { status, progress, closed, ticks: closed ? ticksFor(input.geo, projection) : '', dashes, counterKm: counter ? Math.round((progress * input.officialKm) / 10) * 10 : null },
      places,
      events,
      countryLabels,
      regionLabels,
      enclaveLabels,
      scaleBar: bar,
      inset: withInset ? inset(view, size, state.focus, input.overview!) : null,
      sectors,
      band: state.band && perPx ? { width: Math.round(((2 * state.band) / perPx) * 10) / 10, km: state.band } : null,
    },
  };
}
