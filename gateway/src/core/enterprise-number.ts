import { CoreValidationError } from './core-error';

/**
 * Belgian enterprise number (KBO/BCE, also the VAT number body): 10 digits, first digit 0 or 1,
 * last two digits = 97 − (first eight digits mod 97).
 */

// Separators people actually type: spaces, dots, dashes. The 'BE' prefix is the VAT form.
const SEPARATORS = /[\s.-]/g;

/** Returns the 10-digit form, or null when the text is not a valid enterprise number. */
export function normalizeEnterpriseNumber(input: string): string | null {
  let s = input.replace(SEPARATORS, '').toUpperCase();
  if (s.startsWith('BE')) s = s.slice(2);
  if (!/^\d{9,10}$/.test(s)) return null;
  if (s.length === 9) s = `0${s}`; // pre-2005 9-digit numbers got a leading 0
  if (s[0] !== '0' && s[0] !== '1') return null;
  const body = Number(s.slice(0, 8));
  const check = Number(s.slice(8));
  return 97 - (body % 97) === check ? s : null;
}

export function isValidEnterpriseNumber(input: string): boolean {
  return normalizeEnterpriseNumber(input) !== null;
}

function requireValid(input: string): string {
  const n = normalizeEnterpriseNumber(input);
  if (n === null) {
    throw new CoreValidationError('ENTERPRISE_NUMBER_INVALID', `Not a valid Belgian enterprise number: '${input}'`, 'enterpriseNumber');
  }
  return n;
}

/** '0403170701' → '0403.170.701' (official KBO notation). Throws ENTERPRISE_NUMBER_INVALID. */
export function formatEnterpriseNumber(input: string): string {
  const n = requireValid(input);
  return `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`;
}

/** '0403.170.701' → 'BE0403170701'. Throws ENTERPRISE_NUMBER_INVALID. */
export function vatNumberFromEnterpriseNumber(input: string): string {
  return `BE${requireValid(input)}`;
}
