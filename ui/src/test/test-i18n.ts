import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { registerUiTranslations } from '../i18n/ui-translations';

/** A fresh i18next instance for a component test, in the given language. */
export async function createTestI18n(language: 'fr' | 'nl' | 'en' = 'fr'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({ lng: language, fallbackLng: 'fr', resources: {}, interpolation: { escapeValue: false } });
  registerUiTranslations(instance);
  return instance;
}
