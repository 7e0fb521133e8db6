/**
 * The graphic state: everything the sticky graphic shows at one step of the story. A step's
 * content file declares only what changes (a patch); resolve.ts turns the patches into complete
 * states at build time, so the browser, the static figures and the tests only ever see complete
 * states, and any step can be rendered directly, without replaying the steps before it.
 */
import { z } from 'zod';
import { COUNTRIES, partialDate } from '../data/schema.ts';
import { VIEW_IDS } from './view-ids.ts';

export { VIEW_IDS, type ViewId } from './view-ids.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug');
const country = z.enum(COUNTRIES);

export const REGION_IDS = ['KG-B', 'KG-O', 'TJ-SU'] as const;
export const ENCLAVE_IDS = ['vorukh', 'sokh', 'shakhimardan', 'qalacha', 'jani-ayil', 'barak', 'sarvan'] as const;

/**
 * The Kyrgyzstan–Tajikistan line. `drawn` is the neutral line of the opening chapters (it can be
 * partly drawn); `undefined` marks it as not agreed in full (dashed); `agreed` as agreed in full.
 * No source maps which sections were disputed, so the status applies to the whole line.
 */
const lineFields = z.object({
  progress: z.number().min(0).max(1),
  status: z.enum(['drawn', 'undefined', 'agreed']),
  /** show the running km figure while the line draws */
  counter: z.boolean(),
  /** drawn with cross ticks: the border closed to crossings */
  closed: z.boolean(),
});

export const lineSchema = lineFields.strict().refine((l) => l.status === 'drawn' || l.progress === 1, {
  message: 'only a "drawn" line can be partly drawn',
  path: ['progress'],
});

const mapFields = z.object({
  view: z.enum(VIEW_IDS),
  /** countries in their own tint; the rest are paler neighbours */
  focus: z.array(country),
  regions: z.array(z.enum(REGION_IDS)),
  line: lineSchema,
  /** enclaves outlined (and named, where the story names them) */
  enclaves: z.array(z.enum(ENCLAVE_IDS)),
  /** gazetteer places with a marker and a label */
  places: z.array(slug),
  /** timeline events marked at their places */
  events: z.array(slug),
  countryLabels: z.array(country),
  /** a small locator map of Central Asia, for the close-up views */
  inset: z.boolean(),
  /** other views' areas outlined on this one: where a chapter's events happened */
  sectors: z.array(z.enum(VIEW_IDS)),
  /** a band this many km wide either side of the line (the 2022 heavy-weapons pull-back), or none */
  band: z.number().positive().nullable(),
  /** events (of those shown) drawn large, with their death tolls beside them */
  highlight: z.array(slug),
  /** places the step names that have no position the map can show: listed on the graphic */
  unmapped: z.array(slug),
});

export const mapStateSchema = mapFields
  .strict()
  .refine((m) => m.highlight.every((id) => m.events.includes(id)), { message: 'a highlighted event must be one of the events shown', path: ['highlight'] });

export const CHART_KINDS = [
  'length-claims',
  'km-agreed',
  'documents',
  'incidents',
  'toll-2021',
  'tolls-2022',
  'civilians-2022',
  'compare',
  'settlement',
  'resettlement',
  'settlement-totals',
  'tj-counts-2022',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const chartStateSchema = z
  .object({
    kind: z.enum(CHART_KINDS),
    /** for time charts: show what was known up to this date */
    until: partialDate.optional(),
    /** the rows ("table/id") or panels the step is about: drawn emphasised, the rest muted */
    highlight: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** The date stamped on the graphic: a day, a month or a span, written out by each edition
 * ("16 September 2022, evening", «16 сентября 2022 года, вечер»). */
export const stampSchema = z
  .object({
    date: partialDate,
    /** the end of a span */
    to: partialDate.optional(),
    part: z.enum(['evening']).optional(),
  })
  .strict();
export type Stamp = z.infer<typeof stampSchema>;

export const graphicStateSchema = z
  .object({
    map: mapStateSchema,
    /** a chart over the map, or none */
    chart: chartStateSchema.nullable(),
    stamp: stampSchema.nullable(),
  })
  .strict();

export type LineState = z.infer<typeof lineSchema>;
export type MapState = z.infer<typeof mapStateSchema>;
export type ChartState = z.infer<typeof chartStateSchema>;
export type GraphicState = z.infer<typeof graphicStateSchema>;

/**
 * Map fields that belong to one step only: a step that does not declare them shows none, so a
 * highlight, a note or an outlined sector never leaks into the steps after it.
 */
export const PER_STEP_MAP_FIELDS = ['sectors', 'band', 'highlight', 'unmapped'] as const;

/**
 * What a step may declare: any part of the state. Objects merge into the previous step's state;
 * arrays and the chart replace it whole; `chart: null` and `stamp: null` clear them. The
 * per-step fields above start empty at every step.
 */
export const statePatchSchema = z
  .object({
    map: mapFields
      .extend({ line: lineFields.partial().strict() })
      .partial()
      .strict(),
    chart: chartStateSchema.nullable(),
    stamp: stampSchema.nullable(),
  })
  .partial()
  .strict();
export type StatePatch = z.infer<typeof statePatchSchema>;
