import { z } from 'zod';
import { hasControlCharacter } from '../../platform/input-checks';
import { CorrespondenceLanguage } from '../customers';

/**
 * #18 item 9 (CON-2, X-2, INT-1): the indemnity rule of an early termination, in the languages the
 * core system gives it. It sends either one text (the older form, kept for existing senders: that
 * text is in the customer's language of correspondence) or texts per language `{ fr, nl, en }`.
 */
const LANGUAGES = [CorrespondenceLanguage.FR, CorrespondenceLanguage.NL, CorrespondenceLanguage.EN] as const;

const noControlCharacter = (text: string) => !hasControlCharacter(text);
const CONTROL_MESSAGE = 'must not contain a control character';

/** One text: trimmed, at most 300 characters (the column), no control character. */
const ruleText = z.string().trim().max(300).refine(noControlCharacter, CONTROL_MESSAGE);
const languageText = z.string().trim().min(1, 'must not be empty').max(300).refine(noControlCharacter, CONTROL_MESSAGE);

const textsPerLanguage = z
  .object({ fr: languageText.nullish(), nl: languageText.nullish(), en: languageText.nullish() })
  .strict()
  .refine((texts) => LANGUAGES.some((language) => texts[language]), 'must give the text in at least one language (fr, nl or en)');

/** The `earlyTerminationRule` field of a contract record. */
export const earlyTerminationRuleField = z.union([ruleText, textsPerLanguage]).nullish();

export type EarlyTerminationRuleInput = z.infer<typeof earlyTerminationRuleField>;

/** The rule as stored: one column per language, null where the core system gave no text. */
export interface EarlyTerminationTexts {
  earlyTerminationRuleFr: string | null;
  earlyTerminationRuleNl: string | null;
  earlyTerminationRuleEn: string | null;
}

const COLUMN_OF: Record<CorrespondenceLanguage, keyof EarlyTerminationTexts> = {
  [CorrespondenceLanguage.FR]: 'earlyTerminationRuleFr',
  [CorrespondenceLanguage.NL]: 'earlyTerminationRuleNl',
  [CorrespondenceLanguage.EN]: 'earlyTerminationRuleEn',
};

export function languageOfCode(code: string | null | undefined): CorrespondenceLanguage | null {
  return LANGUAGES.find((language) => language === code) ?? null;
}

/** The columns a record sets: a single text goes to the customer's language, the others are cleared. */
export function earlyTerminationTextsOf(rule: EarlyTerminationRuleInput, customerLanguage: string): EarlyTerminationTexts {
  const texts: EarlyTerminationTexts = { earlyTerminationRuleFr: null, earlyTerminationRuleNl: null, earlyTerminationRuleEn: null };
  if (typeof rule === 'string') {
    if (rule) texts[COLUMN_OF[languageOfCode(customerLanguage) ?? CorrespondenceLanguage.FR]] = rule;
  } else if (rule) {
    for (const language of LANGUAGES) texts[COLUMN_OF[language]] = rule[language] || null;
  }
  return texts;
}

/**
 * The text to show and its language: the caller's language, else the customer's, else any text
 * there is (French, Dutch, English in that order); null when the contract has no rule.
 */
export function earlyTerminationRuleFor(
  texts: Readonly<{ [column in keyof EarlyTerminationTexts]?: string | null }>,
  callerLanguage: string | null | undefined,
  customerLanguage: string | null | undefined,
): { text: string; language: CorrespondenceLanguage } | null {
  const order = [languageOfCode(callerLanguage), languageOfCode(customerLanguage), ...LANGUAGES];
  for (const language of order) {
    const text = language ? texts[COLUMN_OF[language]] : null;
    if (language && text) return { text, language };
  }
  return null;
}
