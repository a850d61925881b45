import type { i18n as I18n } from 'i18next';
import { addTranslations } from './add-translations';

export { addTranslations };

// The kit's own words, in the three portal languages.
export const uiTranslations = {
  fr: {
    skipToContent: 'Aller au contenu principal',
    loading: 'Chargement…',
    ruleMet: 'respectée',
    ruleUnmet: 'non respectée',
    retry: 'Réessayer',
  },
  nl: {
    skipToContent: 'Naar de hoofdinhoud',
    loading: 'Bezig met laden…',
    ruleMet: 'voldaan',
    ruleUnmet: 'niet voldaan',
    retry: 'Opnieuw proberen',
  },
  en: {
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    ruleMet: 'met',
    ruleUnmet: 'not met',
    retry: 'Try again',
  },
} as const;

export function registerUiTranslations(i18n: I18n): void {
  addTranslations(i18n, 'ui', uiTranslations);
}
