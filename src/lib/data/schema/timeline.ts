/** 1. The timeline: incidents, clashes, talks and agreements, 1989–2025 (data/tables/timeline.yaml). */
import { z } from 'zod';
import { partialDate, slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

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
