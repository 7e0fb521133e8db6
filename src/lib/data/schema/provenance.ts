/** What every row rests on: the FACTS.md IDs it comes from, how sure it is, and its sources. */
import { z } from 'zod';
import { httpUrl, partialDate, text } from './fields.ts';

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
export const sourced = {
  facts: z.array(factId).min(1, 'must name at least one FACTS.md ID'),
  confidence: z.enum(CONFIDENCE),
  sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
  note: text.optional(),
};
