/**
 * SPEC ACC-4: the password policy, as a list of the rules a candidate password breaks.
 * Lengths are Unicode code points after NFC normalization, so 'é' counts 1 whether typed composed
 * or decomposed, and an emoji counts 1 (emoji built from several code points with ZWJ or
 * modifiers count each of them).
 */

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

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordContext {
  loginId?: string | null;
  personName?: string | null;
  companyName?: string | null;
}

const UPPERCASE = /\p{Lu}/u;
const DIGIT = /\p{Nd}/gu;
const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/u;
// What the common-password comparison ignores: digits, punctuation, symbols and spaces.
const NOISE = /[\p{Nd}\p{P}\p{S}\s]/gu;
const NOISE_CHAR = /^[\p{Nd}\p{P}\p{S}\s]$/u;
const COMBINING_MARKS = /\p{M}/gu;
const WORD_SEPARATORS = /[\s\-\u2010-\u2015'\u2019\u02bc`]+/u; // spaces, dashes, apostrophes (straight and typographic)
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const LETTER = /\p{L}/gu;
const MIN_COMMON_PASSWORD_LETTERS = 4;
const MIN_NAME_PART_LETTERS = 3;
const MIN_COMPANY_WORD_LETTERS = 4;
// Digits and punctuation trimmed from each end when looking for a common password (e.g. the
// '2024!' of 'P@ssw0rd2024!'); bounded so the number of candidates stays small.
const MAX_AFFIX_TRIM = 8;
const LEGAL_FORMS: ReadonlySet<string> = new Set(['srl', 'sprl', 'sa', 'nv', 'bv', 'bvba', 'sc', 'scrl', 'asbl', 'vzw', 'cv']);

const LEET: Readonly<Record<string, string>> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

const codePoints = (s: string): number => [...s].length;
const letterCount = (s: string): number => s.match(LETTER)?.length ?? 0;
const stripNoise = (s: string): string => s.replace(NOISE, '');
/** Case- and accent-insensitive form: 'Émilie' → 'emilie'. */
const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');

interface CommonPasswords {
  skeletons: ReadonlySet<string>;
  longest: number; // UTF-16 length of the longest skeleton
}

let commonPasswords: CommonPasswords | undefined;

/**
 * The ~49 000 common passwords of @zxcvbn-ts/language-common, reduced to their letter skeletons
 * (see stripNoise), without those that keep fewer than 4 letters ('123456', 'abc123' …). Loaded on
 * first use: the package decompresses its list when required (~40 ms), which no other caller of
 * the cores should pay. Its export is `dictionary['passwords-common']`, an array of strings.
 */
function loadCommonPasswords(): CommonPasswords {
  if (commonPasswords === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { dictionary } = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    const list: unknown = dictionary['passwords-common'];
    if (!Array.isArray(list) || list.length === 0 || !list.every((entry) => typeof entry === 'string')) {
      throw new Error("@zxcvbn-ts/language-common: dictionary['passwords-common'] is not a list of strings");
    }
    const skeletons = new Set<string>();
    let longest = 0;
    for (const entry of list as string[]) {
      const skeleton = stripNoise(fold(entry));
      if (codePoints(skeleton) < MIN_COMMON_PASSWORD_LETTERS) continue;
      skeletons.add(skeleton);
      longest = Math.max(longest, skeleton.length);
    }
    commonPasswords = { skeletons, longest };
  }
  return commonPasswords;
}

/**
 * Whether `password`'s letter skeleton is a common password: the password folded and without its
 * digits, punctuation, symbols and spaces ('Password12!' → 'password'), or the same after undoing
 * leetspeak ('Pa55word!!' → 'password'). For the leetspeak reading, up to 8 digits/punctuation
 * are also cut off each end first, so that a suffix is not read as leetspeak ('P@ssw0rd2024!' →
 * 'p@ssw0rd' → 'password', where the whole would give 'passwordoa').
 */
function isCommonPassword(password: string): boolean {
  const { skeletons, longest } = loadCommonPasswords();
  const chars = [...fold(password)];
  if (skeletons.has(stripNoise(chars.join('')))) return true;

  let lead = 0;
  while (lead < chars.length && NOISE_CHAR.test(chars[lead] ?? '')) lead++;
  if (lead === chars.length) return false; // no letters at all
  let trail = 0;
  while (NOISE_CHAR.test(chars[chars.length - 1 - trail] ?? '')) trail++;

  // candidate(i, j) = skeleton(leading run minus its first i chars) + skeleton(middle) + skeleton(trailing
  // run minus its last j chars). Built from per-character pieces so that even a huge input costs
  // O(length), and only candidates short enough to be in the list are looked up.
  const n = chars.length;
  const a = Math.min(lead, MAX_AFFIX_TRIM);
  const b = Math.min(trail, MAX_AFFIX_TRIM);
  for (const one of ['i', 'l'] as const) {
    const pieces = chars.map((ch) => {
      const plain = ch === '1' ? one : (LEET[ch] ?? ch);
      return NOISE_CHAR.test(plain) ? '' : plain;
    });
    const join = (from: number, to: number): string => pieces.slice(from, to).join('');
    const middle = join(lead, n - trail);
    if (middle.length > longest) continue; // every candidate contains the middle
    const headRest = join(a, lead);
    const tailRest = join(n - trail, n - b);
    const heads = Array.from({ length: a + 1 }, (_, i) => join(i, a) + headRest);
    const tails = Array.from({ length: b + 1 }, (_, j) => tailRest + join(n - b, n - j));
    for (const head of heads) {
      for (const tail of tails) {
        if (head.length + middle.length + tail.length <= longest && skeletons.has(head + middle + tail)) return true;
      }
    }
  }
  return false;
}

/** Folded words of `text` with at least `minLetters` letters, e.g. "Émilie Dubois-Laurent" → emilie, dubois, laurent. */
function significantWords(text: string | null | undefined, minLetters: number): string[] {
  if (text === null || text === undefined) return [];
  return fold(text)
    .split(WORD_SEPARATORS)
    .map((word) => word.replace(NOT_LETTER_OR_DIGIT, '')) // 'S.P.R.L.' → 'sprl', '(Jr.)' → 'jr'
    .filter((word) => letterCount(word) >= minLetters);
}

function containsAny(foldedPassword: string, words: readonly string[]): boolean {
  return words.some((word) => foldedPassword.includes(word));
}

/** The rules `password` breaks, in the order of PasswordRule; empty = acceptable. */
export function passwordProblems(password: string, context: PasswordContext = {}): PasswordRule[] {
  const problems: PasswordRule[] = [];
  const nfc = password.normalize('NFC');
  const length = codePoints(nfc);
  const folded = fold(nfc);

  if (length < PASSWORD_MIN_LENGTH) problems.push('MIN_LENGTH');
  if (length > PASSWORD_MAX_LENGTH) problems.push('MAX_LENGTH');
  if (!UPPERCASE.test(nfc)) problems.push('UPPERCASE');
  if ((nfc.match(DIGIT)?.length ?? 0) < 2) problems.push('TWO_DIGITS');
  if (!PUNCTUATION_OR_SYMBOL.test(nfc)) problems.push('PUNCTUATION');
  if (isCommonPassword(nfc)) problems.push('COMMON_PASSWORD');

  const loginId = context.loginId?.replace(/\s+/g, '') ?? '';
  if (loginId !== '' && folded.includes(fold(loginId))) problems.push('CONTAINS_LOGIN_ID');
  if (containsAny(folded, significantWords(context.personName, MIN_NAME_PART_LETTERS))) problems.push('CONTAINS_NAME');
  const companyWords = significantWords(context.companyName, MIN_COMPANY_WORD_LETTERS).filter((word) => !LEGAL_FORMS.has(word));
  if (containsAny(folded, companyWords)) problems.push('CONTAINS_COMPANY_NAME');

  return problems;
}
