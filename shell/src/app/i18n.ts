import { registerUiTranslations, toPortalLanguage, type PortalLanguage } from '@customer-corner/ui';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { shellNamespace, shellTranslations } from '../i18n/shell-translations';
import { choosePortalLanguage, linkLanguageOf } from './language-choice';

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
    // #18 item 3: the device's saved choice, the e-mail link's ?lang=, then the browser; once signed
    // in, the account's saved choice takes over (useSavedLanguage).
    lng: choosePortalLanguage({ saved: storedLanguage(), link: linkLanguageOf(window.location.search), browser: navigator.languages }),
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'nl', 'en'],
    defaultNS: shellNamespace,
    resources: shellTranslationsAsResources(),
    interpolation: { escapeValue: false },
  });
  registerUiTranslations(i18next);
  followDocumentLanguage(i18next);
  return i18next;
}

/** `<html lang>` says the language the page speaks, now and after every switch. */
export function followDocumentLanguage(instance: I18n): void {
  syncDocumentLanguage(instance.language);
  instance.on('languageChanged', syncDocumentLanguage);
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
