/**
 * The story's content: every step is well formed, resolves to a valid graphic state, names only
 * what the data can draw, and every number in its text comes from a data row it cites.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TableName } from '../../src/lib/data/tables.ts';
import { buildChartData, chartRefs } from '../../src/lib/chart/chart-data.ts';
import { chartTable } from '../../src/lib/chart/chart-table.ts';
import { checkStateReferences } from '../../src/lib/state/resolve.ts';
import { chapterSchema } from '../../src/lib/story/content-schema.ts';
import { STEPS_DIR, dataset, entries, states } from '../support/story.ts';

const chartData = buildChartData(dataset);
// The shared loader parses and validates the front matter; it does not keep the file names or the
// texts, so those are read here (same files, same order as its entries).
const files = readdirSync(STEPS_DIR).filter((f) => f.endsWith('.md')).sort();
const steps = files.map((file, i) => ({
  file,
  data: entries[i]!,
  body: readFileSync(`${STEPS_DIR}/${file}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
}));
const chapters = (parse(readFileSync('src/content/chapters.yaml', 'utf8')) as unknown[]).map((c) => chapterSchema.parse(c));

/**
 * Every number written in a text: "1,006.84" → 1006.84, "13:00" → 13 and 0, "1924–27" → 1924 and 27.
 * NOTE: this assumes English digit grouping (comma thousands, point decimals); a translated step
 * ("1 006,84", "1.006,84") would be misread. Make it locale-aware before steps are translated.
 */
function numbers(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

function rowOf(ref: string) {
  const [table, id] = ref.split('/') as [TableName, string];
  return (dataset[table] as { id: string }[]).find((r) => r.id === id);
}

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

  it.each(steps.map((s, i) => [s.data.id, s, states[i]!] as const))('%s: every number in its text comes from a row it cites', (_, step, state) => {
    const refs = [...step.data.cites, ...(state.chart ? chartRefs(chartData, state.chart.kind) : [])];
    // a chart step may also quote what its own chart computes from those rows (a share agreed,
    // say), as its table shows it
    const derived = state.chart ? chartTable(state.chart, chartData).rows.flatMap((row) => row.flatMap(numbers)) : [];
    const known = new Set([...refs.flatMap((ref) => numbers(JSON.stringify(rowOf(ref)))), ...derived]);
    const text = `${step.body} ${step.data.graphic.title} ${step.data.graphic.description}`;
    const unsourced = numbers(text).filter((n) => !known.has(n));
    expect(unsourced, `numbers in ${step.file} that no cited row contains`).toEqual([]);
  });

  it('are cards, not essays: headline and text at most 90 words, and 60 or fewer for the median step', () => {
    const words = steps.map((s) => ({ id: s.data.id, n: `${s.data.graphic.title} ${s.body}`.split(/\s+/).filter((w) => /\w/.test(w)).length }));
    const over = words.filter((w) => w.n > 90).map((w) => `${w.id}: ${w.n} words`);
    expect(over).toEqual([]);
    const sorted = words.map((w) => w.n).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(60);
  });

  it('never cite Wikipedia to readers, nor talk about the research', () => {
    const process = /wikipedia|no source (found|maps|explains)|could not be (traced|mapped|found)|was not found|were not found/i;
    for (const s of steps) {
      const text = `${s.body} ${s.data.graphic.title} ${s.data.graphic.description}`;
      expect(text, s.data.id).not.toMatch(process);
    }
    // nor do the sources a step lists under "How we know"
    for (const s of steps) {
      for (const ref of s.data.cites) {
        const r = rowOf(ref) as unknown as { sources: { outlet: string; url: string }[] };
        for (const src of r.sources) expect(`${src.outlet} ${src.url}`, `${s.data.id} cites ${ref}`).not.toMatch(/wikipedia/i);
      }
    }
  });

  it('tell the reader what each graphic shows, in words', () => {
    for (const s of steps) {
      expect(s.data.graphic.description.length, s.data.id).toBeGreaterThan(80);
      expect(s.body.trim().length, s.data.id).toBeGreaterThan(80);
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
