import { registerUiTranslations, toPortalLanguage, type PortalLanguage } from '@customer-corner/ui';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { shellNamespace, shellTranslations } from '../i18n/shell-translations';

const STORAGE_KEY = 'cc-language';

export function storedLanguage(): PortalLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'fr' || value === 'nl' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

/** The one i18next instance of the page (a shared singleton: tabs add their namespaces to it). French by default. */
export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: storedLanguage() ?? 'fr',
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'nl', 'en'],
    defaultNS: shellNamespace,
    resources: shellTranslationsAsResources(),
    interpolation: { escapeValue: false },
  });
  registerUiTranslations(i18next);
  syncDocumentLanguage(i18next.language);
  i18next.on('languageChanged', syncDocumentLanguage);
  return i18next;
}

export function shellTranslationsAsResources() {
  return {
    fr: { [shellNamespace]: shellTranslations.fr },
    nl: { [shellNamespace]: shellTranslations.nl },
    en: { [shellNamespace]: shellTranslations.en },
  };
}

function syncDocumentLanguage(language: string) {
  document.documentElement.lang = toPortalLanguage(language);
}

export async function changeLanguage(instance: I18n, language: PortalLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await instance.changeLanguage(language);
}
