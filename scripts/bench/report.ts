/** The benchmark's printed tables: plain text, columns padded to their widest cell. */
import type { LighthouseSummary } from './lighthouse-runs.ts';
import type { ScrollSummary } from './scroll-runs.ts';

export function textTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');
const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

/** Every scroll run, the 4× CPU-throttled ones included (they carry no budget). */
export function scrollTable(scroll: Record<string, ScrollSummary>): string {
  return textTable(
    ['scroll run', 'CPU', 'frames', 'p50', 'p95', 'p99', '>20 ms', '>50 ms', 'long tasks', 'longest', 'shift', 'DOM nodes', 'KB before', 'KB after', 'fonts'],
    Object.entries(scroll).map(([name, s]) => [
      name,
      s.cpuThrottling > 1 ? `${s.cpuThrottling}× slower` : '1×',
      String(s.frames),
      `${s.frameP50Ms} ms`,
      `${s.frameP95Ms} ms`,
      `${s.frameP99Ms} ms`,
      pct(s.framesOver20Ms),
      pct(s.framesOver50Ms),
      String(s.longTasks),
      `${s.longestTaskMs} ms`,
      String(s.layoutShift),
      String(s.domNodesAtLoad),
      s.beforeScrollKB.toFixed(1),
      s.afterScrollKB.toFixed(1),
      String(s.fontFilesBeforeScroll),
    ]),
  );
}

/** Lighthouse medians of every page measured, story and reference. */
export function lighthouseTable(pages: { name: string; preset: string; l: LighthouseSummary }[]): string {
  return textTable(
    ['page', 'preset', 'runs', 'perf', 'a11y', 'BP', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'KB', 'requests', 'JS KB'],
    pages.map(({ name, preset, l }) => [
      name,
      preset,
      String(l.runs),
      String(l.performance),
      String(l.accessibility),
      String(l.bestPractices),
      String(l.seo),
      ms(l.fcpMs),
      ms(l.lcpMs),
      ms(l.tbtMs),
      Number.isFinite(l.cls) ? l.cls.toFixed(3) : '–',
      l.transferKB.toFixed(1),
      String(l.requests),
      l.jsKB.toFixed(1),
    ]),
  );
}

export interface Ratios {
  lcp: number | null;
  tbt: number | null;
  fcp: number | null;
}

/** story ÷ anchor of two medians, three decimals; null when the anchor's figure is 0 or missing. */
export function ratio(story: number, anchor: number): number | null {
  if (!Number.isFinite(story) || !Number.isFinite(anchor) || anchor <= 0) return null;
  return Math.round((story / anchor) * 1000) / 1000;
}

export function ratiosOf(story: LighthouseSummary, anchor: LighthouseSummary): Ratios {
  return { lcp: ratio(story.lcpMs, anchor.lcpMs), tbt: ratio(story.tbtMs, anchor.tbtMs), fcp: ratio(story.fcpMs, anchor.fcpMs) };
}

/** The story against the same-run reference page: medians side by side and story ÷ anchor. */
export function ratioTable(story: Record<string, LighthouseSummary>, anchor: Record<string, LighthouseSummary>, ratios: Record<string, Ratios>): string {
  const rows: string[][] = [];
  for (const preset of Object.keys(ratios)) {
    const s = story[preset]!;
    const a = anchor[preset]!;
    const r = ratios[preset]!;
    for (const [metric, key, rk] of [
      ['LCP', 'lcpMs', 'lcp'],
      ['TBT', 'tbtMs', 'tbt'],
      ['FCP', 'fcpMs', 'fcp'],
    ] as const) {
      const q = r[rk];
      rows.push([preset, metric, ms(s[key]), ms(a[key]), q === null ? 'n/a (anchor 0)' : `${q.toFixed(2)}×`]);
    }
  }
  return textTable(['preset', 'figure', 'story', 'anchor', 'story ÷ anchor'], rows);
}
