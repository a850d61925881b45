import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderTab, renderWithWords as renderWithKitWords, type TestLanguage } from '@customer-corner/ui/testing';
import type { ReactNode } from 'react';
import { RemoteApp } from '../app/remote-app';
import { documentsNamespace, documentsTranslations } from '../features/documents/i18n/documents-translations';

/** The tab as the shell mounts it (/documents/* or /leaflets/*), with network-level mocks. */
export function renderDocumentsTab({
  mocks,
  route = '/documents',
  language = 'fr',
}: {
  mocks: MockLink.MockedResponse[];
  route?: string;
  language?: TestLanguage;
}) {
  return renderTab({
    RemoteApp,
    mounts: [
      { basePath: '/documents', section: 'documents' },
      { basePath: '/leaflets', section: 'leaflets' },
    ],
    route,
    language,
    customerServicesEmail: 'service@leasing.example',
    MockedProvider,
    mocks,
  });
}

/** A component that needs only the words (no network, no router). */
export function renderWithWords(ui: ReactNode, language: TestLanguage = 'fr') {
  return renderWithKitWords(ui, { language, translations: [[documentsNamespace, documentsTranslations]] });
}
