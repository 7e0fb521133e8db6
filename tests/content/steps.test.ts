/**
 * The story's content: every step is well formed, resolves to a valid graphic state, names only
 * what the data can draw, and, in every edition, every number in its text comes from a data row
 * it cites, read in that edition's number format.
 */
import { describe, expect, it } from 'vitest';
import { buildChartData, chartRefs } from '../../src/lib/chart/chart-data.ts';
import { chartTable } from '../../src/lib/chart/chart-table.ts';
import { checkStateReferences } from '../../src/lib/state/resolve.ts';
import { dataset, entries, states, stepTexts, story } from '../support/story.ts';
import { LOCALE_TAGS, formatsFor } from '../support/i18n.ts';
import { numbers, numbersInRows, rowOf as rowIn } from '../support/numbers.ts';

const chartData = buildChartData(dataset);
const en = stepTexts('en');
const steps = entries.map((data, i) => ({ data, file: en[i]!.file }));
const chapters = story.chapters;

const rowOf = (ref: string) => rowIn(dataset, ref);

describe('numbers, read in each locale', () => {
  it('reads grouped and decimal numbers the way each edition writes them', () => {
    expect(numbers('1,006.84 km and 137,000, 13:00')).toEqual([1006.84, 137000, 13, 0]);
    expect(numbers('1\u00A0006,84 км и 137\u00A0000, в 2021, 2022 годах', 'ru')).toEqual([1006.84, 137000, 2021, 2022]);
  });
});

describe('every edition', () => {
  for (const tag of LOCALE_TAGS) {
    const texts = stepTexts(tag);
    const fmt = formatsFor(tag);
    it(`${tag}: has one text per step, with the same ids and file names as the story, in its order`, () => {
      expect(texts.map((t) => t.id)).toEqual(entries.map((e) => e.id));
      expect(texts.map((t) => t.file)).toEqual(en.map((t) => t.file));
    });
    it.each(entries.map((e, i) => [e.id, i] as const))(`${tag}: %s: every number in its text comes from a row it cites`, (_, i) => {
      const step = entries[i]!;
      const state = states[i]!;
      const text = texts[i]!;
      const refs = [...step.cites, ...(state.chart ? chartRefs(chartData, state.chart.kind) : [])];
      // a chart step may also quote what its own chart computes from those rows (a share agreed,
      // say), as its table shows it in this edition
      const derived = state.chart ? chartTable(state.chart, chartData, fmt).rows.flatMap((row) => row.flatMap((cell) => numbers(cell, tag))) : [];
      const known = new Set([...numbersInRows(dataset, refs), ...derived]);
      const unsourced = numbers(`${text.body} ${text.graphic.title} ${text.graphic.description}`, tag).filter((n) => !known.has(n));
      expect(unsourced, `numbers in src/content/${tag}/steps/${text.file} that no cited row contains`).toEqual([]);
    });
    it(`${tag}: steps are cards, not essays: headline and text at most 90 words, and 60 or fewer for the median step`, () => {
      const words = texts.map((s) => ({ id: s.id, n: `${s.graphic.title} ${s.body}`.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length }));
      const over = words.filter((w) => w.n > 90).map((w) => `${w.id}: ${w.n} words`);
      expect(over).toEqual([]);
      const sorted = words.map((w) => w.n).sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(60);
    });
    it(`${tag}: steps tell the reader what each graphic shows, in words, and never cite Wikipedia`, () => {
      for (const s of texts) {
        expect(s.graphic.description.length, s.id).toBeGreaterThan(80);
        expect(s.body.trim().length, s.id).toBeGreaterThan(80);
        expect(`${s.body} ${s.graphic.description}`, s.id).not.toMatch(/wikipedia|википеди/i);
      }
    });
  }
});

describe('the story’s steps', () => {
  it('are named NNN-<id>.md, with unique ids, in chapters that exist, in chapter order', () => {
    const ids = steps.map((s) => s.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of steps) expect(s.file).toMatch(new RegExp(`^\\d{3}-${s.data.id}\\.md$`));
    const order = steps.map((s) => chapters.find((c) => c.id === s.data.chapter)?.number);
    expect(order.every((n) => n !== undefined)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a! - b!));
    expect(new Set(order).size).toBe(chapters.length);
  });

  it('resolve to complete graphic states that only name mappable places and events', () => {
    expect(states).toHaveLength(steps.length);
    expect(checkStateReferences(steps.map((s, i) => ({ id: s.data.id, state: states[i]! })), dataset)).toEqual([]);
  });

  it('cite rows that exist', () => {
    for (const s of steps) for (const ref of s.data.cites) expect(rowOf(ref), `${s.data.id} cites ${ref}`).toBeDefined();
  });

  it('never cite Wikipedia to readers, nor talk about the research', () => {
    const process = /wikipedia|no source (found|maps|explains)|could not be (traced|mapped|found)|was not found|were not found/i;
    for (const s of en) expect(`${s.body} ${s.graphic.title} ${s.graphic.description}`, s.id).not.toMatch(process);
    // nor do the sources a step lists under "How we know"
    for (const s of steps) {
      for (const ref of s.data.cites) {
        const r = rowOf(ref) as unknown as { sources: { outlet: string; url: string }[] };
        for (const src of r.sources) expect(`${src.outlet} ${src.url}`, `${s.data.id} cites ${ref}`).not.toMatch(/wikipedia/i);
      }
    }
  });

  it('end with the line agreed in full, and dash it while it was not', () => {
    const statusOf = (id: string) => states[steps.findIndex((s) => s.data.id === id)]!.map.line.status;
    expect(statusOf('half-undefined')).toBe('undefined');
    expect(statusOf('september-2022-fighting')).toBe('undefined');
    expect(statusOf('treaty')).toBe('agreed');
    expect(states.at(-1)!.map.line.status).toBe('agreed');
  });
});
