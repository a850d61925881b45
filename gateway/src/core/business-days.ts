import Holidays from 'date-holidays';
import { CoreValidationError } from './core-error';
import { addDaysIso, compareIso, dayOfWeekIso, isIsoDate } from './iso-date';

/**
 * Belgian business days: Monday–Friday minus the 10 legal public holidays. date-holidays also
 * lists observances (Epiphany, Mother's Day, …) and might add regional days in future data, so
 * we keep type 'public' AND the known rules of the 10 legal holidays only.
 */

const LEGAL_HOLIDAY_RULES: ReadonlySet<string> = new Set([
  '01-01', // New Year
  'easter 1', // Easter Monday
  '05-01', // Labour Day
  'easter 39', // Ascension
  'easter 50', // Whit Monday
  '07-21', // National Day
  '08-15', // Assumption
  '11-01', // All Saints
  '11-11', // Armistice
  '12-25', // Christmas
]);

// Gregorian calendar years; beyond that the Easter rules are meaningless for us.
const MIN_YEAR = 1583;
const MAX_YEAR = 9999;
// Guard against runaway loops from a bad caller (≈ 40 years of business days).
const MAX_BUSINESS_DAYS = 10_000;

const holidays = new Holidays('BE');
const cache = new Map<number, readonly string[]>();

function requireDate(date: string, field: string): void {
  if (!isIsoDate(date)) throw new CoreValidationError('DATE_INVALID', `Not a valid ISO date: '${date}'`, field);
}

/** The 10 Belgian legal public holidays of `year`, ISO dates in calendar order. */
export function belgianPublicHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CoreValidationError('YEAR_INVALID', `Year must be an integer in ${MIN_YEAR}..${MAX_YEAR}`, 'year');
  }
  let list = cache.get(year);
  if (list === undefined) {
    list = holidays
      .getHolidays(year)
      .filter((h) => h.type === 'public' && LEGAL_HOLIDAY_RULES.has(h.rule))
      // `date` is the local Belgian calendar date ('YYYY-MM-DD hh:mm:ss'); `start` is a UTC
      // instant that falls on the previous day, so never use it.
      .map((h) => h.date.slice(0, 10))
      .sort();
    cache.set(year, list);
  }
  return [...list];
}

export function isBelgianPublicHoliday(date: string): boolean {
  requireDate(date, 'date');
  return belgianPublicHolidays(Number(date.slice(0, 4))).includes(date);
}

export function isBelgianBusinessDay(date: string): boolean {
  const dow = dayOfWeekIso(date);
  return dow !== 0 && dow !== 6 && !isBelgianPublicHoliday(date);
}

/** The n-th business day strictly AFTER `date` (n = 0 returns `date` unchanged, even on a holiday). */
export function addBelgianBusinessDays(date: string, n: number): string {
  requireDate(date, 'date');
  if (!Number.isInteger(n) || n < 0 || n > MAX_BUSINESS_DAYS) {
    throw new CoreValidationError('BUSINESS_DAYS_INVALID', `n must be an integer in 0..${MAX_BUSINESS_DAYS}`, 'n');
  }
  let current = date;
  for (let left = n; left > 0;) {
    current = addDaysIso(current, 1);
    if (isBelgianBusinessDay(current)) left--;
  }
  return current;
}

/**
 * Number of business days d with from < d ≤ to, so that
 * belgianBusinessDaysBetween(d, addBelgianBusinessDays(d, n)) === n. Negative when to < from.
 */
export function belgianBusinessDaysBetween(from: string, to: string): number {
  requireDate(from, 'from');
  requireDate(to, 'to');
  const order = compareIso(from, to);
  if (order === 0) return 0;
  const [start, end] = order < 0 ? [from, to] : [to, from];
  let count = 0;
  for (let d = addDaysIso(start, 1); compareIso(d, end) <= 0; d = addDaysIso(d, 1)) {
    if (isBelgianBusinessDay(d)) count++;
  }
  return order < 0 ? count : -count;
}
