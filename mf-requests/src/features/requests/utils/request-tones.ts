import type { Tone } from '@customer-corner/ui';
import type { ChangeRequestStatus } from '../../../gql/graphql';

/** Badge colour per status; the word is always there too (WCAG 1.4.1). */
export function requestStatusTone(status: ChangeRequestStatus): Tone {
  switch (status) {
    case 'SUBMITTED':
      return 'info';
    case 'IN_PROGRESS':
      return 'neutral';
    case 'MORE_INFORMATION_NEEDED':
      return 'warning';
    case 'COMPLETED':
      return 'success';
    case 'REJECTED':
      return 'danger';
  }
}

/** "12345" bytes → "12,1 Ko" / "12,1 kB": file sizes the way a reader says them. */
export function formatFileSize(bytes: number, locale: string): string {
  const units = locale.startsWith('fr') ? ['o', 'Ko', 'Mo'] : ['B', 'kB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${text}\u00a0${units[unit]}`;
}

/** An instant in Brussels time: "26/11/2026 14:05". */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Europe/Brussels',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}
