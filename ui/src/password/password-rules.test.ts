import { brokenLocalRules, evaluatePasswordRules, isPasswordRule } from './password-rules';

// ACC-4, checked locally while typing; same definitions as the gateway's password policy.
describe('brokenLocalRules', () => {
  it.each([
    ['', ['MIN_LENGTH', 'UPPERCASE', 'TWO_DIGITS', 'PUNCTUATION']],
    ['short', ['MIN_LENGTH', 'UPPERCASE', 'TWO_DIGITS', 'PUNCTUATION']],
    ['Password12!', ['MIN_LENGTH']], // 11 characters
    ['Tramway-Lune-42', []],
    ['tramway-lune-42', ['UPPERCASE']],
    ['Tramway-Lune-4', ['TWO_DIGITS']],
    ['TramwayLune4242', ['PUNCTUATION']],
    ['Tramway Lune 42€', []], // € is a symbol: counts as punctuation
    ['Élan-vital-2024', []], // É is an uppercase letter
    ['ééééééééé12A!', []], // 13 code points whether composed or not
    ['e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301' + '12A!', []], // decomposed é: NFC makes it 13
    ['Ab1!' + '٣'.repeat(10), []], // Arabic-Indic digits are digits
    ['A1!' + 'x'.repeat(126), ['MAX_LENGTH', 'TWO_DIGITS']],
    ['A12!' + 'x'.repeat(124), []], // exactly 128
  ])('%j breaks %j', (password, expected) => {
    expect(brokenLocalRules(password)).toEqual(expected);
  });
});

describe('evaluatePasswordRules', () => {
  it('marks server rules unknown until the server answered', () => {
    expect(evaluatePasswordRules('Tramway-Lune-42', null).map((r) => `${r.rule}:${r.state}`)).toEqual([
      'MIN_LENGTH:met',
      'MAX_LENGTH:met',
      'UPPERCASE:met',
      'TWO_DIGITS:met',
      'PUNCTUATION:met',
      'COMMON_PASSWORD:unknown',
      'CONTAINS_LOGIN_ID:unknown',
      'CONTAINS_NAME:unknown',
      'CONTAINS_COMPANY_NAME:unknown',
    ]);
  });

  it('uses the server answer for the rules it alone can check', () => {
    const states = evaluatePasswordRules('Password-2024!', ['COMMON_PASSWORD']);
    expect(states.filter((r) => r.state === 'unmet').map((r) => r.rule)).toEqual(['COMMON_PASSWORD']);
  });
});

describe('isPasswordRule', () => {
  it.each([
    ['MIN_LENGTH', true],
    ['CONTAINS_COMPANY_NAME', true],
    ['PASSWORD_INCORRECT', false],
    ['min_length', false],
    ['', false],
  ])('%j → %j', (code, expected) => {
    expect(isPasswordRule(code)).toBe(expected);
  });
});
