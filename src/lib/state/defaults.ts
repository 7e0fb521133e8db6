/**
 * State constants the browser needs too (this module imports no zod, so it is safe to bundle).
 */
import type { GraphicState, MapState } from './schema.ts';

/** What the per-step map fields (PER_STEP_MAP_FIELDS) are at a step that does not declare them. */
export const PER_STEP_DEFAULTS: Pick<MapState, 'sectors' | 'band' | 'highlight' | 'unmapped'> = {
  sectors: [],
  band: null,
  highlight: [],
  unmapped: [],
};

/**
 * The state above the first step, behind the story's title: Central Asia with the two countries
 * in their colours and the line between them drawn, Vorukh and Batken named.
 */
export const BEFORE_STATE: GraphicState = {
  map: {
    view: 'central-asia',
    focus: ['KGZ', 'TJK'],
    regions: [],
    line: { progress: 1, status: 'drawn', counter: false, closed: false },
    enclaves: [],
    places: ['batken', 'vorukh'],
    events: [],
    countryLabels: ['KGZ', 'TJK', 'UZB', 'KAZ', 'CHN', 'AFG'],
    inset: false,
    ...PER_STEP_DEFAULTS,
  },
  chart: null,
  stamp: null,
};

/** The id the graphic reports above the first step. */
export const BEFORE_ID = '__before';
