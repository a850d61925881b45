// Belgian formats. Money is integer cents end to end; it is never turned into a float: the
// decimal string is built from the integer and handed to Intl, which formats strings exactly.

import type { BelgianLocale } from './portal-language';

export { localeOf, portalLanguages, toPortalLanguage, type BelgianLocale, type PortalLanguage } from './portal-language';

const NBSP = '\u00a0';

/** "104526" cents → "1045.26": exact decimal string, safe for any integer within Number.MAX_SAFE_INTEGER. */
export function centsToDecimalString(cents: number): `${number}` {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const negative = cents < 0;
  const absolute = Math.abs(cents);
  const units = Math.trunc(absolute / 100);
  const rest = absolute % 100;
  return `${negative ? '-' : ''}${units}.${String(rest).padStart(2, '0')}` as `${number}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: BelgianLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A decimal string with Belgian separators in every language, English included (#18 item 7): dot for
 * thousands and comma for decimals. Built from Intl's parts so digits and signs stay Intl's, with the
 * separators fixed (ICU's own fr-BE grouping is a narrow space, which Belgian documents do not use).
 */
function formatDecimal(decimal: `${number}`, locale: BelgianLocale, fractionDigits: number): string {
  return numberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })
    .formatToParts(decimal)
    .map((part) => {
      if (part.type === 'group') return '.';
      if (part.type === 'decimal') return ',';
      if (part.type === 'minusSign') return '-';
      return part.value;
    })
    .join('');
}

/** 104 526 cents → "1.045,26 €" in fr-BE, nl-BE and en-BE alike (SPEC X-2: Belgian formats in every language). */
export function formatMoney(cents: number, locale: BelgianLocale): string {
  const text = formatDecimal(centsToDecimalString(cents), locale, 2);
  return `${text}${NBSP}€`;
}

/** A calendar date "2026-01-15" (or an ISO date-time) → "15/01/2026"; dates are read as UTC so no time zone shifts them. */
export function formatDate(iso: string, locale: BelgianLocale): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "4.75" (a decimal string from the API) → "4,75 %" in every language (SPEC X-2); never through a float sum. */
export function formatPercent(decimal: string, locale: BelgianLocale): string {
  if (!/^-?\d+(\.\d+)?$/.test(decimal)) return decimal;
  const [, fraction = ''] = decimal.split('.');
  const digits = Math.max(0, Math.min(fraction.length, 4));
  const text = formatDecimal(decimal as `${number}`, locale, digits);
  return `${text}${NBSP}%`;
}
