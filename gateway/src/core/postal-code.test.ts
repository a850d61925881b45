import { describe, expect, it } from 'vitest';
import { isBelgianPostalCode, isPostalCodeForCountry } from './postal-code';

describe('isBelgianPostalCode', () => {
  it.each([
    ['1000', true], // Brussels
    ['9999', true],
    ['2000', true], // Antwerp
    ['0999', false],
    ['999', false],
    ['10000', false],
    ['B-1000', false],
    ['1000 ', false],
    ['10a0', false],
    ['', false],
  ])('%j → %s', (code, expected) => {
    expect(isBelgianPostalCode(code)).toBe(expected);
  });
});

describe('isPostalCodeForCountry', () => {
  it.each([
    ['BE', '1050', true],
    ['be', '1050', true],
    ['BE', '0500', false],
    ['NL', '1234 AB', true],
    ['NL', '1234AB', true],
    ['NL', '1234 ab', true],
    ['NL', '0123 AB', false],
    ['NL', '1234 SS', false], // never issued
    ['NL', '1234', false],
    ['NL', '1234  AB', false],
    ['FR', '75008', true],
    ['FR', '01000', true],
    ['FR', '7500', false],
    ['FR', '750080', false],
    ['LU', '1234', true],
    ['LU', 'L-1234', true],
    ['LU', 'l-1234', true],
    ['LU', '12345', false],
    ['LU', 'L1234', false],
    ['DE', '10115', true],
    ['DE', '1011', false],
    ['DE', 'D-10115', false],
    ['GB', 'SW1A 1AA', true], // no specific rule: non-blank, at most 10 characters
    ['CH', '8001', true],
    ['US', '12345-6789', true],
    ['US', '12345-67890', false], // 11 characters
    ['IT', '', false],
    ['IT', '   ', false],
    ['BEL', '1000', false], // not an ISO alpha-2 code
    ['', '1000', false],
  ])('%s %j → %s', (country, code, expected) => {
    expect(isPostalCodeForCountry(country, code)).toBe(expected);
  });
});
