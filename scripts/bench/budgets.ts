/** Budgets (bench/budgets.json) checked against a benchmark result, and the report table. */

export interface Budget {
  /** where the figure is in the result, dot-separated (`lighthouse.mobile.lcpMs`) */
  path: string;
  max?: number;
  min?: number;
  label: string;
  unit: string;
}

export interface BudgetCheck {
  budget: Budget;
  value: number | undefined;
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

/** Every budget against the result; a figure the result lacks breaks its budget (it was not measured). */
export function checkBudgets(result: unknown, budgets: Budget[]): BudgetCheck[] {
  return budgets.map((budget) => {
    const value = valueAt(result, budget.path);
    const ok =
      value !== undefined &&
      Number.isFinite(value) &&
      (budget.max === undefined || value <= budget.max) &&
      (budget.min === undefined || value >= budget.min);
    return { budget, value, ok };
  });
}

const fmt = (v: number | undefined, unit: string) =>
  v === undefined || !Number.isFinite(v) ? 'not measured' : `${Number.isInteger(v) ? v : v.toFixed(v < 1 ? 3 : 1)}${unit ? ` ${unit}` : ''}`;

/** A plain-text table: budget, limit, measured, pass or fail. */
export function budgetTable(checks: BudgetCheck[]): string {
  const rows = checks.map((c) => [
    c.budget.label,
    c.budget.max !== undefined ? `≤ ${fmt(c.budget.max, c.budget.unit)}` : `≥ ${fmt(c.budget.min, c.budget.unit)}`,
    fmt(c.value, c.budget.unit),
    c.ok ? 'ok' : 'OVER BUDGET',
  ]);
  const head = ['budget', 'limit', 'measured', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
