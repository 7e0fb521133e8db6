import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetTable, checkBudgets, formatValue, parseBudgets, valueAt, type Budget } from '../../scripts/bench/budgets.ts';
import { ratio } from '../../scripts/bench/report.ts';

const max = (path: string, limit: number, extra: Partial<Budget> = {}): Budget => ({ path, max: limit, label: path, unit: '', ...extra });
const min = (path: string, limit: number, extra: Partial<Budget> = {}): Budget => ({ path, min: limit, label: path, unit: '', ...extra });
const statusOf = (result: unknown, budget: Budget) => checkBudgets(result, [budget])[0]!;

describe('valueAt', () => {
  it('follows a dotted path, array lengths included', () => {
    const result = { scroll: { phone: { frameP95Ms: 16.8, otherHostRequests: ['a', 'b'] } } };
    expect(valueAt(result, 'scroll.phone.frameP95Ms')).toBe(16.8);
    expect(valueAt(result, 'scroll.phone.otherHostRequests.length')).toBe(2);
  });
  it('gives undefined for a missing key, a null on the way, or a value that is not a number', () => {
    expect(valueAt({ a: {} }, 'a.b.c')).toBeUndefined();
    expect(valueAt({ ratios: null }, 'ratios.mobile.lcp')).toBeUndefined();
    expect(valueAt({ a: '5' }, 'a')).toBeUndefined();
  });
});

describe('checkBudgets: max and min', () => {
  it('a max holds at the limit and breaks just over it', () => {
    expect(statusOf({ v: 1000 }, max('v', 1000))).toMatchObject({ status: 'ok', ok: true, value: 1000 });
    expect(statusOf({ v: 1000.1 }, max('v', 1000))).toMatchObject({ status: 'over', ok: false, value: 1000.1 });
  });
  it('a max of 0 breaks on any positive figure', () => {
    expect(statusOf({ cls: 0 }, max('cls', 0)).ok).toBe(true);
    expect(statusOf({ cls: 0.0001 }, max('cls', 0)).ok).toBe(false);
  });
  it('a min holds at the limit and breaks just under it', () => {
    expect(statusOf({ score: 100 }, min('score', 100)).status).toBe('ok');
    expect(statusOf({ score: 99 }, min('score', 100)).status).toBe('over');
  });
  it('both min and max are checked when both are given', () => {
    const b: Budget = { path: 'v', min: 1, max: 2, label: 'v', unit: '' };
    expect(statusOf({ v: 0.5 }, b).ok).toBe(false);
    expect(statusOf({ v: 1.5 }, b).ok).toBe(true);
    expect(statusOf({ v: 2.5 }, b).ok).toBe(false);
  });
});

describe('checkBudgets: missing figures', () => {
  it('a required figure that is missing fails', () => {
    expect(statusOf({}, max('lighthouse.mobile.lcpMs', 1000))).toMatchObject({ status: 'missing', ok: false, value: undefined });
  });
  it('a required figure that is NaN, Infinity or null (NaN as JSON writes it) fails', () => {
    expect(statusOf({ v: NaN }, max('v', 1)).status).toBe('missing');
    expect(statusOf({ v: Infinity }, max('v', 1)).status).toBe('missing');
    expect(statusOf({ v: null }, max('v', 1)).status).toBe('missing');
  });
  it('an optional figure that is missing is not measured and does not fail', () => {
    const b = max('ratios.mobile.lcp', 0.75, { optional: true });
    expect(statusOf({ ratios: null }, b)).toMatchObject({ status: 'not-measured', ok: true, value: undefined });
    expect(statusOf({}, b).ok).toBe(true);
  });
  it('an optional figure that is measured is still checked', () => {
    const b = max('ratios.mobile.lcp', 0.75, { optional: true });
    expect(statusOf({ ratios: { mobile: { lcp: 0.6 } } }, b).status).toBe('ok');
    expect(statusOf({ ratios: { mobile: { lcp: 0.8 } } }, b)).toMatchObject({ status: 'over', ok: false });
  });
  it('a skipped budget neither passes nor fails, whatever its figure', () => {
    const checks = checkBudgets({ scroll: { phone: { longTasks: 3 } } }, [max('scroll.phone.longTasks', 0), max('lighthouse.mobile.tbtMs', 50)], (b) =>
      b.path.startsWith('lighthouse.'),
    );
    expect(checks.map((c) => [c.status, c.ok])).toEqual([
      ['over', false],
      ['skipped', true],
    ]);
  });
});

describe('parseBudgets', () => {
  it('rejects an entry with neither min nor max, or a non-numeric limit', () => {
    expect(() => parseBudgets({ budgets: [{ path: 'a', label: 'a', unit: '' }] })).toThrow(/neither min nor max/);
    expect(() => parseBudgets({ budgets: [{ path: 'a', label: 'a', unit: '', max: '5' }] })).toThrow(/not a number/);
    expect(() => parseBudgets({})).toThrow(/no "budgets" list/);
  });
  it('reads the project’s budget file: every entry has a limit, only the ratios are optional, and the issue 9 limits', () => {
    const budgets = parseBudgets(JSON.parse(readFileSync('bench/budgets.json', 'utf8')));
    expect(budgets.filter((b) => b.optional).map((b) => b.path)).toEqual(['ratios.mobile.lcp']);
    const limitOf = (path: string) => {
      const b = budgets.find((x) => x.path === path);
      return b && (b.max ?? b.min);
    };
    expect(limitOf('lighthouse.mobile.lcpMs')).toBe(1000);
    expect(limitOf('lighthouse.mobile.tbtMs')).toBe(50);
    expect(limitOf('lighthouse.desktop.lcpMs')).toBe(600);
    expect(limitOf('ratios.mobile.lcp')).toBe(0.75);
    expect(limitOf('scroll.phone.domNodesAtLoad')).toBe(1500);
    expect(limitOf('scroll.desktop.framesOver20Ms')).toBe(0.02);
  });
});

describe('budgetTable', () => {
  it('shows every budget with its limit, figure and verdict', () => {
    const checks = checkBudgets({ a: 10, s: 0.004 }, [
      max('a', 5, { label: 'A', unit: 'ms' }),
      max('s', 0.02, { label: 'S', display: 'percent' }),
      max('r', 0.75, { label: 'R', optional: true, display: 'ratio' }),
      min('m', 100, { label: 'M' }),
    ]);
    const lines = budgetTable(checks).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toMatch(/^A\s+≤ 5 ms\s+10 ms\s+FAIL$/);
    expect(lines[3]).toMatch(/^S\s+≤ 2\.0 %\s+0\.4 %\s+pass$/);
    expect(lines[4]).toMatch(/^R\s+≤ 0\.75×\s+not measured\s+not measured \(optional\)$/);
    expect(lines[5]).toMatch(/^M\s+≥ 100\s+not measured\s+FAIL \(not measured\)$/);
  });
  it('formats values by unit and display', () => {
    expect(formatValue(16.84, { unit: 'ms' })).toBe('16.8 ms');
    expect(formatValue(0.0123, { unit: '' })).toBe('0.012');
    expect(formatValue(undefined, { unit: 'ms' })).toBe('not measured');
  });
});

describe('ratio', () => {
  it('is story ÷ anchor, and null when the anchor’s figure is 0 or missing', () => {
    expect(ratio(750, 1500)).toBe(0.5);
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(10, NaN)).toBeNull();
  });
});
