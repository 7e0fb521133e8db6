/**
 * The story as the tests see it: the story file and each locale's step texts, validated as the
 * build does, their states resolved, and the data and decoded map files the maps are drawn from.
 * One loader, so no test reads the content files its own way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { loadDataset, readTopology } from '../../src/lib/data/load.ts';
import type { DataFileId } from '../../src/lib/geo/extents.ts';
import { namesFor } from '../../src/lib/i18n/names.ts';
import { decodeTopology, type GeoData } from '../../src/lib/map/geo-data.ts';
import { mapEvents, mapPlaces } from '../../src/lib/map/map-data.ts';
import { VIEWS } from '../../src/lib/map/views.ts';
import { stepTextSchema, type StepText } from '../../src/lib/story/content-schema.ts';
import { readStory } from '../../src/lib/story/read-story.ts';
import { resolveStates } from '../../src/lib/state/resolve.ts';
import type { GraphicState } from '../../src/lib/state/schema.ts';
import { en, formatsFor } from './i18n.ts';

export const stepsDir = (tag: string) => `src/content/${tag}/steps`;

export const dataset = loadDataset();
export const story = readStory();
export const entries = story.steps;

/** A locale's step texts, in file order, with their bodies. */
export const stepTexts = (tag: string): (StepText & { file: string; body: string })[] =>
  readdirSync(stepsDir(tag))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(`${stepsDir(tag)}/${file}`, 'utf8'))!;
      return { ...stepTextSchema.parse(parse(m[1]!)), file, body: m[2]! };
    });

export const states: GraphicState[] = resolveStates(entries.map((e) => ({ id: e.id, patch: e.state })));

const geo = new Map<DataFileId, GeoData>();
export const geoOf = (file: DataFileId): GeoData => geo.get(file) ?? geo.set(file, decodeTopology(readTopology('public/data', file))).get(file)!;

export const namesOf = (tag: string) => namesFor(tag, dataset);
const names = namesOf('en');
export const places = mapPlaces(dataset, names);
export const events = mapEvents(dataset, dataset.timeline.map((t) => t.id), en);

/** What computeMap needs to draw a state's map, in a locale (English unless asked). */
export const mapInputFor = (state: GraphicState, officialKm = 1000, tag = 'en') => {
  const n = tag === 'en' ? names : namesOf(tag);
  const fmt = tag === 'en' ? en : formatsFor(tag);
  return {
    geo: geoOf(VIEWS[state.map.view].file),
    overview: geoOf('overview'),
    places: tag === 'en' ? places : mapPlaces(dataset, n),
    events: tag === 'en' ? events : mapEvents(dataset, dataset.timeline.map((t) => t.id), fmt),
    officialKm,
    names: { countries: n.countries, regions: n.regions, enclaves: n.enclaves },
    fmt,
  };
};
