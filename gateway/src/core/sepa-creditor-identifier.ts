/**
 * SEPA creditor identifier (EPC262-08): country, two ISO 7064 mod 97-10 check digits, a three-character
 * business code the check ignores, then the national identifier — in Belgium the enterprise number,
 * e.g. BE87ZZZ0417497106. It names the lessor on every direct-debit collection (issue #12 §1, BT-90).
 */
const SHAPE = /^([A-Z]{2})(\d{2})([A-Z0-9]{3})([A-Z0-9]{1,28})$/;

const digitsOf = (text: string) => [...text].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');

const mod97 = (digits: string) => Number(BigInt(digits) % 97n);

/** Check digits of a national identifier in a country: 98 − (identifier + country + "00") mod 97. */
export function creditorIdentifierCheckDigits(country: string, nationalId: string): string {
  return String(98 - mod97(digitsOf(`${nationalId}${country}00`))).padStart(2, '0');
}

/** The identifier with its check digits, e.g. ('BE', '0417497106') → 'BE87ZZZ0417497106'. */
export function creditorIdentifierOf(country: string, nationalId: string, businessCode = 'ZZZ'): string {
  return `${country}${creditorIdentifierCheckDigits(country, nationalId)}${businessCode}${nationalId}`;
}

export function isValidCreditorIdentifier(input: string): boolean {
  const match = SHAPE.exec(input);
  if (!match) return false;
  const [, country = '', check = '', , nationalId = ''] = match;
  return creditorIdentifierCheckDigits(country, nationalId) === check;
}
