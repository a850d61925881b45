import { enterpriseNumberProblem, formatEnterpriseNumber, normalizeEnterpriseNumber } from './enterprise-number';

// The same answers as the gateway's core (gateway/src/core/enterprise-number.test.ts).
describe('normalizeEnterpriseNumber', () => {
  it.each([
    ['0403.170.701', '0403170701'],
    ['BE 0403 170 701', '0403170701'],
    ['be0403170701', '0403170701'],
    ['403170701', '0403170701'],
    ['0417-497-106', '0417497106'],
    ['0403.170.702', null],
    ['2403.170.701', null],
    ['0403.170.70', null],
    ['0403.170.7011', null],
    ['', null],
  ] as const)('%s → %s', (input, expected) => expect(normalizeEnterpriseNumber(input)).toBe(expected));

  it('formats the KBO/BCE way', () => expect(formatEnterpriseNumber('0403170701')).toBe('0403.170.701'));
});

describe('enterpriseNumberProblem, the live check of a field', () => {
  it.each([
    ['', false, null],
    ['', true, null],
    ['0403.17', false, null],
    ['0403.17', true, 'ENTERPRISE_NUMBER_INVALID'],
    ['0403.170.702', false, 'ENTERPRISE_NUMBER_INVALID'],
    ['0403.170.701', false, null],
    ['403170701', true, null],
  ] as const)('%j (complete: %s) → %s', (input, complete, expected) => expect(enterpriseNumberProblem(input, { complete })).toBe(expected));
});
