import { CoreValidationError } from './core-error';

/**
 * ISO date-only strings ('YYYY-MM-DD', years 0001..9999) and their arithmetic.
 * Arithmetic works on whole days since 1970-01-01 (proleptic Gregorian), never on a local
 * JS Date, so the host time zone and DST can never shift a date by one day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function tryParse(s: string): CivilDate | null {
  const m = ISO_DATE.exec(s);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parse(s: string, field: string): CivilDate {
  const d = tryParse(s);
  if (d === null) throw new CoreValidationError('DATE_INVALID', `Not a valid ISO date: '${s}'`, field);
  return d;
}

function format({ year, month, day }: CivilDate): string {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new CoreValidationError('DATE_OUT_OF_RANGE', `Year ${year} is outside ${MIN_YEAR}..${MAX_YEAR}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireInteger(n: number, field: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new CoreValidationError('DATE_OFFSET_INVALID', `${field} must be a safe integer, got ${n}`, field);
  }
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic.
function toEpochDay({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** True only for real calendar dates in strict 'YYYY-MM-DD' form. */
export function isIsoDate(s: string): boolean {
  return tryParse(s) !== null;
}

/**
 * Adds calendar months, clamping the day to the target month's end. Callers that need a series
 * (period k) must always start from the original date — addMonthsIso(start, k * step) — because
 * chaining would lose the day after a short month (31 → 28 → 28 …).
 */
export function addMonthsIso(date: string, months: number): string {
  const d = parse(date, 'date');
  requireInteger(months, 'months');
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

export function addDaysIso(date: string, days: number): string {
  const d = parse(date, 'date');
  requireInteger(days, 'days');
  return format(fromEpochDay(toEpochDay(d) + days));
}

export function compareIso(a: string, b: string): -1 | 0 | 1 {
  const da = toEpochDay(parse(a, 'a'));
  const db = toEpochDay(parse(b, 'b'));
  return da < db ? -1 : da > db ? 1 : 0;
}

/** Signed number of days from `from` to `to` (to − from). */
export function daysBetweenIso(from: string, to: string): number {
  return toEpochDay(parse(to, 'to')) - toEpochDay(parse(from, 'from'));
}

/** UTC calendar date of an instant: the gateway's "today" must not depend on the server's zone. */
export function todayIso(now: Date): string {
  const t = now.getTime();
  if (Number.isNaN(t)) throw new CoreValidationError('DATE_INVALID', 'Invalid Date instance', 'now');
  return format({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() });
}

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay. */
export function dayOfWeekIso(date: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  // 1970-01-01 was a Thursday (4).
  const dow = (((toEpochDay(parse(date, 'date')) + 4) % 7) + 7) % 7;
  return dow as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}
