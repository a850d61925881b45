import { describe, expect, it } from 'vitest';
import {
  formatStructuredReference,
  isValidStructuredReference,
  parseStructuredReference,
  structuredReferenceFromBase,
} from './structured-reference';

/*
 * Check digits by hand: check = base mod 97, with 0 → 97.
 *   0000000001:          1 mod 97 =  1 → 01
 *   0000000096:         96 mod 97 = 96 → 96
 *   0000000097:         97 mod 97 =  0 → 97
 *   0000000098:         98 mod 97 =  1 → 01
 *   0000000000:          0 mod 97 =  0 → 97
 *   1234567890: 1234567890 = 97 × 12727504 + 2 → 02
 *   0001234567:    1234567 = 97 × 12727 + 48 → 48
 *   9999999999: 9999999999 = 97 × 103092783 + 48 → 48
 */

describe('structuredReferenceFromBase', () => {
  it.each([
    [1, '+++000/0000/00101+++'],
    ['1', '+++000/0000/00101+++'],
    [96, '+++000/0000/09696+++'],
    [97, '+++000/0000/09797+++'],
    ['0000000097', '+++000/0000/09797+++'],
    [98, '+++000/0000/09801+++'],
    [0, '+++000/0000/00097+++'],
    [1234567890, '+++123/4567/89002+++'],
    ['1234567890', '+++123/4567/89002+++'],
    ['0001234567', '+++000/1234/56748+++'],
    [9999999999, '+++999/9999/99948+++'],
  ])('%j → %s', (base, expected) => {
    expect(structuredReferenceFromBase(base)).toBe(expected);
  });

  it.each([[-1], [1.5], [10_000_000_000], [Number.NaN], ['12345678901'], [''], ['abc'], ['12 34'], ['-5']])(
    '%j → STRUCTURED_REFERENCE_BASE_INVALID',
    (base) => {
      expect(() => structuredReferenceFromBase(base)).toThrowError(expect.objectContaining({ code: 'STRUCTURED_REFERENCE_BASE_INVALID' }));
    },
  );
});

describe('parseStructuredReference', () => {
  it.each([
    ['+++123/4567/89002+++', '123456789002'],
    ['***123/4567/89002***', '123456789002'],
    ['123456789002', '123456789002'],
    [' +++ 123 / 4567 / 89002 +++ ', '123456789002'], // pasted from a statement
    ['+++000/0000/09797+++', '000000009797'],
    ['000000000097', '000000000097'],
    ['+++999/9999/99948+++', '999999999948'],
  ])('%j → %s', (text, expected) => {
    expect(parseStructuredReference(text)).toBe(expected);
    expect(isValidStructuredReference(text)).toBe(true);
  });

  it.each([
    ['+++123/4567/89003+++'], // wrong check
    ['123456789020'], // transposed check
    ['+++000/0000/00000+++'], // check 00 never exists (0 → 97)
    ['+++123/4567/89002***'], // mixed delimiters
    ['++123/4567/89002++'],
    ['+++1234/567/89002+++'], // wrong grouping
    ['+++123456789002+++'],
    ['12345678900'], // 11 digits
    ['1234567890022'], // 13 digits
    ['12345678900a'],
    [''],
  ])('%j → null', (text) => {
    expect(parseStructuredReference(text)).toBeNull();
    expect(isValidStructuredReference(text)).toBe(false);
  });
});

describe('formatStructuredReference', () => {
  it.each([
    ['123456789002', '+++123/4567/89002+++'],
    ['000000000101', '+++000/0000/00101+++'],
    ['999999999948', '+++999/9999/99948+++'],
  ])('%s → %s', (digits, expected) => {
    expect(formatStructuredReference(digits)).toBe(expected);
  });

  it.each([['123456789003'], ['+++123/4567/89002+++'], ['1234'], ['']])('%j → STRUCTURED_REFERENCE_INVALID', (digits) => {
    expect(() => formatStructuredReference(digits)).toThrowError(expect.objectContaining({ code: 'STRUCTURED_REFERENCE_INVALID' }));
  });
});
