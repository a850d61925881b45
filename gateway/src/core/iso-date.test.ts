import { describe, expect, it } from 'vitest';
import { CoreValidationError } from './core-error';
import { addDaysIso, addMonthsIso, compareIso, dayOfWeekIso, daysBetweenIso, isIsoDate, todayIso } from './iso-date';

describe('isIsoDate', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-12-31', true],
    ['2028-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2026-02-29', false], // not a leap year
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026/01/01', false],
    ['2026-01-01T00:00:00Z', false],
    [' 2026-01-01', false],
    ['', false],
  ])('%j → %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});

describe('addMonthsIso', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'], // clamped to month end
    ['2026-01-31', 2, '2026-03-31'], // computed from the original day, not chained
    ['2026-01-31', 3, '2026-04-30'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-01-10', 360, '2056-01-10'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonthsIso(date, months)).toBe(expected);
  });
});

describe('addDaysIso', () => {
  // Expected values cross-checked with Python's datetime.date arithmetic.
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 1, '2026-03-29'], // EU DST switch weekend: no 23-hour day surprises
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2026-01-01', 1000, '2028-09-27'],
    ['2026-01-01', -10000, '1998-08-16'],
    ['1970-01-01', -1, '1969-12-31'],
    ['0001-01-01', 3652058, '9999-12-31'],
    ['2026-06-15', 0, '2026-06-15'],
  ])('%s + %i days → %s', (date, days, expected) => {
    expect(addDaysIso(date, days)).toBe(expected);
  });
});

describe('compareIso / daysBetweenIso', () => {
  it.each([
    ['2026-01-01', '2026-01-02', -1, 1],
    ['2026-01-02', '2026-01-01', 1, -1],
    ['2026-05-05', '2026-05-05', 0, 0],
    ['2025-12-31', '2026-01-01', -1, 1],
    ['2026-01-01', '2027-01-01', -1, 365],
    ['2028-01-01', '2029-01-01', -1, 366],
  ] as const)('%s vs %s → %i, %i days', (a, b, cmp, days) => {
    expect(compareIso(a, b)).toBe(cmp);
    expect(daysBetweenIso(a, b)).toBe(days);
  });
});

describe('todayIso', () => {
  it.each([
    ['2026-11-26T11:00:00.000Z', '2026-11-26'],
    ['2026-12-31T23:59:59.999Z', '2026-12-31'], // already 1 January in Brussels: UTC date wins
    ['2027-01-01T00:00:00.000Z', '2027-01-01'],
    ['2026-06-30T22:30:00.000Z', '2026-06-30'],
    ['2026-06-30T23:30:00+02:00', '2026-06-30'],
    ['2026-07-01T01:30:00+02:00', '2026-06-30'],
  ])('%s → %s', (instant, expected) => {
    expect(todayIso(new Date(instant))).toBe(expected);
  });
});

describe('dayOfWeekIso', () => {
  // 0 = Sunday; values cross-checked with Python (date.weekday() + 1) % 7.
  it.each([
    ['1970-01-01', 4],
    ['2000-01-01', 6],
    ['2026-01-01', 4],
    ['2026-03-29', 0],
    ['2026-11-26', 4],
    ['2027-03-29', 1],
    ['0001-01-01', 1],
    ['9999-12-31', 5],
  ])('%s → %i', (date, expected) => {
    expect(dayOfWeekIso(date)).toBe(expected);
  });
});

describe('invalid input', () => {
  it.each([
    ['addMonthsIso bad date', () => addMonthsIso('2026-02-30', 1), 'DATE_INVALID'],
    ['addMonthsIso fractional months', () => addMonthsIso('2026-02-01', 1.5), 'DATE_OFFSET_INVALID'],
    ['addMonthsIso past 9999', () => addMonthsIso('9999-12-01', 1), 'DATE_OUT_OF_RANGE'],
    ['addMonthsIso before 0001', () => addMonthsIso('0001-01-01', -1), 'DATE_OUT_OF_RANGE'],
    ['addDaysIso bad date', () => addDaysIso('2026-13-01', 1), 'DATE_INVALID'],
    ['addDaysIso NaN', () => addDaysIso('2026-01-01', Number.NaN), 'DATE_OFFSET_INVALID'],
    ['addDaysIso past 9999', () => addDaysIso('9999-12-31', 1), 'DATE_OUT_OF_RANGE'],
    ['compareIso bad date', () => compareIso('2026-01-01', 'tomorrow'), 'DATE_INVALID'],
    ['todayIso invalid Date', () => todayIso(new Date('nope')), 'DATE_INVALID'],
    ['dayOfWeekIso bad date', () => dayOfWeekIso('2026-02-29'), 'DATE_INVALID'],
  ])('%s → %s', (_label, run, code) => {
    expect(run).toThrowError(CoreValidationError);
    expect(run).toThrowError(expect.objectContaining({ code }));
  });
});
