import type { PortalLanguage } from '@customer-corner/ui';

// #18 item 3, X-2: which language the portal speaks, first known source wins.

export interface LanguageSources {
  /** The user's saved choice: My settings / the header switch once signed in (`me.language`), else the last choice made on this device. */
  saved?: string | null;
  /** The language an e-mail link carries (`?lang=nl`), e.g. the activation e-mail. */
  link?: string | null;
  /** The customer's language of correspondence, when the page knows it. */
  correspondence?: string | null;
  /** The browser's preferred languages, best first (`navigator.languages`). */
  browser?: readonly string[];
}

/** "nl", "NL", "nl-BE", "nl_be" → "nl"; anything else the portal does not speak → null. */
export function portalLanguageOf(value: string | null | undefined): PortalLanguage | null {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'nl' || primary === 'en' ? primary : null;
}

/** Saved choice, then the link's, then the customer's correspondence language, then the browser's; French by default. */
export function choosePortalLanguage(sources: LanguageSources): PortalLanguage {
  return (
    portalLanguageOf(sources.saved) ??
    portalLanguageOf(sources.link) ??
    portalLanguageOf(sources.correspondence) ??
    (sources.browser ?? []).map(portalLanguageOf).find((language) => language !== null) ??
    'fr'
  );
}

/** The `?lang=` of an address. */
export function linkLanguageOf(search: string): PortalLanguage | null {
  return portalLanguageOf(new URLSearchParams(search).get('lang'));
}
