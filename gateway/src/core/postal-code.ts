/** Postal code syntax checks for customer and delivery addresses (no existence lookup). */

const BE = /^[1-9]\d{3}$/;
// Dutch postcodes: 4 digits (no leading 0), optional space, 2 letters; SA, SD and SS are never issued.
const NL = /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/;
const FIVE_DIGITS = /^\d{5}$/;
const LU = /^(?:L-)?\d{4}$/;
const MAX_OTHER_LENGTH = 10;

/** 4 digits, 1000–9999. */
export function isBelgianPostalCode(s: string): boolean {
  return BE.test(s);
}

/**
 * Checks `code` against the format of ISO 3166 alpha-2 `country` (case-insensitive).
 * Countries without a specific rule only need a non-blank code of at most 10 characters.
 */
export function isPostalCodeForCountry(country: string, code: string): boolean {
  const c = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return false;
  switch (c) {
    case 'BE':
      return isBelgianPostalCode(code);
    case 'NL':
      return NL.test(code.toUpperCase());
    case 'FR':
    case 'DE':
      return FIVE_DIGITS.test(code);
    case 'LU':
      return LU.test(code.toUpperCase());
    default: {
      const trimmed = code.trim();
      return trimmed.length > 0 && code.length <= MAX_OTHER_LENGTH;
    }
  }
}
