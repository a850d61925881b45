import { CoreValidationError } from './core-error';

/**
 * Belgian structured communication (OGM/VCS): 10 base digits + 2 check digits, where
 * check = base mod 97, and 0 becomes 97. Displayed as '+++123/4567/89002+++'.
 */

const BASE_DIGITS = /^\d{1,10}$/;
const MAX_BASE = 9_999_999_999;
// '+++ddd/dddd/ddddd+++' or the '***' variant some banks print; same delimiter on both sides.
const DELIMITED = /^(\+{3}|\*{3})(\d{3})\/(\d{4})\/(\d{5})\1$/;

function checkDigits(base10: string): string {
  const rest = Number(base10) % 97; // at most 10 digits: exact in a double
  return String(rest === 0 ? 97 : rest).padStart(2, '0');
}

function hasValidCheck(digits12: string): boolean {
  return /^\d{12}$/.test(digits12) && checkDigits(digits12.slice(0, 10)) === digits12.slice(10);
}

/** Builds '+++ddd/dddd/ddddd+++' from a base of up to 10 digits (left-padded with zeros). */
export function structuredReferenceFromBase(base: number | string): string {
  const text = typeof base === 'number' ? (Number.isSafeInteger(base) && base >= 0 && base <= MAX_BASE ? String(base) : '') : base;
  if (!BASE_DIGITS.test(text)) {
    throw new CoreValidationError('STRUCTURED_REFERENCE_BASE_INVALID', `Base must be 1 to 10 digits, got '${String(base)}'`, 'base');
  }
  const base10 = text.padStart(10, '0');
  return formatStructuredReference(base10 + checkDigits(base10));
}

/**
 * Accepts '+++123/4567/89002+++', '***123/4567/89002***' or 12 bare digits (whitespace ignored,
 * as it is often pasted from bank statements). Returns the 12 digits, or null when malformed or
 * the check digits do not match.
 */
export function parseStructuredReference(text: string): string | null {
  const s = text.replace(/\s/g, '');
  const m = DELIMITED.exec(s);
  const digits = m === null ? s : `${m[2] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`;
  return hasValidCheck(digits) ? digits : null;
}

export function isValidStructuredReference(text: string): boolean {
  return parseStructuredReference(text) !== null;
}

/** '123456789002' → '+++123/4567/89002+++'. Throws STRUCTURED_REFERENCE_INVALID for anything else. */
export function formatStructuredReference(digits12: string): string {
  if (!hasValidCheck(digits12)) {
    throw new CoreValidationError('STRUCTURED_REFERENCE_INVALID', `Not a valid 12-digit structured reference: '${digits12}'`, 'reference');
  }
  return `+++${digits12.slice(0, 3)}/${digits12.slice(3, 7)}/${digits12.slice(7)}+++`;
}
