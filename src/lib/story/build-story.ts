/**
 * Assembles the story at build time from the step content and the data: resolves every step's
 * complete graphic state, checks what the steps name against the data, renders each step's
 * static figure, gathers its sources, and prepares the small payload the browser needs.
 */
import { join } from 'node:path';
import { buildChartData, chartRefs, type ChartData } from '../chart/chart-data.ts';
import { chartTable } from '../chart/chart-table.ts';
import { computeChart } from '../chart/compute-chart.ts';
import type { ChartFrame, ChartTable } from '../chart/marks.ts';
import { readTopology } from '../data/load.ts';
import type { Source } from '../data/schema.ts';
import { TABLE_NAMES, type Dataset, type TableName } from '../data/tables.ts';
import type { DataFileId } from '../geo/extents.ts';
import { OPENING_SIZES, STATIC_CHART_SIZE, STATIC_SIZE } from './figure-sizes.ts';
import { cameraBetween, cameraTransform, focusCorners } from '../map/camera.ts';
import { computeBase, computeBaseOut, computeMap, type MapEvent, type MapFrame, type MapPlace } from '../map/compute-map.ts';
import { decodeTopology, type GeoData } from '../map/geo-data.ts';
import { mapEvents, mapPlaces } from '../map/map-data.ts';
import { VIEWS } from '../map/views.ts';
import { checkStateReferences, resolveStates } from '../state/resolve.ts';
import { BEFORE_STATE } from '../state/defaults.ts';
import type { GraphicState, StatePatch } from '../state/schema.ts';
import type { Formats } from '../i18n/format.ts';
import type { MessageTable } from '../i18n/messages.ts';
import type { MapNames, Names } from '../i18n/names.ts';
import { GLYPH_WIDTHS } from '../i18n/glyph-widths.ts';
import type { GlyphWidths } from '../i18n/measure.ts';
import { describeRow } from './describe-row.ts';
import { legendItems, legendKeys, type LegendItem, type LegendKey } from './legend.ts';
import { stepNote } from './not-shown.ts';

export interface StepEntry {
  id: string;
  chapter: string;
  graphic: { title: string; description: string };
  state: StatePatch;
  cites: string[];
}

export interface Chapter {
  id: string;
  number: number;
  title: string;
}

export interface CitedRow {
  ref: string;
  table: TableName;
  text: string;
  confidence: string;
  facts: string[];
  sources: Source[];
}

export interface StoryStep {
  id: string;
  index: number;
  chapter: Chapter;
  chapterStart: boolean;
  graphic: { title: string; description: string };
  state: GraphicState;
  /** the map's key: what its map draws (none at a chart) */
  legend: LegendItem[];
  /** what the step names that its map cannot show, said on the graphic */
  note: string | null;
  cited: CitedRow[];
  map: MapFrame;
  chart: { frame: ChartFrame; table: ChartTable } | null;
}

/** What the browser gets: states and the slices of data its maps and charts draw. */
export interface ClientPayload {
  steps: { id: string; title: string; state: GraphicState; legend: LegendItem[]; note: string | null }[];
  /** the key of the opening map, above the first step */
  openingLegend: LegendItem[];
  places: MapPlace[];
  events: MapEvent[];
  chartData: ChartData;
  officialKm: number;
  /** the edition's locale: its Intl tag and interface strings, and the names maps show */
  locale: { tag: string; messages: MessageTable };
  names: MapNames;
  /** the widths labels are placed by (src/lib/i18n/measure.ts) */
  glyphWidths: GlyphWidths;
}

/** What an edition brings to the story: its words, formats and names. */
export interface EditionContext {
  fmt: Formats;
  names: Names;
  messages: MessageTable;
  /** the Intl tag */
  locale: string;
}

