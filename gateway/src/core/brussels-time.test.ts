import { describe, expect, it } from 'vitest';
import { brusselsDateOf, endOfBrusselsDay, startOfBrusselsDay } from './brussels-time';
import { addDaysIso } from './iso-date';

/*
 * 2026: CEST from Sunday 29 March 01:00Z (02:00 CET → 03:00 CEST) to Sunday 25 October 01:00Z
 * (03:00 CEST → 02:00 CET). Brussels midnight = 23:00Z the day before in winter, 22:00Z in summer.
 */

describe('brusselsDateOf', () => {
  it.each([
    ['2026-01-15T00:00:00.000Z', '2026-01-15'], // winter, 01:00 CET
    ['2026-01-15T22:59:59.999Z', '2026-01-15'], // 23:59:59.999 CET
    ['2026-01-15T23:00:00.000Z', '2026-01-16'], // 00:00 CET next day, while UTC is still the 15th
    ['2026-07-01T21:59:59.999Z', '2026-07-01'], // summer, 23:59:59.999 CEST
    ['2026-07-01T22:00:00.000Z', '2026-07-02'],
    ['2026-12-31T23:30:00.000Z', '2027-01-01'], // new year in Brussels first
    ['2026-03-28T22:59:59.999Z', '2026-03-28'], // DST start: day before ends in CET
    ['2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['2026-03-29T00:59:59.999Z', '2026-03-29'], // 01:59:59.999 CET
    ['2026-03-29T01:00:00.000Z', '2026-03-29'], // 03:00 CEST
    ['2026-03-29T21:59:59.999Z', '2026-03-29'], // 23:59:59.999 CEST
    ['2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['2026-10-24T21:59:59.999Z', '2026-10-24'], // DST end: day before ends in CEST
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['2026-10-25T00:30:00.000Z', '2026-10-25'], // first 02:30 (CEST)
    ['2026-10-25T01:30:00.000Z', '2026-10-25'], // second 02:30 (CET)
    ['2026-10-25T22:59:59.999Z', '2026-10-25'], // 23:59:59.999 CET
    ['2026-10-25T23:00:00.000Z', '2026-10-26'],
  ])('%s → %s', (instant, expected) => {
    expect(brusselsDateOf(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => brusselsDateOf(new Date(Number.NaN))).toThrowError(expect.objectContaining({ code: 'DATE_INVALID', field: 'instant' }));
  });
});

describe('startOfBrusselsDay / endOfBrusselsDay', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z', '2026-01-15T22:59:59.999Z', 24], // winter
    ['2026-07-01', '2026-06-30T22:00:00.000Z', '2026-07-01T21:59:59.999Z', 24], // summer
    ['2026-11-13', '2026-11-12T23:00:00.000Z', '2026-11-13T22:59:59.999Z', 24],
    ['2026-03-28', '2026-03-27T23:00:00.000Z', '2026-03-28T22:59:59.999Z', 24], // Saturday before DST start
    ['2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z', 23], // DST start: 23-hour day
    ['2026-03-30', '2026-03-29T22:00:00.000Z', '2026-03-30T21:59:59.999Z', 24],
    ['2026-10-24', '2026-10-23T22:00:00.000Z', '2026-10-24T21:59:59.999Z', 24], // Saturday before DST end
    ['2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z', 25], // DST end: 25-hour day
    ['2026-10-26', '2026-10-25T23:00:00.000Z', '2026-10-26T22:59:59.999Z', 24],
    ['2027-03-28', '2027-03-27T23:00:00.000Z', '2027-03-28T21:59:59.999Z', 23], // DST start 2027
    ['2027-12-31', '2027-12-30T23:00:00.000Z', '2027-12-31T22:59:59.999Z', 24],
    ['2024-02-29', '2024-02-28T23:00:00.000Z', '2024-02-29T22:59:59.999Z', 24],
  ])('%s → [%s, %s], %i hours', (date, start, end, hours) => {
    const s = startOfBrusselsDay(date);
    const e = endOfBrusselsDay(date);
    expect([s.toISOString(), e.toISOString()]).toEqual([start, end]);
    expect(e.getTime() + 1 - s.getTime()).toBe(hours * 3_600_000);
  });

  it('every day of 2026–2027: start and end fall on the day, their neighbours on the next/previous day', () => {
    for (let date = '2026-01-01'; date <= '2027-12-31'; date = addDaysIso(date, 1)) {
      const start = startOfBrusselsDay(date).getTime();
      const end = endOfBrusselsDay(date).getTime();
      expect(brusselsDateOf(new Date(start))).toBe(date);
      expect(brusselsDateOf(new Date(end))).toBe(date);
      expect(brusselsDateOf(new Date(start - 1))).toBe(addDaysIso(date, -1));
      expect(brusselsDateOf(new Date(end + 1))).toBe(addDaysIso(date, 1));
      expect(startOfBrusselsDay(addDaysIso(date, 1)).getTime()).toBe(end + 1);
    }
  });

  it.each([['2026-02-29'], ['2026-13-01'], ['2026-1-5'], [''], ['2026-01-15T00:00:00Z']])('%j → DATE_INVALID', (date) => {
    expect(() => startOfBrusselsDay(date)).toThrowError(expect.objectContaining({ code: 'DATE_INVALID', field: 'date' }));
    expect(() => endOfBrusselsDay(date)).toThrowError(expect.objectContaining({ code: 'DATE_INVALID', field: 'date' }));
  });
});
