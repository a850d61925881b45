import { brokenLocalRules, brokenPersonalRules, evaluatePasswordRules, isPasswordRule } from './password-rules';

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

// #18 item 20 (ACC-4): once step 1 of the activation named the person and the company, these two
// rules are checked while typing, the same way as the gateway.
describe('brokenPersonalRules', () => {
  const claire = { personName: 'Claire Lambert', companyName: 'Atelier Lambert' };
  it.each([
    ['Tramway-Lune-42', claire, []],
    ['Claire-Vacances-2026', claire, ['CONTAINS_NAME']],
    ['CLAIRE#2026#soleil', claire, ['CONTAINS_NAME']], // case folded
    ['Atelier#Vélo#99', claire, ['CONTAINS_COMPANY_NAME']],
    ['Atelier#Lambert#99', claire, ['CONTAINS_NAME', 'CONTAINS_COMPANY_NAME']],
    ['Émilie-Tram-2026', { personName: 'Emilie Dubois-Laurent' }, ['CONTAINS_NAME']], // accents folded
    ['Tram-Laurent-2026', { personName: 'Émilie Dubois-Laurent' }, ['CONTAINS_NAME']], // a part of a double name
    ['Tram-Li-Yu-2026!', { personName: 'Li Yu' }, []], // parts under 3 letters are not searched
    ['Mon-Srl-Tram-2026', { companyName: 'Bakkerij SRL' }, []], // the legal form is not the name
    ['Bakkerij-Tram-2026', { companyName: 'Bakkerij Peeters BV' }, ['CONTAINS_COMPANY_NAME']],
    ['Tram-Noir-2026!', {}, []],
  ])('%j with %j breaks %j', (password, personal, expected) => {
    expect(brokenPersonalRules(password, personal)).toEqual(expected);
  });

  it('makes the name and company rules live in evaluatePasswordRules, before the server answered', () => {
    const states = evaluatePasswordRules('Atelier#Vacances#99', null, { personName: 'Claire Lambert', companyName: 'Atelier Lambert' });
    expect(states.map((r) => `${r.rule}:${r.state}`).slice(5)).toEqual([
      'COMMON_PASSWORD:unknown',
      'CONTAINS_LOGIN_ID:unknown',
      'CONTAINS_NAME:met',
      'CONTAINS_COMPANY_NAME:unmet',
    ]);
  });
});
