import { todayIso } from '../core/iso-date';

/** Injected wherever "now" matters, so tests can fix the date (due, overdue, last 12 months…). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

export const todayOf = (clock: Clock): string => todayIso(clock.now());
