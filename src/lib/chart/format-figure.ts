/** How a sourced figure reads in a chart label or a table cell ("more than 40,000", "87–88"). */
import type { Figure } from './types.ts';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatValue(n: number): string {
  return number.format(n);
}

export function formatFigure(f: Figure, opts: { short?: boolean } = {}): string {
  if (f.value === null) return 'not published';
  const core = f.max !== undefined ? `${formatValue(f.value)}–${formatValue(f.max)}` : formatValue(f.value);
  switch (f.qualifier) {
    case 'about':
      return opts.short ? `~${core}` : `about ${core}`;
    case 'at-least':
      return opts.short ? `≥${core}` : `at least ${core}`;
    case 'more-than':
      return opts.short ? `>${core}` : `more than ${core}`;
    case 'up-to':
      return opts.short ? `≤${core}` : `up to ${core}`;
    default:
      return core;
  }
}

/** The number a bar is drawn to: the upper end of a range, the value otherwise. */
export function barValue(f: Figure): number {
  return f.value === null ? 0 : (f.max ?? f.value);
}
