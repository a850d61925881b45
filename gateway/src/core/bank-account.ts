import { ValidationErrorsIBAN, isValidBIC, validateIBAN as ibantoolsValidateIban } from 'ibantools';
import { CoreValidationError } from './core-error';

/** IBAN and BIC checks for customer bank accounts (SEPA direct debit mandates, refunds). */

export type IbanErrorCode = 'IBAN_FORMAT' | 'IBAN_COUNTRY' | 'IBAN_LENGTH' | 'IBAN_CHECKSUM';
export type IbanValidation = { ok: true; iban: string } | { ok: false; code: IbanErrorCode };

// Country, two check digits, then the alphanumeric BBAN (IBANs are at most 34 characters).
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/;

function electronic(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/**
 * Validates an IBAN typed with spaces and/or lower case and returns its electronic form.
 * The first failing check wins, in this order: shape, country, length, BBAN format, checksums
 * (the ISO 7064 IBAN check and national ones, e.g. the Belgian mod-97 and the French RIB key).
 */
export function validateIban(input: string): IbanValidation {
  const iban = electronic(input);
  if (!IBAN_SHAPE.test(iban)) return { ok: false, code: 'IBAN_FORMAT' };
  const { errorCodes } = ibantoolsValidateIban(iban);
  if (errorCodes.length === 0) return { ok: true, iban };
  const has = (e: ValidationErrorsIBAN): boolean => errorCodes.includes(e);
  if (has(ValidationErrorsIBAN.NoIBANCountry)) return { ok: false, code: 'IBAN_COUNTRY' };
  if (has(ValidationErrorsIBAN.WrongBBANLength)) return { ok: false, code: 'IBAN_LENGTH' };
  if (has(ValidationErrorsIBAN.WrongBBANFormat) || has(ValidationErrorsIBAN.ChecksumNotNumber)) {
    return { ok: false, code: 'IBAN_FORMAT' };
  }
  return { ok: false, code: 'IBAN_CHECKSUM' };
}

function requireIban(input: string): string {
  const result = validateIban(input);
  if (!result.ok) throw new CoreValidationError(result.code, `Invalid IBAN (${result.code})`, 'iban');
  return result.iban;
}

function groupByFour(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

/** 'be71096123456769' → 'BE71 0961 2345 6769'. Throws the IBAN_* code for an invalid IBAN. */
export function formatIban(iban: string): string {
  return groupByFour(requireIban(iban));
}

/**
 * 'BE71096123456769' → 'BE•• •••• •••• 6769': country code and the last 4 characters stay
 * visible (enough for a customer to recognise the account), paper grouping is kept.
 */
export function maskIban(iban: string): string {
  const e = requireIban(iban);
  const masked = e.slice(0, 2) + '•'.repeat(e.length - 6) + e.slice(-4);
  return groupByFour(masked);
}

/** BIC of 8 or 11 characters with a known country (ibantools); spaces and lower case tolerated. */
export function validateBic(input: string): boolean {
  return isValidBIC(electronic(input));
}

/** True when both are valid and the BIC country (characters 5–6) equals the IBAN country. */
export function bicCountryMatchesIban(bic: string, iban: string): boolean {
  const b = electronic(bic);
  const result = validateIban(iban);
  return isValidBIC(b) && result.ok && b.slice(4, 6) === result.iban.slice(0, 2);
}
