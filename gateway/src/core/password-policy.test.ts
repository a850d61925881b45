import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems, type PasswordContext, type PasswordRule } from './password-policy';

const NONE: PasswordContext = {};
const CTX: PasswordContext = { loginId: '123456789', personName: 'Émilie Dubois-Laurent', companyName: 'Brasserie Dupont SRL' };
const STRONG = 'Kx9#mP2$vL7q'; // 12 code points, letters skeleton 'kxmpvlq' is no common password
// 64 code points (66 UTF-16 units: two emoji), composed characters; uppercase Ж Ω Ξ М Ζ K, digits 4 2 7.
const MULTISCRIPT_64 = 'Жёлтый-Ωμέγα 🦊 Ξενοδοχείο 42 λύκος 🌍 Медведь & Ζέφυρος! Kaïros 7';

const cp = (s: string): number => [...s.normalize('NFC')].length;

describe('passwordProblems', () => {
  it('fixture lengths', () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([12, 128]);
    expect([cp(STRONG), cp(MULTISCRIPT_64), MULTISCRIPT_64.length]).toEqual([12, 64, 66]);
    expect(cp(`${STRONG}${'🦊'.repeat(117)}`)).toBe(129);
    expect(cp('Kx9#me\u0301P2$vL7')).toBe(12); // 13 code points before NFC
  });

  it.each<[string, string, PasswordContext, PasswordRule[]]>([
    // Length, in code points after NFC.
    ['random, exactly 12 code points', STRONG, NONE, []],
    ['random, exactly 12 code points, full context', STRONG, CTX, []],
    ['11 code points', 'Kx9#mP2$vL7', NONE, ['MIN_LENGTH']],
    ['12 after NFC (decomposed é = 2 code points typed)', 'Kx9#me\u0301P2$vL7', NONE, []],
    ['11 after NFC although 12 code points typed', 'Kx9#me\u0301P2$vL', NONE, ['MIN_LENGTH']],
    ['11 code points with an emoji (12 UTF-16 units)', 'Kx9#mP2$vL🦊', NONE, ['MIN_LENGTH']],
    ['12 code points with an emoji', 'Kx9#mP2$vL🦊q', NONE, []],
    ['128 code points', `${STRONG}${'🦊'.repeat(116)}`, NONE, []],
    ['129 code points (emoji)', `${STRONG}${'🦊'.repeat(117)}`, NONE, ['MAX_LENGTH']],
    ['129 code points (ASCII)', `${STRONG}${'z'.repeat(117)}`, NONE, ['MAX_LENGTH']],
    ['64 code points of Cyrillic, Greek and emoji', MULTISCRIPT_64, CTX, []],
    ['empty', '', NONE, ['MIN_LENGTH', 'UPPERCASE', 'TWO_DIGITS', 'PUNCTUATION']],
    // Character classes.
    ['no uppercase letter', 'kx9#mp2$vl7q', NONE, ['UPPERCASE']],
    ['Greek capital is uppercase', 'Ωx9#mp2$vl7q', NONE, []],
    ['Cyrillic capital is uppercase', 'Жx9#mp2$vl7q', NONE, []],
    ['a single digit', 'Kxy#mP2$vL!q', NONE, ['TWO_DIGITS']],
    ['Arabic-Indic digits are digits', 'Kx٩#mP٢$vL!q', NONE, []],
    ['no punctuation or symbol', 'Kx9QmP2zvL7q', NONE, ['PUNCTUATION']],
    ['spaces are not punctuation', 'Kx9 mP2 vL7q', NONE, ['PUNCTUATION']],
    ['a currency symbol counts', 'Kx9€mP2zvL7q', NONE, []],
    ['an emoji counts as a symbol', 'Kx9🦊mP2zvL7q', NONE, []],
    // Common passwords: letters skeleton, with and without leetspeak.
    ['Password12!', 'Password12!', NONE, ['MIN_LENGTH', 'COMMON_PASSWORD']],
    ['Pa55word!! (leetspeak)', 'Pa55word!!', NONE, ['MIN_LENGTH', 'COMMON_PASSWORD']],
    ['Password1234!', 'Password1234!', NONE, ['COMMON_PASSWORD']],
    ['Azerty2024!!', 'Azerty2024!!', NONE, ['COMMON_PASSWORD']],
    ['Welcome2026!!', 'Welcome2026!!', NONE, ['COMMON_PASSWORD']],
    ['P@ssw0rd2024! (leetspeak + year)', 'P@ssw0rd2024!', NONE, ['COMMON_PASSWORD']],
    ['2024!P@ssw0rd (year first)', '2024!P@ssw0rd', NONE, ['COMMON_PASSWORD']],
    ['W3lc0me!2026', 'W3lc0me!2026', NONE, ['COMMON_PASSWORD']],
    ['TRUSTNO1!!42 (list entry with a digit)', 'TRUSTNO1!!42', NONE, ['COMMON_PASSWORD']],
    ['Sunshine 2026! (with a space)', 'Sunshine 2026!', NONE, ['COMMON_PASSWORD']],
    ['Bonjour-2026! (French)', 'Bonjour-2026!', NONE, ['COMMON_PASSWORD']],
    ['a common word plus other letters is fine', 'Password-Kxq-42!', NONE, []],
    // Login id (9 digits).
    ['contains the login id', 'Xq!123456789Zr', CTX, ['CONTAINS_LOGIN_ID']],
    ['only 8 digits of the login id', 'Xq!12345678Zr#', CTX, []],
    ['login id check without a login id', 'Xq!123456789Zr', { loginId: null }, []],
    // Person name: parts of 3+ letters, accent- and case-insensitive.
    ['first name', 'Xq7!emilie#42Zr', CTX, ['CONTAINS_NAME']],
    ['first name in capitals with accent', 'Xq7!ÉMILIE#42Zr', CTX, ['CONTAINS_NAME']],
    ['first name with decomposed accent', 'Xq7!E\u0301milie#42Zr', CTX, ['CONTAINS_NAME']],
    ['first part of a double surname', 'Xq7!DuBois#42Zr', CTX, ['CONTAINS_NAME']],
    ['second part, accent added', 'Xq7!LAURÉNT#42Zr', CTX, ['CONTAINS_NAME']],
    ["D'Hondt: the 'd' is too short, 'hondt' counts", 'Xq7!Hondt#42Zr', { personName: "Anne-Sophie D'Hondt" }, ['CONTAINS_NAME']],
    ['typographic apostrophe in the name', 'Xq7!SEAN#42Zrt', { personName: 'Seán O’Brien' }, ['CONTAINS_NAME']],
    ['name parts shorter than 3 letters are ignored', 'JoLi#42!Xqzr', { personName: 'Jo Li' }, []],
    ['name check without a name', 'Xq7!emilie#42Zr', { personName: null }, []],
    // Company name: words of 4+ letters that are not a legal form.
    ['company word', 'Xq7!Dupont#42Zr', CTX, ['CONTAINS_COMPANY_NAME']],
    ['company word in capitals', 'Xq7!BRASSERIE#42', CTX, ['CONTAINS_COMPANY_NAME']],
    ['legal form SRL is ignored', 'Xq7!SRL#42Zrtw', CTX, []],
    ['company word with accents', 'Xq7!electricite#42', { companyName: 'Électricité Müller BVBA' }, ['CONTAINS_COMPANY_NAME']],
    ['umlaut folded', 'Xq7!MULLER#42Zr', { companyName: 'Électricité Müller BVBA' }, ['CONTAINS_COMPANY_NAME']],
    ['legal form BVBA (4 letters) is ignored', 'Xq7!Bvba#42Zrtw', { companyName: 'Électricité Müller BVBA' }, []],
    ['dotted legal form S.P.R.L. is ignored', 'Xq7!sprl#42Zrtw', { companyName: 'S.P.R.L. Garage Lemaire' }, []],
    ['word after a dotted legal form', 'Xq7!lemaire#42', { companyName: 'S.P.R.L. Garage Lemaire' }, ['CONTAINS_COMPANY_NAME']],
    ['4-letter word counts, 3-letter word and NV do not', 'Xq7!hool#42Zr', { companyName: 'Van Hool NV' }, ['CONTAINS_COMPANY_NAME']],
    ['3-letter company word is ignored', 'Xq7!VanNV#42Zr', { companyName: 'Van Hool NV' }, []],
    ['ASBL ignored, Amis counts', 'Xq7!AMIS#42Zrt', { companyName: 'ASBL Les Amis' }, ['CONTAINS_COMPANY_NAME']],
    // Several problems at once, always in PasswordRule order.
    [
      'name + login id, no capital or punctuation',
      'emilie123456789',
      CTX,
      ['UPPERCASE', 'PUNCTUATION', 'COMMON_PASSWORD', 'CONTAINS_LOGIN_ID', 'CONTAINS_NAME'],
    ],
    ['person and company name', 'Dupont-Dubois-2026!', CTX, ['CONTAINS_NAME', 'CONTAINS_COMPANY_NAME']],
    [
      'a common first name is also a common password',
      'Thomas2026!!',
      { personName: 'Thomas Peeters' },
      ['COMMON_PASSWORD', 'CONTAINS_NAME'],
    ],
  ])('%s', (_label, password, context, expected) => {
    expect(passwordProblems(password, context)).toEqual(expected);
  });

  it('works without a context', () => {
    expect(passwordProblems(STRONG)).toEqual([]);
    expect(passwordProblems('Password12!')).toEqual(['MIN_LENGTH', 'COMMON_PASSWORD']);
  });

  it('stays fast on absurdly long input', () => {
    const started = Date.now();
    expect(passwordProblems(`${'1'.repeat(200_000)}Ab!${'2'.repeat(200_000)}`)).toEqual(['MAX_LENGTH']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
