/**
 * Time on the charts: a partial date as a moment (the middle of the period it names), where a
 * step's `until` ends, and the start of a year. (Dates are written with the locale's fmt.date.)
 */
import { dateSpan, parsePartialDate, type PartialDate } from '../../data/dates.ts';

/** A partial date, which the chart's data must have right. */
export const at = (text: string): PartialDate => {
  const d = parsePartialDate(text);
  if (typeof d === 'string') throw new Error(d);
  return d;
};
/** A partial date placed in the middle of the period it names. */
export const mid = (text: string) => {
  const [a, b] = dateSpan(at(text));
  return Math.round((a + b) / 2 / 1000) * 1000;
};

export const untilMs = (until: string | undefined) => {
  if (!until) return Infinity;
  const d = parsePartialDate(until);
  return typeof d === 'string' ? Infinity : dateSpan(d)[1];
};
export const yearMs = (year: number, month = 0) => Date.UTC(year, month, 1);
