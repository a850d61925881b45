// an instant (Brussels time) and a file size, for the request screens of the requests tab and the
// back office, and My settings' audit log. A module outside the index (see entries/request-screens.ts):
// the first screen needs neither.

import type { BelgianLocale } from './portal-language';

const NBSP = '\u00a0';

/** An instant in Brussels time: "2026-11-26T13:05:00Z" → "26/11/2026 14:05", whatever the reader's time zone. */
export function formatDateTime(iso: string, locale: BelgianLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    // h23, not hour12: false (which some engines read as h24, "24:05" after midnight).
    hourCycle: 'h23',
    timeZone: 'Europe/Brussels',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** 12 345 bytes → "12,1 Ko" (fr) / "12,1 kB": file sizes the way a reader says them. */
export function formatFileSize(bytes: number, locale: BelgianLocale): string {
  const units = locale.startsWith('fr') ? ['o', 'Ko', 'Mo'] : ['B', 'kB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${text}${NBSP}${units[unit]}`;
}
