/**
 * Partial ISO dates: "2021", "2021-04" or "2021-04-29". Sources often give only a month or a
 * year, and the data keeps exactly the precision the source has.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  text: string;
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date, or returns the reason it is not one. */
export function parsePartialDate(text: string): PartialDate | string {
  const m = PATTERN.exec(text);
  if (!m) return `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (m[2] === undefined) return { text, year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}" has no month ${m[2]}`;
  if (m[3] === undefined) return { text, year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${text}" is not a real day (${year}-${m[2]} has ${daysInMonth(year, month)} days)`;
  return { text, year, month, day, precision: 'day' };
}

/** The first and last instant (UTC ms) a partial date can mean. */
export function dateSpan(d: PartialDate): [number, number] {
  if (d.precision === 'year') return [Date.UTC(d.year, 0, 1), Date.UTC(d.year + 1, 0, 1) - 1];
  if (d.precision === 'month') return [Date.UTC(d.year, d.month! - 1, 1), Date.UTC(d.year, d.month!, 1) - 1];
  return [Date.UTC(d.year, d.month! - 1, d.day!), Date.UTC(d.year, d.month! - 1, d.day! + 1) - 1];
}

export function compareDates(a: PartialDate, b: PartialDate): number {
  return dateSpan(a)[0] - dateSpan(b)[0] || dateSpan(a)[1] - dateSpan(b)[1];
}
