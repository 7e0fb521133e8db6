/** Budgets (bench/budgets.json) checked against a benchmark result, and the report table. */
import { textTable } from './report.ts';

export interface Budget {
  /** where the figure is in the result, dot-separated (`lighthouse.mobile.lcpMs`) */
  path: string;
  max?: number;
  min?: number;
  label: string;
  unit: string;
  /**
   * A figure a run may lack without failing (the same-run reference page is measured only when its
   * folder exists): missing, it is reported as not measured. Without this flag a missing figure fails.
   */
  optional?: boolean;
  /** how the table shows the value and limit: `percent` for a 0–1 share, `ratio` for a quotient */
  display?: 'percent' | 'ratio';
}

/**
 * ok: measured and within the limit; over: measured and outside it; missing: not measured and
 * required (fails); not-measured: not measured and optional (does not fail); skipped: the part of
 * the benchmark that measures it was not run this time (`--only`, `--skip-lighthouse`).
 */
export type BudgetStatus = 'ok' | 'over' | 'missing' | 'not-measured' | 'skipped';

export interface BudgetCheck {
  budget: Budget;
  value: number | undefined;
  status: BudgetStatus;
  /** false only for `over` and `missing` */
  ok: boolean;
}

export function valueAt(result: unknown, path: string): number | undefined {
  let at: unknown = result;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object' || !(key in at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'number' ? at : undefined;
}

/** A budget file's entries, checked for shape: a path, a label, and a finite min or max (or both). */
export function parseBudgets(json: unknown): Budget[] {
  const list = (json as { budgets?: unknown } | null)?.budgets;
  if (!Array.isArray(list)) throw new Error('budgets.json: no "budgets" list');
  return list.map((b: Budget, i) => {
    const where = `budgets.json entry ${i} (${b?.path ?? 'no path'})`;
    if (typeof b?.path !== 'string' || b.path === '') throw new Error(`${where}: no path`);
    if (typeof b.label !== 'string') throw new Error(`${where}: no label`);
    if (b.max === undefined && b.min === undefined) throw new Error(`${where}: neither min nor max`);
    for (const k of ['min', 'max'] as const) if (b[k] !== undefined && !Number.isFinite(b[k])) throw new Error(`${where}: ${k} is not a number`);
    if (b.optional !== undefined && typeof b.optional !== 'boolean') throw new Error(`${where}: optional must be true or false`);
    return { ...b, unit: b.unit ?? '' };
  });
}

/**
 * Every budget against the result. A figure the result lacks (or that is not a finite number)
 * breaks its budget, since it was not measured, unless the budget is optional. `skip` names
 * budgets whose part of the benchmark did not run; they neither pass nor fail.
 */
export function checkBudgets(result: unknown, budgets: Budget[], skip: (b: Budget) => boolean = () => false): BudgetCheck[] {
  return budgets.map((budget) => {
    const raw = valueAt(result, budget.path);
    const value = raw !== undefined && Number.isFinite(raw) ? raw : undefined;
    let status: BudgetStatus;
    if (skip(budget)) status = 'skipped';
    else if (value === undefined) status = budget.optional ? 'not-measured' : 'missing';
    else status = (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min) ? 'ok' : 'over';
    return { budget, value: status === 'skipped' ? undefined : value, status, ok: status !== 'over' && status !== 'missing' };
  });
}

export function formatValue(v: number | undefined, budget: Pick<Budget, 'unit' | 'display'>): string {
  if (v === undefined || !Number.isFinite(v)) return 'not measured';
  if (budget.display === 'percent') return `${(v * 100).toFixed(1)} %`;
  if (budget.display === 'ratio') return `${v.toFixed(2)}×`;
  return `${Number.isInteger(v) ? v : v.toFixed(v < 1 ? 3 : 1)}${budget.unit ? ` ${budget.unit}` : ''}`;
}

function limit(b: Budget): string {
  if (b.min !== undefined && b.max !== undefined) {
    return b.min === b.max ? `= ${formatValue(b.max, b)}` : `${formatValue(b.min, b)} – ${formatValue(b.max, b)}`;
  }
  return b.max !== undefined ? `≤ ${formatValue(b.max, b)}` : `≥ ${formatValue(b.min, b)}`;
}

const VERDICT: Record<BudgetStatus, string> = {
  ok: 'pass',
  over: 'FAIL',
  missing: 'FAIL (not measured)',
  'not-measured': 'not measured (optional)',
  skipped: 'skipped (not run)',
};

/** A plain-text table: every budget, its limit, the measured figure, pass or fail. */
export function budgetTable(checks: BudgetCheck[]): string {
  return textTable(
    ['budget', 'limit', 'measured', 'result'],
    checks.map((c) => [c.budget.label, limit(c.budget), c.status === 'skipped' ? '–' : formatValue(c.value, c.budget), VERDICT[c.status]]),
  );
}
