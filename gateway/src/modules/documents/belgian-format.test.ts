import { describe, expect, it } from 'vitest';
import { formatDateBe, formatDecimalBe, formatEuro, formatPercentBe, groupIban } from './belgian-format';

describe('Belgian presentation of amounts and dates (X-2)', () => {
  it.each([
    [0, '0,00 €'],
    [5, '0,05 €'],
    [104_526, '1.045,26 €'],
    [123_456_789, '1.234.567,89 €'],
    [-12_100, '-121,00 €'],
  ])('formats %i cents as %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });

  it.each([
    ['1', '1'],
    ['2.5', '2,5'],
    ['1234.5678', '1.234,5678'],
    ['1000000', '1.000.000'],
  ])('formats the decimal %s as %s', (decimal, text) => {
    expect(formatDecimalBe(decimal)).toBe(text);
  });

  it('formats rates, dates and IBANs as printed on Belgian paper', () => {
    expect(formatPercentBe('21')).toBe('21 %');
    expect(formatPercentBe('5.5')).toBe('5,5 %');
    expect(formatDateBe('2026-02-01')).toBe('01/02/2026');
    expect(groupIban('BE21001234567803')).toBe('BE21 0012 3456 7803');
  });
});
