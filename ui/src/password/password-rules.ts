// ACC-4 as the user types, wherever a password is chosen (activation and reset in the shell, "change
// my password" in My settings). The composition and length rules are checked here, instantly and the
// same way as the gateway (Unicode code points after NFC, \p{Lu}, \p{Nd}, \p{P} or \p{S}); the rules
// that need the server's lists or the user's data come from the passwordProblems query.

export type PasswordRule =
  | 'MIN_LENGTH'
  | 'MAX_LENGTH'
  | 'UPPERCASE'
  | 'TWO_DIGITS'
  | 'PUNCTUATION'
  | 'COMMON_PASSWORD'
  | 'CONTAINS_LOGIN_ID'
  | 'CONTAINS_NAME'
  | 'CONTAINS_COMPANY_NAME';

export const localPasswordRules = ['MIN_LENGTH', 'MAX_LENGTH', 'UPPERCASE', 'TWO_DIGITS', 'PUNCTUATION'] as const;
export type LocalPasswordRule = (typeof localPasswordRules)[number];

export const serverPasswordRules = ['COMMON_PASSWORD', 'CONTAINS_LOGIN_ID', 'CONTAINS_NAME', 'CONTAINS_COMPANY_NAME'] as const;
export type ServerPasswordRule = (typeof serverPasswordRules)[number];

export const allPasswordRules: readonly PasswordRule[] = [...localPasswordRules, ...serverPasswordRules];

/** Whether a code from the server (e.g. a BAD_USER_INPUT field code) names an ACC-4 rule. */
export function isPasswordRule(code: string): code is PasswordRule {
  return (allPasswordRules as readonly string[]).includes(code);
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** How long after the last keystroke the server is asked about the rules only it can check. */
export const PASSWORD_CHECK_DEBOUNCE_MS = 350;

/** The local rules the password breaks, in display order. */
export function brokenLocalRules(password: string): LocalPasswordRule[] {
  const normalized = password.normalize('NFC');
  const length = [...normalized].length;
  const digits = normalized.match(/\p{Nd}/gu)?.length ?? 0;
  const broken: LocalPasswordRule[] = [];
  if (length < PASSWORD_MIN_LENGTH) broken.push('MIN_LENGTH');
  if (length > PASSWORD_MAX_LENGTH) broken.push('MAX_LENGTH');
  if (!/\p{Lu}/u.test(normalized)) broken.push('UPPERCASE');
  if (digits < 2) broken.push('TWO_DIGITS');
  if (!/[\p{P}\p{S}]/u.test(normalized)) broken.push('PUNCTUATION');
  return broken;
}

/** Who the password belongs to, once known (step 1 of the activation, #18 item 20). */
export interface PersonalData {
  personName?: string | null;
  companyName?: string | null;
}

// Same reading as the gateway's password policy (ACC-4): case and accents folded, words split on
// spaces, dashes and apostrophes, a name part counts from 3 letters, a company word from 4, and
// Belgian legal forms ("SRL", "BV"…) are not words of the name.
const COMBINING_MARKS = /\p{M}/gu;
const WORD_SEPARATORS = /[\s\-\u2010-\u2015'\u2019\u02bc`]+/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const LEGAL_FORMS: ReadonlySet<string> = new Set(['srl', 'sprl', 'sa', 'nv', 'bv', 'bvba', 'sc', 'scrl', 'asbl', 'vzw', 'cv']);
const foldCase = (text: string): string => text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');

function wordsOf(text: string | null | undefined, minLetters: number): string[] {
  if (!text) return [];
  return foldCase(text)
    .split(WORD_SEPARATORS)
    .map((word) => word.replace(NOT_LETTER_OR_DIGIT, ''))
    .filter((word) => (word.match(/\p{L}/gu)?.length ?? 0) >= minLetters);
}

/** The name and company rules the password breaks, for a person whose names are known. */
export function brokenPersonalRules(password: string, personal: PersonalData): Array<'CONTAINS_NAME' | 'CONTAINS_COMPANY_NAME'> {
  const folded = foldCase(password.normalize('NFC'));
  const broken: Array<'CONTAINS_NAME' | 'CONTAINS_COMPANY_NAME'> = [];
  if (wordsOf(personal.personName, 3).some((word) => folded.includes(word))) broken.push('CONTAINS_NAME');
  const companyWords = wordsOf(personal.companyName, 4).filter((word) => !LEGAL_FORMS.has(word));
  if (companyWords.some((word) => folded.includes(word))) broken.push('CONTAINS_COMPANY_NAME');
  return broken;
}

export interface RuleState {
  rule: PasswordRule;
  /** met, unmet, or unknown while the server has not answered for this password yet. */
  state: 'met' | 'unmet' | 'unknown';
}

/**
 * Every rule with its state, in display order: local rules from `brokenLocalRules`, the others from
 * the server's answer — except name and company, checked here at once when `personal` is given.
 */
export function evaluatePasswordRules(
  password: string,
  serverProblems: readonly PasswordRule[] | null,
  personal?: PersonalData,
): RuleState[] {
  const local = brokenLocalRules(password);
  const personalBroken = personal ? brokenPersonalRules(password, personal) : null;
  return allPasswordRules.map((rule) => {
    if ((localPasswordRules as readonly string[]).includes(rule))
      return { rule, state: local.includes(rule as LocalPasswordRule) ? 'unmet' : 'met' };
    if (personalBroken && (rule === 'CONTAINS_NAME' || rule === 'CONTAINS_COMPANY_NAME')) {
      if (password === '') return { rule, state: 'unknown' };
      // A refusal of the server on submit still counts: it has the last word.
      return { rule, state: personalBroken.includes(rule) || serverProblems?.includes(rule) ? 'unmet' : 'met' };
    }
    if (password === '' || serverProblems === null) return { rule, state: 'unknown' };
    return { rule, state: serverProblems.includes(rule) ? 'unmet' : 'met' };
  });
}
