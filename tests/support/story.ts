/**
 * The story as the tests see it: the step files parsed and validated as the build does, their
 * states resolved, and the data and decoded map files the maps are drawn from. One loader, so
 * no test reads the step files its own way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { loadDataset, readTopology } from '../../src/lib/data/load.ts';
import type { DataFileId } from '../../src/lib/geo/extents.ts';
import { decodeTopology, type GeoData } from '../../src/lib/map/geo-data.ts';
import { mapEvents, mapPlaces } from '../../src/lib/map/map-data.ts';
import { VIEWS } from '../../src/lib/map/views.ts';
import { stepSchema, type StepData } from '../../src/lib/story/content-schema.ts';
import { resolveStates } from '../../src/lib/state/resolve.ts';
import type { GraphicState } from '../../src/lib/state/schema.ts';

export const STEPS_DIR = 'src/content/steps';

export const dataset = loadDataset();

export const entries: StepData[] = readdirSync(STEPS_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => stepSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`${STEPS_DIR}/${f}`, 'utf8'))![1]!)) as StepData);

export const states: GraphicState[] = resolveStates(entries.map((e) => ({ id: e.id, patch: e.state })));

const geo = new Map<DataFileId, GeoData>();
export const geoOf = (file: DataFileId): GeoData => geo.get(file) ?? geo.set(file, decodeTopology(readTopology('public/data', file))).get(file)!;

export const places = mapPlaces(dataset);
export const events = mapEvents(dataset, dataset.timeline.map((t) => t.id));

/** What computeMap needs to draw a state's map. */
export const mapInputFor = (state: GraphicState, officialKm = 1000) => ({
  geo: geoOf(VIEWS[state.map.view].file),
  overview: geoOf('overview'),
  places,
  events,
  officialKm,
});
