/** Field types the tables share: ids, text, dates, URLs and the qualifiers of a figure. */
import { z } from 'zod';
import { parsePartialDate } from '../dates.ts';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "ak-sai"');
export const text = z.string().trim().min(1, 'must not be empty');

/** YAML reads 2021 as a number; every date is kept as text. */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed });
  }),
);

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

/** How a figure is stated: exactly, about, at least, more than, or up to the value. */
export const QUALIFIERS = ['exact', 'about', 'at-least', 'more-than', 'up-to'] as const;
