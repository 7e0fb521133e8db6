/**
 * A locale's formats of numbers, dates, lists and sourced figures, through Intl with the locale
 * and the patterns of its ui.yaml ("16 September 2022", «16 сентября 2022 года»). Browser-safe:
 * charts, maps, tables and text all use these.
 */
import { parsePartialDate, type PartialDate } from '../data/dates.ts';
import type { Translator } from './messages.ts';

/** A sourced figure: its value (null: not published), the top of its range, and its qualifier. */
export interface FigureValue {
  value: number | null;
  max?: number;
  qualifier: 'exact' | 'about' | 'at-least' | 'more-than' | 'up-to';
}

export interface Formats {
  t: Translator['t'];
  message: Translator['message'];
  locale: string;
  number(n: number): string;
  /** "2021-04-29" → "29 April 2021"; text that is not a partial date stays as it is */
  date(d: PartialDate | string): string;
  /** a span of dates, written once where they share a month or a year ("14–20 September 2022") */
  dateRange(from: string, to?: string): string;
  /** a month's short name for an axis ("Sep", «сент.») */
  monthShort(month: number): string;
  /** the graphic's date stamp ("16 September 2022, evening") */
  stamp(s: { date: string; to?: string; part?: 'evening' }): string;
  /** "A, B and C" */
  list(items: string[]): string;
  /** "about 100", "87–88", "not published"; short: "~100" */
  figure(f: FigureValue, opts?: { short?: boolean }): string;
}

const QUALIFIER_KEY = { about: 'about', 'at-least': 'at_least', 'more-than': 'more_than', 'up-to': 'up_to' } as const;

export function formats(tr: Translator): Formats {
  const { t, locale } = tr;
  const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
  const part = (opts: Intl.DateTimeFormatOptions, date: Date) =>
    new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).formatToParts(date).find((p) => p.type === 'month')!.value;
  /** the month as it is written after a day number (Russian: genitive) and on its own */
  const monthWithDay = (y: number, m: number) => part({ day: 'numeric', month: 'long' }, utc(y, m, 15));
  const monthAlone = (y: number, m: number) => part({ month: 'long' }, utc(y, m, 15));
  const parse = (d: PartialDate | string) => (typeof d === 'string' ? parsePartialDate(d) : d);

  /** a date without its year, for the first half of a range within one year */
  const noYear = (d: PartialDate) =>
    d.precision === 'day' ? t('date.day_month', { day: String(d.day), month: monthWithDay(d.year, d.month!) }) : monthAlone(d.year, d.month!);

  const date = (input: PartialDate | string): string => {
    const d = parse(input);
    if (typeof d === 'string') return String(input);
    const year = String(d.year);
    if (d.precision === 'year') return t('date.year', { year });
    if (d.precision === 'month') return t('date.month', { month: monthAlone(d.year, d.month!), year });
    return t('date.day', { day: String(d.day), month: monthWithDay(d.year, d.month!), year });
  };

  const dateRange = (fromText: string, toText?: string): string => {
    const from = parsePartialDate(fromText);
    const to = toText ? parsePartialDate(toText) : undefined;
    if (typeof from === 'string' || to === undefined) return date(fromText);
    if (typeof to === 'string') return `${date(fromText)} – ${toText}`;
    if (from.year !== to.year || from.precision === 'year' || to.precision === 'year') return t('date.range.full', { from: date(from), to: date(to) });
    if (from.precision === 'day' && to.precision === 'day' && from.month === to.month) {
      return t('date.range.days', { from: String(from.day), to: String(to.day), month: monthWithDay(to.year, to.month!), year: String(to.year) });
    }
    return t('date.range.year', { from: noYear(from), to: noYear(to), year: String(to.year) });
  };

  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

  const figure = (f: FigureValue, opts: { short?: boolean } = {}): string => {
    if (f.value === null) return t('figure.not_published');
    const n = f.max !== undefined ? `${tr.number(f.value)}–${tr.number(f.max)}` : tr.number(f.value);
    if (f.qualifier === 'exact') return n;
    return t(`figure.${opts.short ? 'short' : 'long'}.${QUALIFIER_KEY[f.qualifier]}`, { n });
  };

  const monthShort = (month: number) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(utc(2001, month, 15));

  const stamp = (s: { date: string; to?: string; part?: 'evening' }) => {
    const range = dateRange(s.date, s.to);
    const text = s.part === 'evening' ? t('date.evening', { date: range }) : range;
    // a stamp stands alone, so it starts with a capital («Октябрь 2022 года»)
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  };

  return { t, message: tr.message, locale, number: tr.number, date, dateRange, stamp, monthShort, list, figure };
}
