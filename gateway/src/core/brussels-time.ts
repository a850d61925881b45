import { CoreValidationError } from './core-error';
import { isIsoDate } from './iso-date';

/**
 * Calendar days in Europe/Brussels (CET = UTC+1, CEST = UTC+2 from the last Sunday of March to
 * the last Sunday of October, switching at 01:00 UTC). Deadlines promised to customers ("until the
 * end of the day") are Brussels days, whatever the zone of the server. All zone data comes from
 * the ICU of Node (Intl), never from the host's local time.
 */

const TIME_ZONE = 'Europe/Brussels';

// Constructing an Intl.DateTimeFormat is slow: one shared instance.
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTimeOf(instant: number): WallTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of wallClock.formatToParts(instant)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  const { year, month, day, hour, minute, second } = parts;
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    throw new Error(`Intl returned an incomplete ${TIME_ZONE} time for ${instant}`);
  }
  return { year, month, day, hour, minute, second };
}

/** Brussels UTC offset in ms at `instant` (3_600_000 in winter, 7_200_000 in summer). */
function offsetAt(instant: number): number {
  const w = wallTimeOf(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Date.UTC maps years 0..99 to 1900..1999; no date we handle is that old, but be exact anyway.
  const fixed = w.year < 100 ? new Date(asUtc).setUTCFullYear(w.year) : asUtc;
  return fixed - (instant - (((instant % 1000) + 1000) % 1000));
}

function requireInstant(instant: Date, field: string): number {
  const t = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new CoreValidationError('DATE_INVALID', 'Invalid Date instance', field);
  return t;
}

function requireDate(date: string, field: string): void {
  if (!isIsoDate(date)) throw new CoreValidationError('DATE_INVALID', `Not a valid ISO date: '${date}'`, field);
}

/**
 * Epoch ms of the Brussels wall-clock time `time` on `date` (valid ISO date). Only for wall times
 * that exist exactly once: Brussels switches between 02:00 and 03:00, so 00:00 and 23:59:59.999
 * always qualify, including on the 23-hour and 25-hour DST days.
 */
function brusselsWallTimeToEpoch(date: string, time: string): number {
  const local = new Date(`${date}T${time}Z`).getTime(); // the wall time read as if it were UTC
  // Two passes: the offset at the first guess can be the one on the other side of a DST switch.
  const guess = local - offsetAt(local);
  return local - offsetAt(guess);
}

/** ISO calendar date ('YYYY-MM-DD') of `instant` in Brussels. */
export function brusselsDateOf(instant: Date): string {
  const w = wallTimeOf(requireInstant(instant, 'instant'));
  const date = `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  if (!isIsoDate(date)) throw new CoreValidationError('DATE_OUT_OF_RANGE', `Instant outside years 0001..9999`, 'instant');
  return date;
}

/** The first millisecond of `date` in Brussels, as an instant (23:00Z the day before in winter, 22:00Z in summer). */
export function startOfBrusselsDay(date: string): Date {
  requireDate(date, 'date');
  return new Date(brusselsWallTimeToEpoch(date, '00:00:00.000'));
}

/**
 * The last millisecond of `date` in Brussels, as an instant: 22:59:59.999Z in winter, 21:59:59.999Z
 * in summer (on 2026-03-29 already summer time, on 2026-10-25 already winter time).
 */
export function endOfBrusselsDay(date: string): Date {
  requireDate(date, 'date');
  return new Date(brusselsWallTimeToEpoch(date, '23:59:59.999'));
}
