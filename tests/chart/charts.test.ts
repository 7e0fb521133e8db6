import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.ts';
import { buildChartData, chartRefs } from '../../src/lib/chart/chart-data.ts';
import { computeChart } from '../../src/lib/chart/compute-chart.ts';
import { CHART_DRAW_REGISTRY, chartDrawing } from '../../src/lib/chart/draw-registry.ts';
import { chartTable } from '../../src/lib/chart/chart-table.ts';
import { CHART_REGISTRY, chartKind } from '../../src/lib/chart/registry.ts';
import { CHART_KINDS, type ChartState } from '../../src/lib/state/schema.ts';
import { en, ru } from '../support/i18n.ts';

const dataset = loadDataset();
const data = buildChartData(dataset);
const SIZES = { phone: { width: 366, height: 420 }, desktop: { width: 860, height: 660 } };

describe('chart data', () => {
  it('comes from the tables, and every value names its row', () => {
    for (const kind of CHART_KINDS) {
      const refs = chartRefs(data, kind);
      expect(refs.length, kind).toBeGreaterThan(0);
      for (const ref of refs) {
        const [table, id] = ref.split('/') as [keyof typeof dataset, string];
        expect((dataset[table] as { id: string }[]).some((r) => r.id === id), ref).toBe(true);
      }
    }
  });

  it('computes the share agreed only where the claimant gave km and a total, and says so', () => {
    const border2019 = data.kmAgreed.find((c) => c.ref === 'delimitation/agreed-2019-border-service')!;
    expect(border2019).toMatchObject({ percent: 54, percentGiven: true, series: true });
    const interfax = data.kmAgreed.find((c) => c.ref === 'delimitation/agreed-2014-interfax')!;
    expect(interfax).toMatchObject({ percent: 60.2, percentGiven: false });
    expect(chartTable({ kind: 'km-agreed' }, data, en).rows.some((r) => r[3] === '60.2% (computed)')).toBe(true);
    expect(chartTable({ kind: 'km-agreed' }, data, ru).rows.some((r) => r[3] === '60,2\u00a0% (рассчитано)')).toBe(true);
  });

  it('keeps the two governments’ running tolls apart, with Kyrgyzstan’s final 63 after the window', () => {
    const kg = data.tolls2022.filter((p) => p.side === 'KGZ').map((p) => p.value);
    expect(kg).toEqual([24, 24, 36, 46, 59, 62, 63]);
    const tj = data.tolls2022.filter((p) => p.side === 'TJK' && !p.partial).map((p) => p.value);
    expect(tj).toEqual([35, 41]);
  });

  it('holds ids, numbers and dates, not words of the charts’ own (those are written by each locale)', () => {
    expect(data.toll2021.map((p) => p.metric)).toEqual(['killed', 'injured', 'evacuated', 'houses']);
    expect(data.incidents.map((i) => i.date.slice(0, 7))).toContain('2019-09');
    expect(data.tolls2022.find((p) => p.partial)?.partial).toBe('civilians');
  });
});

describe('the chart registry', () => {
  it('has one entry for every kind in CHART_KINDS, under its own name, and no other', () => {
    expect(Object.keys(CHART_REGISTRY).sort()).toEqual([...CHART_KINDS].sort());
    for (const [name, def] of Object.entries(CHART_REGISTRY)) expect(def.kind, name).toBe(name);
  });

  it('gives every kind its own field of the chart data, and builds nothing else', () => {
    const fields = Object.values(CHART_REGISTRY).map((def) => def.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(Object.keys(data)).toEqual(fields);
  });

  it('refuses a kind it does not have', () => {
    expect(() => chartKind('pie')).toThrow('no chart kind "pie"');
    expect(() => chartRefs(data, 'toString')).toThrow('no chart kind "toString"');
    expect(() => chartDrawing('pie')).toThrow('no chart kind "pie"');
    expect(() => computeChart({ kind: 'toString' } as unknown as ChartState, data, SIZES.phone, en)).toThrow('no chart kind "toString"');
  });
});

describe('the draw registry', () => {
  it('has one entry for every kind in CHART_KINDS, and no other, in the registry’s order', () => {
    expect(Object.keys(CHART_DRAW_REGISTRY)).toEqual(Object.keys(CHART_REGISTRY));
    expect(Object.keys(CHART_DRAW_REGISTRY).sort()).toEqual([...CHART_KINDS].sort());
  });

  it('draws each kind with the very function the registry’s kind draws with, from the same field', () => {
    for (const kind of CHART_KINDS) {
      expect(CHART_DRAW_REGISTRY[kind].draw, kind).toBe(CHART_REGISTRY[kind].draw);
      expect(CHART_DRAW_REGISTRY[kind].field, kind).toBe(CHART_REGISTRY[kind].field);
    }
  });

  it('leaves the kinds’ data and tables out of the browser: every defineChart call is marked pure', () => {
    // without the mark, Rollup and esbuild keep every kind's definition (its data and table code
    // and strings) in the browser's bundle, though only its drawing is used there
    const dir = 'src/lib/chart/kinds';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      expect(source.match(/defineChart\(/g)?.length, file).toBe(1);
      expect(source, file).toMatch(/= \/\* @__PURE__ \*\/ defineChart\(/);
    }
  });
});

describe.each(CHART_KINDS)('the %s chart', (kind) => {
  const state: ChartState = { kind };

  it.each(Object.entries(SIZES).flatMap(([name, size]) => [['en', name, en, size], ['ru', name, ru, size]] as const))('fits its marks (%s) inside the %s frame', (_, __, fmt, size) => {
    const frame = computeChart(state, data, size, fmt);
    expect(frame.marks.length).toBeGreaterThan(3);
    const keys = frame.marks.map((m) => `${m.type}:${m.key}`);
    expect(new Set(keys).size, 'mark keys are unique').toBe(keys.length);
    for (const m of frame.marks) {
      const xs = m.type === 'rect' ? [m.x, m.x + m.width] : m.type === 'line' ? [m.x1, m.x2] : m.type === 'circle' ? [m.cx] : m.type === 'text' ? [m.x] : [];
      const ys = m.type === 'rect' ? [m.y, m.y + m.height] : m.type === 'line' ? [m.y1, m.y2] : m.type === 'circle' ? [m.cy] : m.type === 'text' ? [m.y] : [];
      for (const x of xs) expect(x, `${m.key} x`).toBeGreaterThanOrEqual(-1);
      for (const x of xs) expect(x, `${m.key} x`).toBeLessThanOrEqual(size.width + 1);
      for (const y of ys) expect(y, `${m.key} y`).toBeGreaterThanOrEqual(-1);
      for (const y of ys) expect(y, `${m.key} y`).toBeLessThanOrEqual(size.height + 1);
    }
  });

  it('has a table behind it, a cell for every column', () => {
    const table = chartTable(state, data, en);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row.length).toBe(table.head.length);
  });
});

describe('time charts', () => {
  it('show only what was known by the state’s date', () => {
    const early = computeChart({ kind: 'km-agreed', until: '2019-12' }, data, SIZES.desktop, en);
    const late = computeChart({ kind: 'km-agreed' }, data, SIZES.desktop, en);
    const points = (f: typeof early) => f.marks.filter((m) => m.key.startsWith('point-')).length;
    expect(points(early)).toBeLessThan(points(late));
    expect(points(late)).toBe(data.kmAgreed.length);
  });
});
