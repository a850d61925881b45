import {
  formatEnterpriseNumber,
  ibanProblem,
  isPostalCodeForCountry,
  isValidBic,
  bicMatchesIbanCountry,
  normalizeEnterpriseNumber,
} from './change-validators';

// REQ-1: the same answers as the gateway's core (gateway/src/core/*.test.ts), checked on the same kinds of input.
describe('ibanProblem', () => {
  it.each([
    ['BE71 0961 2345 6769', null],
    ['be71096123456769', null],
    ['BE68 5390 0754 7034', null],
    ['NL91ABNA0417164300', null],
    ['FR14 2004 1010 0505 0001 3M02 606', null],
    ['DE89 3704 0044 0532 0130 00', null],
    ['GB29 NWBK 6016 1331 9268 19', null],
    ['LU28 0019 4006 4475 0000', null],
    ['BE71 0961 2345 6768', 'IBAN_CHECKSUM'],
    ['BE72 0961 2345 6769', 'IBAN_CHECKSUM'],
    ['BE71 0961 2345 676', 'IBAN_LENGTH'],
    ['NL91ABNA04171643001', 'IBAN_LENGTH'],
    ['XX71 0961 2345 6769', 'IBAN_COUNTRY'],
    ['71 0961 2345 6769', 'IBAN_FORMAT'],
    ['BE7X 0961 2345 6769', 'IBAN_FORMAT'],
    ['', 'IBAN_FORMAT'],
  ] as const)('%s → %s', (iban, expected) => expect(ibanProblem(iban)).toBe(expected));
});

describe('BIC', () => {
  it.each([
    ['GEBABEBB', true],
    ['gebabebb', true],
    ['GKCCBEBB', true],
    ['DEUTDEFF500', true],
    ['GEBABEB', false],
    ['GEBABEBB5', false],
    ['GEB1BEBB', false],
    ['', false],
  ] as const)('%s valid: %s', (bic, expected) => expect(isValidBic(bic)).toBe(expected));

  it('compares the BIC country with the IBAN country', () => {
    expect(bicMatchesIbanCountry('GEBABEBB', 'BE71 0961 2345 6769')).toBe(true);
    expect(bicMatchesIbanCountry('ABNANL2A', 'BE71 0961 2345 6769')).toBe(false);
  });
});

describe('Belgian enterprise number', () => {
  it.each([
    ['0403.170.701', '0403170701'],
    ['BE 0403 170 701', '0403170701'],
    ['403170701', '0403170701'],
    ['0403-170-701', '0403170701'],
    ['0403.170.702', null],
    ['2403.170.701', null],
    ['04031707', null],
    ['', null],
  ] as const)('%s → %s', (input, expected) => expect(normalizeEnterpriseNumber(input)).toBe(expected));

  it('formats the KBO/BCE way', () => expect(formatEnterpriseNumber('0403170701')).toBe('0403.170.701'));
});

describe('postal code', () => {
  it.each([
    ['BE', '1000', true],
    ['BE', '9999', true],
    ['BE', '0999', false],
    ['BE', '10000', false],
    ['BE', '4OOO', false],
    ['NL', '1012 AB', true],
    ['NL', '1012 SA', false],
    ['FR', '75001', true],
    ['LU', 'L-1234', true],
    ['ES', '28013', true],
    ['B', '1000', false],
  ] as const)('%s %s → %s', (country, code, expected) => expect(isPostalCodeForCountry(country, code)).toBe(expected));
});
