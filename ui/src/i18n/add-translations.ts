import type { i18n as I18n } from 'i18next';

// A module of its own (re-exported by ui-translations.ts) so the entries outside the index can use it
// without bundling the kit's words.

/** Adds a namespace's words for every language to the (shared) i18next instance, once. */
export function addTranslations(i18n: I18n, namespace: string, resources: Record<string, Record<string, unknown>>): void {
  for (const [language, words] of Object.entries(resources)) {
    if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, words, true, false);
  }
}
