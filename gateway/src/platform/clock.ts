import { brusselsDateOf } from '../core/brussels-time';

/** Injected wherever "now" matters, so tests can fix the date (due, overdue, last 12 months…). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/**
 * The business date customers see: deadlines are Brussels days, so due/overdue must be too, or an
 * installment flips a day late between midnight in Brussels and midnight UTC.
 */
export const todayOf = (clock: Clock): string => brusselsDateOf(clock.now());
