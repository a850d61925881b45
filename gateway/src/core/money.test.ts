import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { CoreValidationError } from './core-error';
import { centsToDecimalString, parseAmountToCents, percentOfCents, roundHalfUpToCents, sumCents } from './money';

const MAX = Number.MAX_SAFE_INTEGER; // 9 007 199 254 740 991

describe('parseAmountToCents', () => {
  it.each([
    ['1234.56', 123456],
    ['1234,56', 123456],
    ['-12.5', -1250],
    ['0.07', 7],
    ['0', 0],
    ['-0', 0], // never -0
    ['-0.00', 0],
    ['12', 1200],
    ['007.10', 710],
    [' 42.10 ', 4210], // surrounding whitespace from copy/paste
    ['90071992547409.91', MAX],
    ['-90071992547409.91', -MAX],
  ])('%j → %i', (text, expected) => {
    expect(Object.is(parseAmountToCents(text), expected)).toBe(true);
  });

  it.each([
    ['1.234'], // more than 2 decimals
    ['0.001'],
    [''],
    ['   '],
    ['abc'],
    ['12.'],
    ['.5'],
    ['+5'],
    ['--1'],
    ['1e3'],
    ['1.234,56'], // thousands separators are ambiguous: refuse
    ['12 345,67'],
    ['NaN'],
    ['Infinity'],
    ['90071992547409.92'], // one cent beyond MAX_SAFE_INTEGER
    ['99999999999999999999'],
  ])('%j → AMOUNT_INVALID', (text) => {
    expect(() => parseAmountToCents(text)).toThrowError(expect.objectContaining({ code: 'AMOUNT_INVALID' }));
  });
});

describe('centsToDecimalString', () => {
  it.each([
    [123450, '1234.50'],
    [-123450, '-1234.50'],
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [100, '1.00'],
    [-1050, '-10.50'],
    [MAX, '90071992547409.91'],
    [-MAX, '-90071992547409.91'],
  ])('%i → %s', (cents, expected) => {
    expect(centsToDecimalString(cents)).toBe(expected);
  });

  it.each([[1.5], [Number.NaN], [MAX + 1], [Number.POSITIVE_INFINITY]])('%d → AMOUNT_INVALID', (cents) => {
    expect(() => centsToDecimalString(cents)).toThrowError(expect.objectContaining({ code: 'AMOUNT_INVALID' }));
  });
});

describe('percentOfCents', () => {
  it.each([
    [-1050, '21', -221], // credit note: -220.5 rounds away from zero
    [1050, '21', 221], // 220.5
    [10000, '21', 2100],
    [86385, '21', 18141], // 18 140.85
    [1, '50', 1], // 0.5
    [-1, '50', -1], // -0.5
    [-2, '21', 0], // -0.42 → 0, not -0
    [3, '0', 0],
    [1999, '5.5', 110], // 109.945
    [12345, '6', 741], // 740.7
    [100, '100', 100],
    [MAX, '1', 90071992547410], // 90 071 992 547 409.91 — exact thanks to 50-digit decimals
  ])('%i × %s %% → %i', (cents, percent, expected) => {
    expect(Object.is(percentOfCents(cents, percent), expected)).toBe(true);
  });

  it.each([
    [100, '-21', 'PERCENT_INVALID'],
    [100, '21%', 'PERCENT_INVALID'],
    [100, '2,1', 'PERCENT_INVALID'],
    [100, '', 'PERCENT_INVALID'],
    [100, 'abc', 'PERCENT_INVALID'],
    [1.5, '21', 'AMOUNT_INVALID'],
  ])('%d × %j → %s', (cents, percent, code) => {
    expect(() => percentOfCents(cents, percent)).toThrowError(expect.objectContaining({ code }));
  });
});

describe('roundHalfUpToCents', () => {
  it.each([
    ['2.5', 3],
    ['-2.5', -3],
    ['2.4999', 2],
    ['-0.4', 0], // not -0
    ['0.5', 1],
    ['1234.5', 1235],
    ['-220.5', -221],
    ['9007199254740991.4', MAX],
  ])('%s → %i', (value, expected) => {
    expect(Object.is(roundHalfUpToCents(new Decimal(value)), expected)).toBe(true);
  });

  it('refuses results beyond MAX_SAFE_INTEGER', () => {
    expect(() => roundHalfUpToCents(new Decimal('9007199254740992'))).toThrowError(CoreValidationError);
  });
});

describe('sumCents', () => {
  it.each([
    [[], 0],
    [[1, 2, 3], 6],
    [[-1050, 1050], 0],
    [[MAX - 1, 1], MAX],
  ])('%j → %i', (values, expected) => {
    expect(sumCents(values)).toBe(expected);
  });

  it.each([[[MAX, 1]], [[1.5]], [[Number.NaN]]])('%j → AMOUNT_INVALID', (values) => {
    expect(() => sumCents(values)).toThrowError(expect.objectContaining({ code: 'AMOUNT_INVALID' }));
  });
});
