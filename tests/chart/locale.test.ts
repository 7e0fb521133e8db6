/**
 * The charts in another locale. Every chart kind is computed with the Russian formats, from data
 * whose text is "in Russian": the rows' text fields the charts read, written letter for letter in
 * Cyrillic (so they keep their lengths, and the layout they drive stays the same). Nothing the
 * chart code writes itself may then be in Latin letters, nor a number in the English format; and
 * the marks' keys, which the live renderer joins on and the steps' highlights name, are the same
 * set as in English.
 */
import { describe, expect, it } from 'vitest';
import { buildChartData } from '../../src/lib/chart/chart-data.ts';
import { chartTable } from '../../src/lib/chart/chart-table.ts';
import { computeChart } from '../../src/lib/chart/compute-chart.ts';
import type { ChartFrame, ChartTable } from '../../src/lib/chart/marks.ts';
import type { Dataset } from '../../src/lib/data/tables.ts';
import { CHART_KINDS, type ChartState } from '../../src/lib/state/schema.ts';
import { en, ru } from '../support/i18n.ts';
import { dataset, states } from '../support/story.ts';

/**
 * The rows' text fields the charts read (some of TEXT_FIELDS in src/lib/i18n/data-text.ts, which
 * the build gives in the reader's locale). A chart that takes words from another field shows
 * them here in Latin letters and fails, until the field is added.
 */
const CHART_TEXT_FIELDS: Partial<Record<keyof Dataset, string[]>> = {
  delimitation: ['chart_label', 'claimant'],
  documents: ['title'],
  casualties: ['as_of_label'],
  settlement: ['item', 'exchange_note'],
};

const CYRILLIC: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, 'абцдефгхийклмнопкрстувшхыз'[i]!]),
);
const cyrillic = (s: string) => s.replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? CYRILLIC[c]! : CYRILLIC[c.toLowerCase()]!.toUpperCase()));

/** The data set with the charts' text fields in Cyrillic letters, as a Russian edition's would be. */
function cyrillicDataset(d: Dataset): Dataset {
  const out = { ...d } as Record<string, Record<string, unknown>[]>;
  for (const [table, fields] of Object.entries(CHART_TEXT_FIELDS)) {
    out[table] = (d[table as keyof Dataset] as unknown as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, fields.includes(k) && typeof v === 'string' ? cyrillic(v) : v])),
    );
  }
  return out as unknown as Dataset;
}

/** Names the Russian-language press writes in Latin letters, which the Russian strings keep. */
const KEPT_IN_LATIN = /Human Rights Watch|HRW/g;

const enData = buildChartData(dataset);
const ruData = buildChartData(cyrillicDataset(dataset));

const SIZES = { small: { width: 300, height: 300 }, phone: { width: 350, height: 346 }, landscape: { width: 640, height: 300 }, desktop: { width: 896, height: 711 } };
/** Each kind on its own, and every chart state of the story (with its highlights and dates). */
const STATES: ChartState[] = [...CHART_KINDS.map((kind) => ({ kind })), ...states.flatMap((s) => (s.chart ? [s.chart] : []))];

const texts = (frame: ChartFrame) => frame.marks.flatMap((m) => (m.type === 'text' ? [{ key: m.key, text: m.text }] : []));
const cells = (table: ChartTable) => [table.caption, ...table.head, ...table.rows.flat()];
// a label wrapped onto more lines in one language than the other has more line marks
// (label-<ref>, label-<ref>-1, -2…, and so for notes): the same label either way
const keys = (frame: ChartFrame) => [...new Set(frame.marks.map((m) => `${m.type}:${m.key.replace(/^((?:label|note)-.+?)-\d{1,2}$/, '$1')}`))].sort();

/** What in a Russian text is in Latin letters or written as English writes numbers ("1,006.84"). */
function english(text: string): string[] {
  const s = text.replace(KEPT_IN_LATIN, '');
  return [...(s.match(/\p{Script=Latin}+/gu) ?? []), ...(s.match(/\d\.\d|\d,\d{3}(?!\d)/g) ?? [])];
}

describe.each(CHART_KINDS)('the %s chart in Russian', (kind) => {
  const kindStates = STATES.filter((s) => s.kind === kind);

  it('writes nothing of its own in English, in its marks or its table', () => {
    for (const state of kindStates) {
      for (const size of Object.values(SIZES)) {
        for (const { key, text } of texts(computeChart(state, ruData, size, ru))) expect(english(text), `${key}: "${text}"`).toEqual([]);
      }
      for (const cell of cells(chartTable(state, ruData, ru))) expect(english(cell), `"${cell}"`).toEqual([]);
    }
  });

  it('draws the same marks under the same keys as in English, and a table of the same shape', () => {
    for (const state of kindStates) {
      for (const [name, size] of Object.entries(SIZES)) {
        expect(keys(computeChart(state, ruData, size, ru)), `${JSON.stringify(state)} at ${name}`).toEqual(keys(computeChart(state, enData, size, en)));
      }
      const [a, b] = [chartTable(state, enData, en), chartTable(state, ruData, ru)];
      expect(b.head.length).toBe(a.head.length);
      expect(b.rows.map((r) => r.length)).toEqual(a.rows.map((r) => r.length));
    }
  });

  it('writes its own words in Russian, not as the English does', () => {
    const [a, b] = [chartTable({ kind }, enData, en), chartTable({ kind }, ruData, ru)];
    expect(b.caption).not.toBe(a.caption);
    expect(b.caption).toMatch(/\p{Script=Cyrillic}/u);
  });
});

describe('charts in Russian', () => {
  it('write numbers, shares, dates and months as Russian does', () => {
    const km = chartTable({ kind: 'km-agreed' }, ruData, ru);
    expect(km.rows.flat()).toContain('60,2\u00a0% (рассчитано)');
    expect(km.rows.map((r) => r[0])).toContain('ноябрь 2014 года');
    const lengths = chartTable({ kind: 'length-claims' }, ruData, ru).rows.map((r) => r[1]);
    expect(lengths).toContain('1\u00a0006,84');
    const incidents = computeChart({ kind: 'incidents' }, ruData, SIZES.desktop, ru);
    expect(texts(incidents).filter((t) => t.key.startsWith('label-')).map((t) => t.text)).toEqual(['янв.', 'июль', 'март', 'июль', 'сент.', 'апр.', 'янв.', 'июнь', 'сент.']);
    const tolls = computeChart({ kind: 'tolls-2022' }, ruData, SIZES.desktop, ru);
    expect(texts(tolls).find((t) => t.key === 'day-16')?.text).toBe('16 сент.');
  });

  it('name the sides as the Russian edition does', () => {
    const toll = chartTable({ kind: 'toll-2021' }, ruData, ru);
    expect(toll.head).toEqual(['', 'Кыргызстан', 'Таджикистан']);
    expect(chartTable({ kind: 'documents' }, ruData, ru).rows.map((r) => r[2])).toContain('обе стороны');
  });
});
