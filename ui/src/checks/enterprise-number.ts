// The Belgian enterprise number check the gateway makes (gateway/src/core/enterprise-number.ts), for every
// form of the shell and the tabs that asks for one, so the form answers before a round trip (REQ-1, ACC-8).
// The gateway stays the judge: it checks again on submit.

/** Belgian enterprise number: 10 digits (or 9, pre-2005), first 0 or 1, last two = 97 − (first eight mod 97). */
export function normalizeEnterpriseNumber(input: string): string | null {
  let digits = input.replace(/[\s.-]/g, '').toUpperCase();
  if (digits.startsWith('BE')) digits = digits.slice(2);
  if (!/^\d{9,10}$/.test(digits)) return null;
  if (digits.length === 9) digits = `0${digits}`;
  if (digits[0] !== '0' && digits[0] !== '1') return null;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8)) ? digits : null;
}

/** '0403170701' → '0403.170.701'. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/**
 * The live check of a form field: nothing while the number is being typed (fewer than 10 digits and
 * the field still focused), the gateway's field code once it is complete or left.
 */
export function enterpriseNumberProblem(input: string, { complete }: { complete: boolean }): 'ENTERPRISE_NUMBER_INVALID' | null {
  const digitCount = input.replace(/\D/g, '').length;
  if (!input.trim()) return null;
  if (!complete && digitCount < 10) return null;
  return normalizeEnterpriseNumber(input) ? null : 'ENTERPRISE_NUMBER_INVALID';
}
