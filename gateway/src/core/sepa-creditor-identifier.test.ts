import { describe, expect, it } from 'vitest';
import { creditorIdentifierOf, isValidCreditorIdentifier } from './sepa-creditor-identifier';

describe('SEPA creditor identifier (issue #12 §1, BT-90)', () => {
  it.each([
    // 0417497106 + BE00 → 04174971061114 00 mod 97 = 11 → 98 − 11 = 87
    ['BE', '0417497106', 'BE87ZZZ0417497106'],
    // the Bundesbank's published sample creditor id
    ['DE', '09999999999', 'DE98ZZZ09999999999'],
  ])('%s %s → %s', (country, nationalId, expected) => {
    expect(creditorIdentifierOf(country, nationalId)).toBe(expected);
    expect(isValidCreditorIdentifier(expected)).toBe(true);
  });

  it.each(['BE88ZZZ0417497106', 'BE87ZZZ0417497107', 'be87zzz0417497106', 'BE87', ''])('refuses %j', (input) => {
    expect(isValidCreditorIdentifier(input)).toBe(false);
  });

  it('ignores the business code in the check', () => {
    expect(isValidCreditorIdentifier('BE87A1B0417497106')).toBe(true);
  });
});
