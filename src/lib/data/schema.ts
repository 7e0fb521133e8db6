/**
 * The schema of every hand-curated table under data/tables/. A row that does not parse stops
 * the build (see validate.ts), so these types are exactly what the site can rely on.
 */
import { z } from 'zod';
import { COUNTRIES } from '../geo/country-codes.ts';
import { parsePartialDate } from './dates.ts';

/** The highest ID of each series in FACTS.md (§1 B, §2 T, §3 N, §5 A, §7 C). */
export const FACTS_ID_RANGES = { B: 61, T: 59, N: 51, A: 12, C: 9 } as const;
/**
 * The independent standards check of December 2026 (FACTCHECK-2026-12.md) verified and corrected
 * the story against stored copies of the reporting: FC<n> is row n of its claims table, FCO<n>
 * item n of its list of omissions. Rows resting on what it found cite these.
 */
export const FACTCHECK_ROWS = 135;
export const FACTCHECK_OMISSIONS = 12;
/** FACTS sections without per-row IDs (§4 gazetteer, §6 glossary, §8 what could not be confirmed, …). */
export const FACTS_SECTIONS = ['§1', '§1.1', '§1.2', '§1.3', '§1.4', '§1.5', '§2', '§3', '§4', '§5', '§6', '§7', '§8', '§10'];

export const CONFIDENCE = ['solid', 'single', 'disputed', 'unconfirmed'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

export { COUNTRIES, type CountryCode } from '../geo/country-codes.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "ak-sai"');
const text = z.string().trim().min(1, 'must not be empty');

/** YAML reads 2021 as a number; every date is kept as text. */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed });
  }),
);

export const factId = z.string().superRefine((value, ctx) => {
  if (FACTS_SECTIONS.includes(value)) return;
  const check = /^FC(O?)(\d{1,3})$/.exec(value);
  if (check) {
    const n = Number(check[2]);
    const max = check[1] ? FACTCHECK_OMISSIONS : FACTCHECK_ROWS;
    if (n < 1 || n > max) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `the standards check has no ${value} (its ${check[1] ? 'omissions run to FCO' : 'rows run to FC'}${max})` });
    return;
  }
  const m = /^([BTNAC])(\d{1,2})$/.exec(value);
  if (!m) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not a FACTS.md ID (like B21, T16, N1, A4, C2), a section (like §4) or a standards-check row (like FC86)` });
    return;
  }
  const max = FACTS_ID_RANGES[m[1] as keyof typeof FACTS_ID_RANGES];
  const n = Number(m[2]);
  if (n < 1 || n > max) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `FACTS.md has no ${value} (its ${m[1]} IDs run from ${m[1]}1 to ${m[1]}${max})` });
});

export const httpUrl = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not a well-formed URL` });
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not an http(s) URL` });
  } else if (!/^https?:\/\//.test(value)) {
    // the URL parser mends "https:example.org" and "HTTPS://…"; the tables keep the written form
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" must start with http:// or https://` });
  } else if (!url.hostname.includes('.')) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" has no real host name` });
  }
});

