import { describe, expect, it } from 'vitest';
import { compareDates, dateSpan, parsePartialDate, type PartialDate } from '../../src/lib/data/dates.ts';
import { en, ru } from '../support/i18n.ts';

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

  it('formats dates the way each edition writes them', () => {
    expect(en.date(parse('2025-03-13'))).toBe('13 March 2025');
    expect(en.date(parse('2002-12'))).toBe('December 2002');
    expect(en.date(parse('1991'))).toBe('1991');
    expect(ru.date(parse('2022-09-16'))).toBe('16 сентября 2022 года');
    expect(ru.date(parse('2002-12'))).toBe('декабрь 2002 года');
    expect(ru.date(parse('1991'))).toBe('1991 год');
  });

  it('writes spans once where their dates share a month or a year', () => {
    expect(en.dateRange('2022-09-14', '2022-09-20')).toBe('14–20 September 2022');
    expect(en.dateRange('2021-04-28', '2021-05-01')).toBe('28 April – 1 May 2021');
    expect(ru.dateRange('2022-09-14', '2022-09-20')).toBe('14–20 сентября 2022 года');
    expect(ru.dateRange('2021-04-28', '2021-05-01')).toBe('28 апреля — 1 мая 2021 года');
    expect(ru.dateRange('2021-04-29', '2021-06')).toBe('29 апреля — июнь 2021 года');
    expect(ru.stamp({ date: '2022-09-16', part: 'evening' })).toBe('16 сентября 2022 года, вечер');
  });

  it('writes numbers and figures in each locale', () => {
    expect(en.number(1006.84)).toBe('1,006.84');
    expect(ru.number(1006.84)).toBe('1\u00A0006,84');
    expect(ru.figure({ value: 100, qualifier: 'about' })).toBe('около 100');
    expect(ru.figure({ value: 87, max: 88, qualifier: 'exact' })).toBe('87–88');
    expect(ru.figure({ value: null, qualifier: 'exact' })).toBe('не опубликовано');
    expect(ru.list(['Ворух', 'Сох', 'Шахимардан'])).toBe('Ворух, Сох и Шахимардан');
  });
});
