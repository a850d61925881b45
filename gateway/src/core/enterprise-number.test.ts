import { describe, expect, it } from 'vitest';
import {
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
  vatNumberFromEnterpriseNumber,
} from './enterprise-number';

/*
 * Check digits verified by hand: check = 97 − (first 8 digits mod 97)
 *   0403.170.701: 04031707 mod 97 = 96 → 97 − 96 = 01 ✓
 *   0202.239.951: 02022399 mod 97 = 46 → 97 − 46 = 51 ✓
 *   0417.497.106: 04174971 mod 97 = 91 → 97 − 91 = 06 ✓
 *   0404.616.494: 04046164 mod 97 =  3 → 97 −  3 = 94 ✓
 *   0878.065.378: 08780653 mod 97 = 19 → 97 − 19 = 78 ✓
 *   1000.000.021: 10000000 mod 97 = 76 → 97 − 76 = 21 ✓ (first digit 1: the newer range)
 */

describe('normalizeEnterpriseNumber', () => {
  it.each([
    ['0403.170.701', '0403170701'],
    ['0403 170 701', '0403170701'],
    ['0403170701', '0403170701'],
    ['BE0403170701', '0403170701'],
    ['be 0403.170.701', '0403170701'],
    ['BE 0403 170 701', '0403170701'],
    ['403170701', '0403170701'], // old 9-digit form
    ['403.170.701', '0403170701'],
    ['0202.239.951', '0202239951'],
    ['0417.497.106', '0417497106'],
    ['0404.616.494', '0404616494'],
    ['0878-065-378', '0878065378'],
    ['1000.000.021', '1000000021'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeEnterpriseNumber(input)).toBe(expected);
    expect(isValidEnterpriseNumber(input)).toBe(true);
  });

  it.each([
    ['0403.170.702'], // wrong check digits
    ['0403.170.710'], // transposed check digits
    ['0202.239.915'],
    ['04031707011'], // 11 digits
    ['040317070'], // 9 digits → 0040317070: 00403170 mod 97 = 38, check should be 59
    ['0403.17O.701'], // letter O instead of zero
    ['BE0403I70701'],
    ['NL0403170701'], // other country prefix
    ['2000.000.042'], // 20000000 mod 97 = 55 → check 42 matches, but first digit 2 is refused
    ['9000.000.092'], // 90000000 mod 97 = 5 → check 92 matches, but first digit 9 is refused
    [''],
    ['BE'],
    ['0403/170/701'],
  ])('%j → null', (input) => {
    expect(normalizeEnterpriseNumber(input)).toBeNull();
    expect(isValidEnterpriseNumber(input)).toBe(false);
  });
});

describe('formatEnterpriseNumber / vatNumberFromEnterpriseNumber', () => {
  it.each([
    ['0403170701', '0403.170.701', 'BE0403170701'],
    ['be 0403.170.701', '0403.170.701', 'BE0403170701'],
    ['202239951', '0202.239.951', 'BE0202239951'],
    ['0417 497 106', '0417.497.106', 'BE0417497106'],
  ])('%j → %s / %s', (input, formatted, vat) => {
    expect(formatEnterpriseNumber(input)).toBe(formatted);
    expect(vatNumberFromEnterpriseNumber(input)).toBe(vat);
  });

  it.each([['0403170702'], ['abc'], ['']])('%j → ENTERPRISE_NUMBER_INVALID', (input) => {
    expect(() => formatEnterpriseNumber(input)).toThrowError(expect.objectContaining({ code: 'ENTERPRISE_NUMBER_INVALID' }));
    expect(() => vatNumberFromEnterpriseNumber(input)).toThrowError(expect.objectContaining({ code: 'ENTERPRISE_NUMBER_INVALID' }));
  });
});
