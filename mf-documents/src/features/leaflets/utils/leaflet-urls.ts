import type { PortalLanguage } from '@customer-corner/ui';
import type { LeafletTopic } from '../i18n/leaflets-translations';

// The guides are generated at build time into the tab's own dist/leaflets (scripts/generate-leaflets.mjs)
// and served with the tab, wherever it is deployed: their URL starts at the tab's public path.
declare const __webpack_public_path__: string | undefined;

function tabBase(): string {
  return typeof __webpack_public_path__ === 'string' && __webpack_public_path__ ? __webpack_public_path__ : '/';
}

export function leafletFileName(topic: LeafletTopic, language: PortalLanguage): string {
  return `customer-corner-${topic}-${language}.pdf`;
}

export function leafletUrl(topic: LeafletTopic, language: PortalLanguage): string {
  const base = tabBase();
  return `${base.endsWith('/') ? base : `${base}/`}leaflets/${leafletFileName(topic, language)}`;
}
