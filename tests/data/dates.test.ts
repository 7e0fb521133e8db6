import { describe, expect, it } from 'vitest';
import { compareDates, dateSpan, formatDate, parsePartialDate, type PartialDate } from '../../src/lib/data/dates.ts';

const parse = (s: string) => parsePartialDate(s) as PartialDate;

describe('partial dates', () => {
  it('keeps the precision the source has', () => {
    expect(parse('2021')).toMatchObject({ year: 2021, precision: 'year' });
    expect(parse('2021-04')).toMatchObject({ year: 2021, month: 4, precision: 'month' });
    expect(parse('2021-04-29')).toMatchObject({ year: 2021, month: 4, day: 29, precision: 'day' });
  });

  it('rejects what is not a real date, and says why', () => {
    expect(parsePartialDate('2021-02-29')).toMatch(/not a real day.*28 days/);
    expect(parsePartialDate('2024-02-29')).toMatchObject({ day: 29 });
    expect(parsePartialDate('2021-13')).toMatch(/no month 13/);
    expect(parsePartialDate('29 April 2021')).toMatch(/not a date of the form/);
    expect(parsePartialDate('2021-4-29')).toMatch(/not a date of the form/);
  });

  it('orders dates of different precision by their start', () => {
    expect(compareDates(parse('2021'), parse('2021-04-29'))).toBeLessThan(0);
    expect(compareDates(parse('2021-05'), parse('2021-04-29'))).toBeGreaterThan(0);
    const [start, end] = dateSpan(parse('2021-04'));
    expect(new Date(start).toISOString()).toBe('2021-04-01T00:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2021-04-30T23:59:59.999Z');
  });

  it('formats dates the way the story writes them', () => {
    expect(formatDate(parse('2025-03-13'))).toBe('13 March 2025');
    expect(formatDate(parse('2002-12'))).toBe('December 2002');
    expect(formatDate(parse('1991'))).toBe('1991');
  });
});
