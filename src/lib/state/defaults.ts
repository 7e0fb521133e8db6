/**
 * State constants the browser needs too (this module imports no zod, so it is safe to bundle).
 */
import type { GraphicState } from './schema.ts';

/** The state above the first step: Central Asia, nothing singled out yet. */
export const BEFORE_STATE: GraphicState = {
  map: {
    view: 'central-asia',
    focus: [],
    regions: [],
    line: { progress: 0, status: 'drawn', counter: false },
    enclaves: [],
    places: [],
    events: [],
    countryLabels: ['KGZ', 'TJK', 'UZB', 'KAZ', 'CHN', 'AFG'],
    inset: false,
  },
  chart: null,
  stamp: null,
};

/** The id the graphic reports above the first step. */
export const BEFORE_ID = '__before';
