import { centsToDecimalString } from '../../core/money';

/**
 * Belgian presentation of amounts, numbers and dates on printed documents (X-2): 1.234,56 €,
 * 2,5, 21 %, 26/11/2026 — the same in French, Dutch and English, as Belgian customers read them.
 * Machine formats (CSV, UBL) keep the dot decimal of centsToDecimalString instead.
 */

/** '1234.5' → '1.234,5' (thousands grouped by dots, decimal comma). */
export function formatDecimalBe(decimal: string): string {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return decimal;
  const [, sign = '', whole = '', fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** 123456 → '1.234,56 €'; -12100 → '-121,00 €'. */
export function formatEuro(cents: number): string {
  return `${formatDecimalBe(centsToDecimalString(cents))} €`;
}

/** '21' → '21 %', '5.5' → '5,5 %'. */
export function formatPercentBe(percent: string): string {
  return `${formatDecimalBe(percent)} %`;
}

/** '2026-11-20' → '20/11/2026'. */
export function formatDateBe(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/** 'BE21001234567803' → 'BE21 0012 3456 7803' (paper form). */
export function groupIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
