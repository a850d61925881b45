import { describe, expect, it } from 'vitest';
import { bicCountryMatchesIban, formatIban, maskIban, validateBic, validateIban } from './bank-account';

describe('validateIban: valid', () => {
  it.each([
    ['BE71096123456769', 'BE71096123456769'],
    ['BE71 0961 2345 6769', 'BE71096123456769'],
    ['be71 0961 2345 6769', 'BE71096123456769'],
    ['  BE68 5390 0754 7034 ', 'BE68539007547034'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['nl02 abna 0123 4567 89', 'NL02ABNA0123456789'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606'],
    ['FR7630006000011234567890189', 'FR7630006000011234567890189'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['DE75512108001245126199', 'DE75512108001245126199'],
    ['LU28 0019 4006 4475 0000', 'LU280019400644750000'],
    ['LU120010001234567891', 'LU120010001234567891'],
  ])('%j → %s', (input, iban) => {
    expect(validateIban(input)).toEqual({ ok: true, iban });
  });
});

describe('validateIban: invalid', () => {
  it.each([
    ['', 'IBAN_FORMAT'],
    ['   ', 'IBAN_FORMAT'],
    ['BE71-0961-2345-6769', 'IBAN_FORMAT'], // only spaces are tolerated
    ['BE71 0961 2345 676!', 'IBAN_FORMAT'],
    ['BEXX096123456769', 'IBAN_FORMAT'], // check digits must be digits
    ['0961234567', 'IBAN_FORMAT'], // national account number, no IBAN
    ['NL91AB1A0417164300', 'IBAN_FORMAT'], // NL bank code must be 4 letters
    ['DE89370400440532013OOO', 'IBAN_FORMAT'], // DE BBAN is numeric
    ['XX71096123456769', 'IBAN_COUNTRY'],
    ['US64SVBKUS6S3300958879', 'IBAN_COUNTRY'], // US has no IBAN
    ['BE7109612345676', 'IBAN_LENGTH'], // BE = 16
    ['NL91ABNA04171643001', 'IBAN_LENGTH'], // NL = 18
    ['FR1420041010050500013M0260', 'IBAN_LENGTH'], // FR = 27
    ['DE8937040044053201300', 'IBAN_LENGTH'], // DE = 22
    ['LU27001940064475000', 'IBAN_LENGTH'], // LU = 20
    ['BE72096123456769', 'IBAN_CHECKSUM'], // ISO 7064 check digits
    ['BE98096123456768', 'IBAN_CHECKSUM'], // IBAN check right, Belgian mod-97 wrong (0961234567 mod 97 = 69)
    ['NL91ABNA0417164301', 'IBAN_CHECKSUM'],
    ['FR8420041010050500013M02607', 'IBAN_CHECKSUM'], // IBAN check right, French RIB key wrong
    ['DE88370400440532013000', 'IBAN_CHECKSUM'],
    ['LU280019400644750001', 'IBAN_CHECKSUM'],
  ])('%j → %s', (input, code) => {
    expect(validateIban(input)).toEqual({ ok: false, code });
  });
});

describe('formatIban / maskIban', () => {
  it.each([
    ['BE71096123456769', 'BE71 0961 2345 6769', 'BE•• •••• •••• 6769'],
    ['be71 0961 2345 6769', 'BE71 0961 2345 6769', 'BE•• •••• •••• 6769'],
    ['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00', 'NL•• •••• •••• ••43 00'],
    ['FR1420041010050500013M02606', 'FR14 2004 1010 0505 0001 3M02 606', 'FR•• •••• •••• •••• •••• •••2 606'],
    ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'DE•• •••• •••• •••• ••30 00'],
    ['LU280019400644750000', 'LU28 0019 4006 4475 0000', 'LU•• •••• •••• •••• 0000'],
  ])('%s → %s / %s', (iban, formatted, masked) => {
    expect(formatIban(iban)).toBe(formatted);
    expect(maskIban(iban)).toBe(masked);
  });

  it.each([
    ['BE72096123456769', 'IBAN_CHECKSUM'],
    ['XX71096123456769', 'IBAN_COUNTRY'],
    ['hello', 'IBAN_FORMAT'],
  ])('%s → throws %s', (iban, code) => {
    expect(() => formatIban(iban)).toThrowError(expect.objectContaining({ code, field: 'iban' }));
    expect(() => maskIban(iban)).toThrowError(expect.objectContaining({ code, field: 'iban' }));
  });
});

describe('validateBic', () => {
  it.each([
    ['GEBABEBB', true],
    ['GKCCBEBB', true],
    ['KREDBEBB', true],
    ['ABNANL2A', true],
    ['BNPAFRPP', true],
    ['DEUTDEFF', true],
    ['BCEELULL', true],
    ['GEBABEBB36A', true], // 11 characters with branch code
    ['gebabebb', true], // lower case tolerated
    ['GEBA BE BB', true], // spaces tolerated
    ['GEBABEB', false], // 7
    ['GEBABEBB1', false], // 9
    ['GEBABEBB36AX', false], // 12
    ['GEBAXXBB', false], // unknown country
    ['1EBABEBB', false], // bank code must be letters
    ['', false],
  ])('%j → %s', (bic, expected) => {
    expect(validateBic(bic)).toBe(expected);
  });
});

describe('bicCountryMatchesIban', () => {
  it.each([
    ['GEBABEBB', 'BE71096123456769', true],
    ['ABNANL2A', 'NL91ABNA0417164300', true],
    ['bnpafrpp', 'fr14 2004 1010 0505 0001 3M02 606', true],
    ['DEUTDEFF500', 'DE89370400440532013000', true],
    ['BCEELULL', 'LU280019400644750000', true],
    ['BNPAFRPP', 'BE71096123456769', false],
    ['GEBABEBB', 'LU280019400644750000', false],
    ['GEBABEBB', 'BE72096123456769', false], // invalid IBAN
    ['GEBABE', 'BE71096123456769', false], // invalid BIC
  ])('%s / %s → %s', (bic, iban, expected) => {
    expect(bicCountryMatchesIban(bic, iban)).toBe(expected);
  });
});
