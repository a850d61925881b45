import Decimal from 'decimal.js';
import { CoreValidationError } from './core-error';

/**
 * Money is integer cents held in a JS number that must stay a safe integer. Anything fractional
 * (rates, percentages) goes through decimal.js so no binary float ever touches an amount.
 */

// Optional minus, integer part, then '.' or ',' with one or two decimals (Belgian users type ',').
const AMOUNT_TEXT = /^(-)?(\d+)(?:[.,](\d{1,2}))?$/;
// Non-negative decimal percentage such as '21', '5.5' or '0'.
const PERCENT_TEXT = /^\d+(?:\.\d+)?$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * decimal.js constructor for money maths: 50 significant digits (the default 20 could round a
 * 16-digit cent amount times a long rate) and half-away-from-zero rounding.
 */
export const MoneyDecimal = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

function requireCents(cents: number, field: string): void {
  if (!Number.isSafeInteger(cents)) {
    throw new CoreValidationError('AMOUNT_INVALID', `${field} must be a safe integer number of cents, got ${cents}`, field);
  }
}

/** Parses user/back-office text ('1234.56', '1234,56', '-12.5', '0.07') into integer cents. */
export function parseAmountToCents(text: string): number {
  const m = AMOUNT_TEXT.exec(text.trim());
  if (m === null) throw new CoreValidationError('AMOUNT_INVALID', `Not an amount with at most 2 decimals: '${text}'`, 'amount');
  const [, sign, whole = '', fraction = ''] = m;
  // BigInt keeps the digits exact until we know the value fits in a safe integer.
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (magnitude > MAX_SAFE) throw new CoreValidationError('AMOUNT_INVALID', `Amount out of range: '${text}'`, 'amount');
  const cents = Number(magnitude);
  return sign === '-' && cents !== 0 ? -cents : cents; // never -0
}

/** 123450 → '1234.50', -5 → '-0.05': always two decimals, '.' separator, no grouping. */
export function centsToDecimalString(cents: number): string {
  requireCents(cents, 'cents');
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${cents < 0 ? '-' : ''}${units}.${String(rest).padStart(2, '0')}`;
}

/**
 * Rounds a Decimal amount expressed in cents (possibly fractional) to whole cents, half away from
 * zero (decimal.js ROUND_HALF_UP), so credit notes round symmetrically to invoices.
 */
export function roundHalfUpToCents(value: Decimal): number {
  const rounded = value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (!rounded.isFinite() || rounded.abs().greaterThan(Number.MAX_SAFE_INTEGER)) {
    throw new CoreValidationError('AMOUNT_INVALID', `Amount out of range: ${value.toString()} cents`);
  }
  return rounded.toNumber() + 0; // + 0 turns a rounded -0 into 0
}

/** Parses a non-negative percentage text into a Decimal (throws PERCENT_INVALID). */
export function parsePercent(percent: string, field = 'percent'): Decimal {
  if (!PERCENT_TEXT.test(percent)) {
    throw new CoreValidationError('PERCENT_INVALID', `Not a non-negative decimal percentage: '${percent}'`, field);
  }
  return new MoneyDecimal(percent);
}

/** cents × percent / 100, rounded half away from zero: -1050 × 21 % = -220.5 → -221. */
export function percentOfCents(cents: number, percent: string): number {
  requireCents(cents, 'cents');
  return roundHalfUpToCents(new MoneyDecimal(cents).times(parsePercent(percent)).dividedBy(100));
}

/** Sum that refuses to silently lose precision past Number.MAX_SAFE_INTEGER. */
export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const v of values) {
    requireCents(v, 'values');
    total += v;
    requireCents(total, 'sum');
  }
  return total;
}
