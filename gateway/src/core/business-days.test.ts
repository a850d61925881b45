import { describe, expect, it } from 'vitest';
import {
  addBelgianBusinessDays,
  belgianBusinessDaysBetween,
  belgianPublicHolidays,
  isBelgianBusinessDay,
  isBelgianPublicHoliday,
} from './business-days';

// Easter 2026 = 5 April, Easter 2027 = 28 March; Ascension = Easter + 39, Whit Monday = Easter + 50.
// Expected business-day figures cross-checked with a plain Python datetime loop over these lists.
const HOLIDAYS_2026 = [
  '2026-01-01', // New Year (Thu)
  '2026-04-06', // Easter Monday
  '2026-05-01', // Labour Day (Fri)
  '2026-05-14', // Ascension (Thu)
  '2026-05-25', // Whit Monday
  '2026-07-21', // National Day (Tue)
  '2026-08-15', // Assumption (Sat)
  '2026-11-01', // All Saints (Sun)
  '2026-11-11', // Armistice (Wed)
  '2026-12-25', // Christmas (Fri)
];
const HOLIDAYS_2027 = [
  '2027-01-01', // New Year (Fri)
  '2027-03-29', // Easter Monday
  '2027-05-01', // Labour Day (Sat)
  '2027-05-06', // Ascension (Thu)
  '2027-05-17', // Whit Monday
  '2027-07-21', // National Day (Wed)
  '2027-08-15', // Assumption (Sun)
  '2027-11-01', // All Saints (Mon)
  '2027-11-11', // Armistice (Thu)
  '2027-12-25', // Christmas (Sat)
];

describe('belgianPublicHolidays', () => {
  it.each([
    [2026, HOLIDAYS_2026],
    [2027, HOLIDAYS_2027],
  ])('%i → the 10 legal holidays', (year, expected) => {
    expect(belgianPublicHolidays(year)).toEqual(expected);
  });

  it('returns a copy the caller cannot use to corrupt the cache', () => {
    belgianPublicHolidays(2026).pop();
    expect(belgianPublicHolidays(2026)).toHaveLength(10);
  });

  it.each([[1500], [2026.5], [10_000], [Number.NaN]])('%d → YEAR_INVALID', (year) => {
    expect(() => belgianPublicHolidays(year)).toThrowError(expect.objectContaining({ code: 'YEAR_INVALID' }));
  });
});

describe('isBelgianPublicHoliday / isBelgianBusinessDay', () => {
  it.each([
    ['2026-12-25', true, false], // Christmas, Friday
    ['2027-01-01', true, false], // New Year, Friday
    ['2027-03-29', true, false], // Easter Monday
    ['2027-03-28', false, false], // Easter Sunday: only an observance, and a Sunday
    ['2026-05-14', true, false], // Ascension
    ['2026-11-01', true, false], // All Saints on a Sunday: no replacement day by law
    ['2026-08-15', true, false], // Assumption on a Saturday
    ['2026-11-02', false, true], // All Souls: observance, a normal working Monday
    ['2026-01-06', false, true], // Epiphany: observance, normal Tuesday
    ['2026-11-15', false, false], // King's Feast: observance only (a Sunday in 2026)
    ['2026-11-28', false, false], // Saturday
    ['2026-11-29', false, false], // Sunday
    ['2026-11-30', false, true], // Monday
    ['2026-12-24', false, true], // Christmas Eve is a working day
    ['2027-03-30', false, true],
  ])('%s → holiday %s, business day %s', (date, holiday, business) => {
    expect(isBelgianPublicHoliday(date)).toBe(holiday);
    expect(isBelgianBusinessDay(date)).toBe(business);
  });

  it.each([['2026-02-29'], ['2026-13-01'], ['']])('%j → DATE_INVALID', (date) => {
    expect(() => isBelgianPublicHoliday(date)).toThrowError(expect.objectContaining({ code: 'DATE_INVALID' }));
    expect(() => isBelgianBusinessDay(date)).toThrowError(expect.objectContaining({ code: 'DATE_INVALID' }));
  });
});

describe('addBelgianBusinessDays', () => {
  it.each([
    ['2027-03-26', 1, '2027-03-30'], // Fri → weekend + Easter Monday → Tue
    ['2027-03-25', 2, '2027-03-30'],
    ['2027-03-22', 10, '2027-04-06'],
    ['2026-04-03', 1, '2026-04-07'], // Good Friday is a working day; Easter Monday is not
    ['2026-12-24', 1, '2026-12-28'], // Christmas Friday + weekend
    ['2026-12-24', 5, '2027-01-04'], // across Christmas and New Year
    ['2026-12-31', 1, '2027-01-04'],
    ['2026-12-31', 2, '2027-01-05'],
    ['2026-12-18', 10, '2027-01-05'],
    ['2026-11-27', 1, '2026-11-30'], // Friday → Monday
    ['2026-11-28', 1, '2026-11-30'], // from a Saturday
    ['2026-05-13', 1, '2026-05-15'], // Ascension Thursday
    ['2026-07-20', 1, '2026-07-22'], // National Day
    ['2027-04-30', 1, '2027-05-03'], // Labour Day on Saturday: no effect
    ['2026-01-01', 1, '2026-01-02'],
    ['2026-11-28', 0, '2026-11-28'], // n = 0 returns the date as is, even on a weekend
    ['2026-12-25', 0, '2026-12-25'],
  ])('%s + %i → %s', (date, n, expected) => {
    expect(addBelgianBusinessDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-01-01', -1, 'BUSINESS_DAYS_INVALID'],
    ['2026-01-01', 1.5, 'BUSINESS_DAYS_INVALID'],
    ['2026-01-01', 10_001, 'BUSINESS_DAYS_INVALID'],
    ['2026-02-30', 1, 'DATE_INVALID'],
  ])('%s + %d → %s', (date, n, code) => {
    expect(() => addBelgianBusinessDays(date, n)).toThrowError(expect.objectContaining({ code }));
  });
});

describe('belgianBusinessDaysBetween', () => {
  it.each([
    ['2026-12-24', '2027-01-04', 5],
    ['2027-01-04', '2026-12-24', -5],
    ['2026-11-27', '2026-11-29', 0], // only a weekend in between
    ['2027-03-26', '2027-03-29', 0], // weekend + Easter Monday
    ['2027-03-26', '2027-03-30', 1],
    ['2026-05-05', '2026-05-05', 0],
    ['2026-12-01', '2027-01-31', 41],
    ['2026-01-01', '2026-12-31', 253], // 261 weekdays − 8 holidays on weekdays
    ['2027-01-01', '2027-12-31', 254],
  ])('(%s, %s] → %i', (from, to, expected) => {
    expect(belgianBusinessDaysBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2027-03-22', 10],
    ['2026-12-18', 10],
    ['2026-12-24', 5],
  ])('is the inverse of addBelgianBusinessDays from %s (+%i)', (date, n) => {
    expect(belgianBusinessDaysBetween(date, addBelgianBusinessDays(date, n))).toBe(n);
  });

  it('rejects invalid dates', () => {
    expect(() => belgianBusinessDaysBetween('2026-01-01', 'soon')).toThrowError(expect.objectContaining({ code: 'DATE_INVALID' }));
  });
});
