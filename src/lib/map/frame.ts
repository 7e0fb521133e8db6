/**
 * What a map frame is: the types computeMap returns and its callers read. A frame has two parts.
 * The base (countries, regions, enclaves, lakes, borders, the KG–TJ line) depends only on the view
 * and the size, so it is computed once and reused by every step with that view. The overlay (what
 * is tinted, shown, labelled and marked) is cheap and depends on the state.
 */
import type { Formats } from '../i18n/format.ts';
import type { MapNames } from '../i18n/names.ts';
import type { MapState } from '../state/schema.ts';
import type { GeoData } from './geo-data.ts';
import type { Label } from './labels.ts';
import type { ViewId } from './views.ts';

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
  /** the names of countries, regions and enclaves in the reader's locale */
  names: MapNames;
  /** the reader's locale's words and formats */
  fmt: Formats;
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
/** What the live graphic prints over a map, which labels keep clear of. */
export interface MapFurniture {
  /** the date stamp, top left */
  stamp?: string | null;
  /** what the map cannot show, in a box at the foot of the frame (see .graphic__note) */
  note?: string | null;
}
