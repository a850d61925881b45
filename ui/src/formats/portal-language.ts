// the portal's three languages and their Belgian locales. A module of its own so that code
// outside the shared index (the audit-actions entry) can use it without bundling every format.

export type PortalLanguage = 'fr' | 'nl' | 'en';
export type BelgianLocale = 'fr-BE' | 'nl-BE' | 'en-BE';

export const portalLanguages: readonly PortalLanguage[] = ['fr', 'nl', 'en'];

export function localeOf(language: string | undefined): BelgianLocale {
  if (language?.startsWith('nl')) return 'nl-BE';
  if (language?.startsWith('en')) return 'en-BE';
  return 'fr-BE';
}

export function toPortalLanguage(language: string | undefined): PortalLanguage {
  return localeOf(language).slice(0, 2) as PortalLanguage;
}
