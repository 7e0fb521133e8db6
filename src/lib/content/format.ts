/** English number and date formatting for the story (other editions will bring their own). */
import { formatDate, parsePartialDate } from '../data/dates.ts';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 1006.84 → "1,006.84"; 137000 → "137,000" */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? integer.format(n) : decimal.format(n);
}

/** "2021-04-29" → "29 April 2021"; "undated" stays as it is. */
export function formatSourceDate(text: string): string {
  if (text === 'undated') return 'undated';
  const d = parsePartialDate(text);
  return typeof d === 'string' ? text : formatDate(d);
}