export interface Story {
  chapters: Chapter[];
  /** the opening map, above the first step: its still figure, and the sticky graphic's first map
   * for each layout (drawn into the page, so the browser draws nothing at load), the side one
   * borrowing the stacked one's base layers through `sideCamera` */
  opening: { map: MapFrame; legend: LegendItem[]; live: { stacked: MapFrame; side: MapFrame; sideCamera: string } };
  steps: StoryStep[];
  payload: ClientPayload;
  /** every source the story cites, once */
  sources: (Source & { refs: string[] })[];
  /** the same sources by the chapter that first cites each, in order of first citation */
  sourcesByChapter: { chapter: Chapter; sources: Source[] }[];
}

/** The official length the running km figure is a share of: the final figure of 2025. */
const OFFICIAL_LENGTH_ROW = 'length-final';

export function buildStory(entries: StepEntry[], chapters: Chapter[], dataset: Dataset, edition: EditionContext, root = process.cwd()): Story {
  const { fmt, names } = edition;
  const mapNames: MapNames = { countries: names.countries, regions: names.regions, enclaves: names.enclaves };
  const patches = entries.map((e) => ({ id: e.id, patch: e.state }));
  const states = resolveStates(patches);
  const problems = checkStateReferences(
    entries.map((e, i) => ({ id: e.id, state: states[i]! })),
    dataset,
  );
  const rowProblems = entries.flatMap((e) =>
    e.cites.flatMap((ref) => {
      const [table, id] = ref.split('/') as [TableName, string];
      return TABLE_NAMES.includes(table) && (dataset[table] as { id: string }[]).some((r) => r.id === id) ? [] : [`step "${e.id}": cites ${ref}, which does not exist`];
    }),
  );
  const chapterProblems = entries.flatMap((e) => (chapters.some((c) => c.id === e.chapter) ? [] : [`step "${e.id}": no chapter "${e.chapter}"`]));
  const ids = entries.map((e) => e.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `step id "${id}" is used twice`);
  const all = [...problems, ...rowProblems, ...chapterProblems, ...duplicates];
  if (all.length > 0) throw new Error(`The story's steps are invalid:\n  - ${all.join('\n  - ')}`);

  const officialKm = dataset.delimitation.find((d) => d.id === OFFICIAL_LENGTH_ROW)!.km!;
  const placeIds = new Set([...BEFORE_STATE.map.places, ...states.flatMap((s) => s.map.places)]);
  const eventIds = new Set(states.flatMap((s) => s.map.events));
  for (const e of dataset.timeline) if (eventIds.has(e.id)) e.places.forEach((p) => placeIds.add(p));
  const places = mapPlaces(dataset, names, placeIds);
  const events = mapEvents(dataset, eventIds, fmt);
  const chartData = buildChartData(dataset);

  const geo = {} as Record<DataFileId, GeoData>;
  const geoFor = (file: DataFileId) => (geo[file] ??= decodeTopology(readTopology(join(root, 'public', 'data'), file)));

  const row = (ref: string): CitedRow => {
    const [table, id] = ref.split('/') as [TableName, string];
    const r = (dataset[table] as Dataset[TableName][number][]).find((x) => x.id === id)!;
    return { ref, table, text: describeRow(table, r, fmt, names), confidence: r.confidence, facts: r.facts, sources: r.sources };
  };

  const maps = states.map((state) => {
    const view = VIEWS[state.map.view];
    return computeMap(state.map, { geo: geoFor(view.file), overview: geoFor('overview'), places, events, officialKm, names: mapNames, fmt }, STATIC_SIZE, { stamp: state.stamp ? fmt.stamp(state.stamp) : null });
  });
  const keys = states.map((state, i) => legendKeys(state, maps[i]!));
  // the chapter's key: what any of its map steps draws, and the band's width where one is drawn
  const chapterKeys = new Map<string, LegendKey[]>();
  const chapterBand = new Map<string, number | null>();
  entries.forEach((entry, i) => {
    chapterKeys.set(entry.chapter, [...new Set([...(chapterKeys.get(entry.chapter) ?? []), ...keys[i]!])]);
    if (states[i]!.map.band !== null && !states[i]!.chart) chapterBand.set(entry.chapter, states[i]!.map.band);
  });
  const openingInput = { geo: geoFor('overview'), overview: geoFor('overview'), places, events, officialKm, names: mapNames, fmt };
  const openingMap = computeMap(BEFORE_STATE.map, openingInput, STATIC_SIZE);
  const openingView = VIEWS[BEFORE_STATE.map.view];
  const sideCamera = cameraBetween(
    computeBase(openingView, openingInput.geo, OPENING_SIZES.stacked).projection,
    computeBase(openingView, openingInput.geo, OPENING_SIZES.side).projection,
    focusCorners(openingView.focus),
  );
  // the stacked drawing's base reaches out to the side frame's edges, as the side one borrows it
  const { width: w, height: h } = OPENING_SIZES.side;
  const out: [[number, number], [number, number]] = [
    [Math.min(0, -sideCamera.x / sideCamera.scale) - 2, Math.min(0, -sideCamera.y / sideCamera.scale) - 2],
    [Math.max(OPENING_SIZES.stacked.width, (w - sideCamera.x) / sideCamera.scale) + 2, Math.max(OPENING_SIZES.stacked.height, (h - sideCamera.y) / sideCamera.scale) + 2],
  ];
  const openingLive = {
    stacked: { ...computeMap(BEFORE_STATE.map, openingInput, OPENING_SIZES.stacked), ...computeBaseOut(openingView, openingInput.geo, OPENING_SIZES.stacked, out) },
    side: computeMap(BEFORE_STATE.map, openingInput, OPENING_SIZES.side),
    sideCamera: cameraTransform(sideCamera),
  };
  const steps: StoryStep[] = entries.map((entry, index) => {
    const state = states[index]!;
    const chapter = chapters.find((c) => c.id === entry.chapter)!;
    const map = maps[index]!;
    const chart = state.chart
      ? { frame: computeChart(state.chart, chartData, STATIC_CHART_SIZE, fmt), table: chartTable(state.chart, chartData, fmt) }
      : null;
    const refs = [...new Set([...entry.cites, ...(state.chart ? chartRefs(chartData, state.chart.kind) : [])])];
    return {
      id: entry.id,
      index,
      chapter,
      chapterStart: index === 0 || entries[index - 1]!.chapter !== entry.chapter,
      graphic: entry.graphic,
      state,
      legend: state.chart ? [] : legendItems(chapterKeys.get(entry.chapter)!, keys[index]!, chapterBand.get(entry.chapter) ?? null, fmt),
      note: stepNote(state, dataset, fmt, names),
      cited: refs.map(row),
      map,
      chart,
    };
  });

  const byUrl = new Map<string, Source & { refs: string[] }>();
  for (const step of steps) {
    for (const c of step.cited) {
      for (const s of c.sources) {
        const entry = byUrl.get(s.url) ?? { ...s, refs: [] };
        if (!entry.refs.includes(c.ref)) entry.refs.push(c.ref);
        byUrl.set(s.url, entry);
      }
    }
  }
  const sources = [...byUrl.values()].sort((a, b) => a.outlet.localeCompare(b.outlet) || String(a.date).localeCompare(String(b.date)));
  const seen = new Set<string>();
  const sourcesByChapter = chapters.map((chapter) => ({
    chapter,
    sources: steps
      .filter((s) => s.chapter.id === chapter.id)
      .flatMap((s) => s.cited.flatMap((c) => c.sources))
      .filter((s) => !seen.has(s.url) && !!seen.add(s.url)),
  }));

  const openingKeys = legendKeys(BEFORE_STATE, openingMap);
  const openingLegend = legendItems(openingKeys, openingKeys, null, fmt);
  return {
    chapters,
    opening: { map: openingMap, legend: openingLegend, live: openingLive },
    steps,
    sources,
    sourcesByChapter,
    payload: {
      steps: steps.map((s) => ({ id: s.id, title: s.graphic.title, state: s.state, legend: s.legend, note: s.note })),
      openingLegend,
      places,
      events,
      chartData,
      officialKm,
      locale: { tag: edition.locale, messages: edition.messages },
      names: mapNames,
      glyphWidths: GLYPH_WIDTHS,
    },
  };
}
