/**
 * The live graphic: shows the state of a step. The build drew the opening map into the page (one
 * per layout; the one on screen is kept), so at load it draws nothing and loads nothing; when the
 * reader first moves it loads map data as views need it, computes the frame for the graphic's
 * current size, and hands it to the map or chart renderer, which takes over the build's markup.
 * It records which step it shows in data-active-step; data-drawn-by="build" stays until it draws.
 */
import { computeBase, computeBaseInSteps, computeMap, hasBase } from '../map/compute-map.ts';
import { decodeTopologyInSteps, type GeoData } from '../map/geo-data.ts';
import { VIEWS, type ViewId } from '../map/views.ts';
import { makeProjection } from '../map/projection.ts';
import type { DataFileId } from '../geo/extents.ts';
import { computeChart } from '../chart/compute-chart.ts';
import { BEFORE_ID, BEFORE_STATE } from '../state/defaults.ts';
import type { ClientPayload } from '../story/build-story.ts';
import type { LegendItem } from '../story/legend.ts';
import { liveLegendHtml } from '../render/legend-html.ts';
import { counterText } from '../render/map-markup.ts';
import { createMapRenderer } from './render-map.ts';
import { chartCredit, mapAttribution } from '../map/attribution.ts';
import { formats } from '../i18n/format.ts';
import { useGlyphWidths } from '../i18n/measure.ts';
import { translator } from '../i18n/messages.ts';
import { renderChart } from './render-chart.ts';
import { prefersReducedMotion } from './motion.ts';
import type { Topology } from 'topojson-specification';

/** Camera moves and fades, ms (the visual brief asks for 600–900 ms). */
const DURATION = 750;

/** Resolves in a later task, so the browser can paint and handle input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Resolves when the browser is idle (or after a short wait where it cannot say). */
const idle = () =>
  new Promise<void>((resolve) => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => void };
    if (w.requestIdleCallback) w.requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });

export interface Graphic {
  show(index: number, options?: { instant?: boolean }): void;
  /** Load the finer map files and project their views in idle time (once the reader scrolls). */
  warmUp(): void;
  /** which step is shown (-1 above the first) */
  current(): number;
}

