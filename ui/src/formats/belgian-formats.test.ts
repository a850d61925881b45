import { centsToDecimalString, formatDate, formatMoney, formatPercent, localeOf } from './belgian-formats';

// what a Belgian reader expects, exact to the character (U+00A0 between amount and sign).
describe('formatMoney', () => {
  it.each([
    [104526, 'fr-BE', '1.045,26\u00a0€'],
    [104526, 'nl-BE', '1.045,26\u00a0€'],
    // #18 item 7: English readers in Belgium get Belgian separators too, not €7,533.40.
    [104526, 'en-BE', '1.045,26\u00a0€'],
    [753340, 'en-BE', '7.533,40\u00a0€'],
    [-753340, 'en-BE', '-7.533,40\u00a0€'],
    [5, 'fr-BE', '0,05\u00a0€'],
    [0, 'nl-BE', '0,00\u00a0€'],
    [-123456705, 'fr-BE', '-1.234.567,05\u00a0€'],
    [9007199254740991, 'fr-BE', '90.071.992.547.409,91\u00a0€'],
  ] as const)('%i cents in %s is %s', (cents, locale, expected) => {
    expect(formatMoney(cents, locale)).toBe(expected);
  });

  it('refuses a fractional number of cents', () => {
    expect(() => formatMoney(10.5, 'fr-BE')).toThrow(RangeError);
  });
});

describe('centsToDecimalString', () => {
  it.each([
    [104526, '1045.26'],
    [-7, '-0.07'],
    [100, '1.00'],
  ])('%i → %s', (cents, expected) => expect(centsToDecimalString(cents)).toBe(expected));
});

describe('formatDate', () => {
  it.each([
    ['2026-01-15', 'fr-BE', '15/01/2026'],
    ['2026-12-31', 'nl-BE', '31/12/2026'],
    ['2026-03-01', 'en-BE', '01/03/2026'],
    ['2026-03-01T23:30:00Z', 'fr-BE', '01/03/2026'],
  ] as const)('%s in %s is %s', (iso, locale, expected) => expect(formatDate(iso, locale)).toBe(expected));
});

describe('formatPercent', () => {
  it.each([
    ['4.75', 'fr-BE', '4,75\u00a0%'],
    ['21', 'nl-BE', '21\u00a0%'],
    ['4.75', 'en-BE', '4,75\u00a0%'],
    ['5.10', 'en-BE', '5,10\u00a0%'],
    ['1234.5', 'en-BE', '1.234,5\u00a0%'],
  ] as const)('%s in %s is %s', (decimal, locale, expected) => expect(formatPercent(decimal, locale)).toBe(expected));
});

describe('localeOf', () => {
  it.each([
    ['fr', 'fr-BE'],
    ['nl', 'nl-BE'],
    ['en', 'en-BE'],
    [undefined, 'fr-BE'],
    ['de', 'fr-BE'],
  ])('%s → %s', (language, expected) => expect(localeOf(language)).toBe(expected));
});