export const sourceSchema = z
  .object({
    /** who published it, as a reader would cite it ("24.kg", "AFP via The News") */
    outlet: text,
    url: httpUrl,
    /** publication date, to the precision known; "undated" where the page shows none and none can be inferred */
    date: z.union([z.literal('undated'), partialDate]),
    /** true where the page shows no date and the date is inferred from its content */
    date_inferred: z.boolean().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** The provenance every row carries. */
const sourced = {
  facts: z.array(factId).min(1, 'must name at least one FACTS.md ID'),
  confidence: z.enum(CONFIDENCE),
  sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
  note: text.optional(),
};

// --- 1. timeline ----------------------------------------------------------------------------

export const TIMELINE_KINDS = ['history', 'incident', 'clash', 'ceasefire', 'talks', 'agreement', 'treaty', 'diplomacy', 'policy', 'report'] as const;

export const timelineRow = z
  .object({
    id: slug,
    date: partialDate,
    end: partialDate.optional(),
    /** the date as the sources phrase it when it is vaguer than a date ("spring–June 2021") */
    date_label: text.optional(),
    kind: z.enum(TIMELINE_KINDS),
    title: text,
    summary: text,
    places: z.array(slug).default([]),
    ...sourced,
  })
  .strict();
export type TimelineRow = z.infer<typeof timelineRow>;

// --- 2 & 3. figures: casualties, displacement and destruction --------------------------------

export const SIDES = ['KGZ', 'TJK', 'both'] as const;
export const QUALIFIERS = ['exact', 'about', 'at-least', 'more-than', 'up-to'] as const;
export const ACCOUNTS = ['official', 'unofficial', 'independent', 'other-side-claim', 'media-count'] as const;

function figureRow<M extends readonly [string, ...string[]]>(metrics: M) {
  return z
    .object({
      id: slug,
      /** the timeline row of the episode the figure belongs to */
      episode: slug,
      /** whose losses the figure counts (not who reports it); "both" is a combined or unattributed total */
      side: z.enum(SIDES),
      metric: z.enum(metrics),
      /** where the figure applies when it covers part of the episode ("Leilek district") */
      scope: text.optional(),
      /** null where the figure was never published (the note must say so) */
      value: z.number().nonnegative().nullable(),
      /** upper end where the source gives a range (value is then the lower end) */
      value_max: z.number().nonnegative().optional(),
      qualifier: z.enum(QUALIFIERS).default('exact'),
      /** when the figure was reported, as precisely as known */
      as_of: partialDate.optional(),
      as_of_label: text.optional(),
      reported_by: text,
      account: z.enum(ACCOUNTS),
      /** the last figure of its series that the sources give */
      final: z.boolean().default(false),
      ...sourced,
    })
    .strict()
    .refine((r) => r.value_max === undefined || (r.value !== null && r.value_max > r.value), {
      message: 'value_max must be greater than value',
      path: ['value_max'],
    })
    .refine((r) => r.value !== null || r.note !== undefined, {
      message: 'a figure that was never published (value: null) needs a note saying so',
      path: ['note'],
    });
}

export const CASUALTY_METRICS = ['killed', 'injured', 'civilians-killed', 'civilians-injured', 'troops-killed'] as const;
export const casualtyRow = figureRow(CASUALTY_METRICS);
export type CasualtyRow = z.infer<typeof casualtyRow>;

export const IMPACT_METRICS = [
  'evacuated',
  'still-displaced',
  'houses-destroyed',
  'houses-damaged',
  'buildings-damaged',
  'facilities-damaged',
  'front-length-km',
  'area-affected-km2',
] as const;
export const impactRow = figureRow(IMPACT_METRICS);
export type ImpactRow = z.infer<typeof impactRow>;

// --- 4. delimitation --------------------------------------------------------------------------

export const DELIMITATION_KINDS = ['length', 'agreed', 'increment', 'milestone'] as const;
export const CLAIMANT_SIDES = ['KGZ', 'TJK', 'both', 'media', 'reference'] as const;

export const delimitationRow = z
  .object({
    id: slug,
    /**
     * length: a figure for the whole border; agreed: how much was agreed by then; increment: km
     * agreed at one meeting or over a stated period; milestone: a step in the talks without a figure
     */
    kind: z.enum(DELIMITATION_KINDS),
    /** when the claim was made */
    claimed: partialDate,
    claimed_label: text.optional(),
    /** the date the claim describes, where it is not the date it was made ("before 2011") */
    refers_to: partialDate.optional(),
    km: z.number().positive().optional(),
    qualifier: z.enum(QUALIFIERS).default('exact'),
    /** the total the claimant measured it against ("519 of 970.8 km") */
    of_km: z.number().positive().optional(),
    not_agreed_km: z.number().nonnegative().optional(),
    percent: z.number().min(0).max(100).optional(),
    /** the source's own word: delimited, described, agreed, specified, demarcated … */
    word: text.optional(),
    claimant: text,
    side: z.enum(CLAIMANT_SIDES),
    /** part of the clean dated series for the "km agreed" chart (FACTS §1.2 chart advice) */
    series: z.boolean().default(false),
    /** a short label for charts ("Rahmon, 2022") */
    chart_label: text.optional(),
    summary: text,
    ...sourced,
  })
  .strict()
  .refine((r) => (r.kind === 'length' || r.kind === 'increment' ? r.km !== undefined : true), {
    message: 'a length or an increment needs km',
    path: ['km'],
  })
  .refine((r) => (r.kind === 'agreed' ? r.km !== undefined || r.percent !== undefined : true), {
    message: 'an "agreed" claim needs km or percent',
    path: ['km'],
  })
  .refine((r) => r.of_km === undefined || r.km === undefined || r.kind === 'length' || r.km <= r.of_km, {
    message: 'km agreed cannot exceed the total it is measured against',
    path: ['km'],
  })
  .refine((r) => !r.series || r.kind === 'agreed', { message: 'only "agreed" claims can be in the chart series', path: ['series'] });
export type DelimitationRow = z.infer<typeof delimitationRow>;

// --- 5. places ----------------------------------------------------------------------------------

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const locationSchema = z.union([
  z.object({ lon, lat, source: z.literal('geonames'), geonames_id: z.number().int().positive() }).strict(),
  z.object({ lon, lat, source: z.literal('page'), outlet: text, url: httpUrl }).strict(),
  /** an end of the Kyrgyzstan–Tajikistan line in the map data, where a third country's border meets it */
  z.object({ lon, lat, source: z.literal('line-end'), meets: z.enum(['UZB', 'CHN']) }).strict(),
  z.object({ proxy: slug }).strict(),
  z.object({ unlocated: text }).strict(),
]);
export type Location = z.infer<typeof locationSchema>;

export const PLACE_KINDS = [
  'capital',
  'city',
  'town',
  'village',
  'enclave',
  'district',
  'facility',
  'checkpoint',
  'road',
  'monument',
  'junction',
  'river',
  'range',
] as const;

export const placeRow = z
  .object({
    id: slug,
    name: text,
    /** a shorter name for map labels, where the full one is long ("Golovnoi intake") */
    map_name: text.optional(),
    variants: z.array(text).default([]),
    country: z.enum(COUNTRIES).nullable(),
    kind: z.enum(PLACE_KINDS),
    location: locationSchema,
    /** true where the place is drawn at a proxy's coordinates */
    approximate: z.boolean(),
    role: text,
    /** why the point-in-country check cannot apply (it must say why) */
    check_country: text.optional(),
    ...sourced,
  })
  .strict()
  .refine((r) => ('proxy' in r.location) === r.approximate, {
    message: 'approximate must be true exactly when the location is a proxy',
    path: ['approximate'],
  });
export type PlaceRow = z.infer<typeof placeRow>;

// --- 6. contested claims, glossary, the 2025 settlement ------------------------------------------

export const claimRow = z
  .object({
    id: slug,
    question: text,
    kyrgyz_account: text,
    tajik_account: text,
    independent_view: text,
    events: z.array(slug).default([]),
    ...sourced,
  })
  .strict();
export type ClaimRow = z.infer<typeof claimRow>;

export const glossaryRow = z
  .object({
    id: slug,
    term: text,
    variants: z.array(text).default([]),
    definition: text,
    see_also: z.array(slug).default([]),
    ...sourced,
  })
  .strict();
export type GlossaryRow = z.infer<typeof glossaryRow>;

export const documentRow = z
  .object({
    id: slug,
    year: z.number().int().min(1900).max(1991),
    end_year: z.number().int().min(1900).max(1991).optional(),
    title: text,
    detail: text,
    cited_by: z.enum(['KGZ', 'TJK', 'both']),
    ...sourced,
  })
  .strict()
  .refine((r) => r.end_year === undefined || r.end_year > r.year, { message: 'end_year must come after year', path: ['end_year'] });
export type DocumentRow = z.infer<typeof documentRow>;

export const contextRow = z
  .object({
    id: slug,
    /** one sourced claim, in our words */
    statement: text,
    ...sourced,
  })
  .strict();
export type ContextRow = z.infer<typeof contextRow>;

export const settlementRow = z
  .object({
    id: slug,
    item: text,
    detail: text,
    /** hectares Kyrgyzstan hands to Tajikistan / receives, as the claimant states them */
    hectares_to_tjk: z.number().nonnegative().optional(),
    hectares_to_kgz: z.number().nonnegative().optional(),
    /** for a reported total: "about" */
    hectares_qualifier: z.literal('about').optional(),
    /** for a total with a figure one way only: what the other way was said to be */
    exchange_note: text.optional(),
    /** houses handed over each way, and new houses built for the resettled */
    houses_to_tjk: z.number().int().nonnegative().optional(),
    houses_to_kgz: z.number().int().nonnegative().optional(),
    houses_built: z.number().int().nonnegative().optional(),
    places: z.array(slug).default([]),
    according_to: text,
    ...sourced,
  })
  .strict();
export type SettlementRow = z.infer<typeof settlementRow>;