export function createGraphic(root: HTMLElement, payload: ClientPayload, dataUrl: (file: DataFileId) => string): Graphic {
  // the edition's words and formats: the same messages the build wrote the page with
  const fmt = formats(translator(payload.locale.tag, payload.locale.messages));
  useGlyphWidths(payload.glyphWidths);
  const frame = root.querySelector<HTMLElement>('.graphic__frame')!;
  // the build's opening map for the layout on screen (the other goes when the graphic first draws)
  const drawn = [...root.querySelectorAll<SVGSVGElement>('.map--live')];
  const mapSvg = drawn.find((svg) => getComputedStyle(svg).visibility !== 'hidden') ?? drawn[0]!;
  const settleOnOneMap = () => {
    for (const svg of drawn) if (svg !== mapSvg) svg.remove();
    mapSvg.classList.remove('map--stacked', 'map--side'); // the graphic's map now, on every layout
  };
  const chartSvg = root.querySelector<SVGSVGElement>('.chart--live')!;
  const title = root.querySelector<HTMLElement>('.graphic__title')!;
  const legend = root.querySelector<HTMLElement>('.graphic__legend')!;
  const stamp = root.querySelector<HTMLElement>('.graphic__stamp')!;
  const counter = root.querySelector<HTMLElement>('.graphic__counter')!;
  const credit = root.querySelector<HTMLElement>('.graphic__credit')!;
  const note = root.querySelector<HTMLElement>('.graphic__note > span')!;
  const renderer = createMapRenderer(mapSvg);

  const geo = new Map<DataFileId, Promise<GeoData>>();
  const load = (file: DataFileId) => {
    if (!geo.has(file)) {
      geo.set(
        file,
        fetch(dataUrl(file))
          .then((r) => {
            if (!r.ok) throw new Error(`map data ${file}: HTTP ${r.status}`);
            return r.json() as Promise<Topology>;
          })
          .then((topo) => decodeTopologyInSteps(topo, nextTask)),
      );
    }
    return geo.get(file)!;
  };

  let index = -1;
  let token = 0;
  let size = { width: 0, height: 0 };
  let viewportHeight = window.innerHeight;
  const measure = () => {
    const box = frame.getBoundingClientRect();
    size = { width: Math.round(box.width), height: Math.round(box.height) };
  };
  /** Re-measure, but keep the size when the frame's height moved by less than 120 px because the
   * window's did (the mobile address bar): the map is drawn with preserveAspectRatio slice, so it
   * still fills the frame, and nothing jumps under the reader's thumb. Any other change (a longer
   * legend, a rotated phone) re-fits the map. */
  const measureUnlessAddressBar = () => {
    const before = size;
    const viewportMoved = window.innerHeight !== viewportHeight;
    viewportHeight = window.innerHeight;
    measure();
    if (viewportMoved && before.width === size.width && Math.abs(before.height - size.height) < 120) size = before;
  };

  const opening = { id: BEFORE_ID, state: BEFORE_STATE, title: '', legend: payload.openingLegend, note: null };
  const stateAt = (i: number): ClientPayload['steps'][number] | undefined => (i < 0 ? opening : payload.steps[i]);

  // the chapter's key keeps its entries in place; one this map lacks is faded, and silent
  const drawLegend = (items: LegendItem[]) => {
    legend.innerHTML = liveLegendHtml(items);
  };

  // What the build drew: the opening, at the size of its layout. Until the reader moves, that
  // stands (at another size it fills the frame: preserveAspectRatio slice).
  let openingAsBuilt = mapSvg.querySelector('.map__camera') !== null;
  if (openingAsBuilt) {
    const [width, height] = (mapSvg.dataset.size ?? '0x0').split('x').map(Number) as [number, number];
    const view = VIEWS[BEFORE_STATE.map.view];
    renderer.adopt({
      view: view.id as ViewId,
      width,
      height,
      projection: () => makeProjection(view, { width, height }),
      borrowed: mapSvg.querySelector('.map__camera > use') !== null,
    });
  }

  async function draw(i: number, instant: boolean) {
    const mine = ++token;
    openingAsBuilt = false;
    const step = stateAt(i);
    if (!step) throw new Error(`the story's states have no step ${i + 1} (are the page and its states from different builds?)`);
    const { state } = step;
    const view = VIEWS[state.map.view];
    const [data, overview] = await Promise.all([load(view.file), load('overview')]);
    if (mine !== token) return; // a later step asked meanwhile: it wins
    measureUnlessAddressBar();
    if (!hasBase(view, data, size)) {
      // projecting a view's base layers is the longest piece of work: done a layer per task, so
      // the page stays responsive meanwhile
      await computeBaseInSteps(view, data, size, nextTask);
      if (mine !== token) return;
    }
    const duration = instant || prefersReducedMotion() ? 0 : DURATION;
    root.dataset.activeStep = step.id;
    title.textContent = step.title;
    if (size.width < 50 || size.height < 50) return; // hidden (article mode): nothing to draw
    const stampText = state.stamp ? fmt.stamp(state.stamp) : null;
    stamp.textContent = stampText ?? '';
    const mapFrame = computeMap(state.map, { geo: data, overview, places: payload.places, events: payload.events, officialKm: payload.officialKm, names: payload.names, fmt }, size, { stamp: stampText, note: step.note });
    const { projection } = computeBase(view, data, size);
    drawLegend(step.legend);
    note.textContent = step.note ?? '';
    credit.textContent = state.chart ? chartCredit(fmt) : mapAttribution(fmt);
    counter.textContent = mapFrame.overlay.line.counterKm !== null ? counterText(mapFrame.overlay.line.counterKm, fmt) : '';
    settleOnOneMap();
    delete root.dataset.drawnBy;
    renderer.render(mapFrame, projection, duration);
    if (state.chart) {
      root.dataset.chart = state.chart.kind;
      renderChart(chartSvg, computeChart(state.chart, payload.chartData, { width: Math.max(200, size.width - 24), height: Math.max(200, size.height - 24) }, fmt), duration);
    } else {
      delete root.dataset.chart;
    }
    delete root.dataset.error;
  }

  // Re-fit at the new size (instantly) when the graphic is resized; height-only changes under
  // 120 px are the mobile address bar and are ignored.
  new ResizeObserver(() => {
    const before = size;
    measureUnlessAddressBar();
    if (before.width === 0 || (size.width === before.width && size.height === before.height)) return;
    drawSafely(index, true);
  }).observe(frame);

  // The finer map files load once the reader starts scrolling (warmUp: a reader who only glances
  // at the top pays nothing for them), early enough that later steps do not wait for them. Their
  // views' base layers are then projected in idle time, one view per task, so reaching a new view
  // while scrolling costs only its overlay and the drawing.
  const warm = async (file: DataFileId) => {
    const data = await load(file);
    for (const view of Object.values(VIEWS).filter((v) => v.file === file)) {
      if (size.width >= 50 && size.height >= 50) await computeBaseInSteps(view, data, size, idle);
    }
  };


  // One graphic failing (a data file missing or broken, a bug in a renderer) must not take the
  // story with it: the text, the step descriptions and the other views stay; this view says it
  // could not be drawn. Each failure is reported once, however many steps run into it.
  const reported = new Set<string>();
  const fail = (error: unknown, i: number) => {
    if (i !== index) return; // the reader has moved on; the step now asked for draws itself
    root.dataset.error = 'true';
    root.dataset.activeStep = stateAt(i)?.id ?? '';
    title.textContent = stateAt(i)?.title ?? '';
    if (reported.has(String(error))) return;
    reported.add(String(error));
    console.error('Border Lines: the graphic could not be drawn:', error);
  };

  function drawSafely(i: number, instant: boolean) {
    draw(i, instant).catch((error: unknown) => fail(error, i));
  }

  return {
    show(i, options = {}) {
      // the opening, as the build drew it, is on screen already
      if (i < 0 && index < 0 && openingAsBuilt) return;
      index = i;
      drawSafely(i, options.instant ?? false);
    },
    current: () => index,
    warmUp() {
      void warm('border').then(() => warm('detail')).catch(() => {}); // a failed file is reported when a step needs it
    },
  };
}
