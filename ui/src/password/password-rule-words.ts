import type { PortalLanguage } from '../formats/portal-language';
import type { PasswordRule } from './password-rules';

// The ACC-4 rules in words. Registered by the rule list itself when it first shows, in a
// namespace of its own: only the screens where a password is chosen carry them, not every first screen.
export const passwordRulesNamespace = 'ui-password-rules';

export const passwordRuleWords: Readonly<Record<PortalLanguage, Readonly<Record<PasswordRule, string>>>> = {
  fr: {
    MIN_LENGTH: 'Au moins 12 caractères',
    MAX_LENGTH: 'Au plus 128 caractères',
    UPPERCASE: 'Au moins 1 lettre majuscule',
    TWO_DIGITS: 'Au moins 2 chiffres',
    PUNCTUATION: 'Au moins 1 signe de ponctuation ou symbole',
    COMMON_PASSWORD: 'Pas un mot de passe courant (même avec chiffres ou ponctuation ajoutés)',
    CONTAINS_LOGIN_ID: 'Ne contient pas votre identifiant',
    CONTAINS_NAME: 'Ne contient pas votre nom',
    CONTAINS_COMPANY_NAME: 'Ne contient pas le nom de votre société',
  },
  nl: {
    MIN_LENGTH: 'Minstens 12 tekens',
    MAX_LENGTH: 'Hoogstens 128 tekens',
    UPPERCASE: 'Minstens 1 hoofdletter',
    TWO_DIGITS: 'Minstens 2 cijfers',
    PUNCTUATION: 'Minstens 1 leesteken of symbool',
    COMMON_PASSWORD: 'Geen veelgebruikt wachtwoord (ook niet met toegevoegde cijfers of leestekens)',
    CONTAINS_LOGIN_ID: 'Bevat uw gebruikers-id niet',
    CONTAINS_NAME: 'Bevat uw naam niet',
    CONTAINS_COMPANY_NAME: 'Bevat de naam van uw bedrijf niet',
  },
  en: {
    MIN_LENGTH: 'At least 12 characters',
    MAX_LENGTH: 'At most 128 characters',
    UPPERCASE: 'At least 1 uppercase letter',
    TWO_DIGITS: 'At least 2 digits',
    PUNCTUATION: 'At least 1 punctuation sign or symbol',
    COMMON_PASSWORD: 'Not a common password (even with digits or punctuation added)',
    CONTAINS_LOGIN_ID: 'Does not contain your login id',
    CONTAINS_NAME: 'Does not contain your name',
    CONTAINS_COMPANY_NAME: 'Does not contain your company’s name',
  },
};
