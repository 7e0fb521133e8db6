/**
 * An embed page's only module: redraws its graphic at the frame's own width (the build drew it
 * at an article column's), and again whenever the frame is resized, with the story's own
 * computeMap/computeChart and serialisers (src/lib/graphics/draw.ts). It loads the edition's
 * states and the map files the graphic needs; if it cannot (an old browser, a host's sandbox
 * that blocks the requests), the build's drawing stays, scaled to the frame.
 */
import { decodeTopologyInSteps, type GeoData } from '../lib/map/geo-data.ts';
import type { DataFileId } from '../lib/geo/extents.ts';
import { drawGraphic, drawnGraphicSvg, embedGraphicSize, mapFilesOf, type GraphicInputs } from '../lib/graphics/draw.ts';
import { formats } from '../lib/i18n/format.ts';
import { useGlyphWidths } from '../lib/i18n/measure.ts';
import { translator } from '../lib/i18n/messages.ts';
import { BEFORE_STATE } from '../lib/state/defaults.ts';
import type { GraphicState } from '../lib/state/schema.ts';
import type { ClientPayload } from '../lib/story/build-story.ts';
import type { Topology } from 'topojson-specification';

const root = document.querySelector<HTMLElement>('[data-embed]');
const holder = root?.querySelector<HTMLElement>('.embed__graphic');

if (root && holder) {
  const id = root.dataset.embed!;
  const kind = root.dataset.kind as 'map' | 'chart';
  const base = (document.documentElement.dataset.base ?? '/').replace(/\/?$/, '/');
  const drawnSvg = holder.querySelector('svg')!;
  const title = drawnSvg.querySelector('title')?.textContent ?? '';
  const description = drawnSvg.querySelector('desc')?.textContent ?? '';
  let drawnWidth = Number(holder.dataset.width);

  const getJson = <T,>(path: string) =>
    fetch(`${base}${path}`).then((r) => {
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return r.json() as Promise<T>;
    });

  let ready: Promise<{ state: GraphicState; inputs: GraphicInputs }> | null = null;
  const load = () =>
    (ready ??= getJson<ClientPayload>(root.dataset.payload!).then(async (payload) => {
      const state = id === 'opening' ? BEFORE_STATE : payload.steps.find((s) => s.id === id)?.state;
      if (!state) throw new Error(`no state for ${id}`);
      useGlyphWidths(payload.glyphWidths);
      const fmt = formats(translator(payload.locale.tag, payload.locale.messages));
      const geo = new Map<DataFileId, GeoData>();
      await Promise.all(mapFilesOf(state).map(async (file) => geo.set(file, await decodeTopologyInSteps(await getJson<Topology>(`data/${file}.topo.json`), () => Promise.resolve()))));
      const inputs: GraphicInputs = { places: payload.places, events: payload.events, chartData: payload.chartData, officialKm: payload.officialKm, names: payload.names, fmt, geo: (file) => geo.get(file)! };
      return { state, inputs };
    }));

  const redraw = () => {
    const width = Math.round(holder.clientWidth);
    if (!width || Math.abs(width - drawnWidth) < 2) return;
    load()
      .then(({ state, inputs }) => {
        const drawn = drawGraphic(state, inputs, embedGraphicSize(kind, width));
        holder.innerHTML = drawnGraphicSvg(drawn, inputs.fmt, { id: `embed-${id}`, title, description });
        drawnWidth = width;
        holder.dataset.width = String(width);
        holder.dataset.drawnBy = 'browser';
      })
      .catch((error) => console.warn('Border Lines embed: kept the build’s drawing:', error));
  };

  let queued = false;
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      redraw();
    });
  }).observe(holder);
}
