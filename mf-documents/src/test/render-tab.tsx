import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { addTranslations, registerUiTranslations } from '@customer-corner/ui';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { ReactNode } from 'react';
import { RemoteApp } from '../app/remote-app';
import { documentsNamespace, documentsTranslations } from '../features/documents/i18n/documents-translations';

/** The tab as the shell mounts it (/documents/* or /leaflets/*), with network-level mocks. */
export async function renderDocumentsTab({
  mocks,
  route = '/documents',
  language = 'fr',
}: {
  mocks: MockLink.MockedResponse[];
  route?: string;
  language?: 'fr' | 'nl' | 'en';
}) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, fallbackLng: 'fr', resources: {}, interpolation: { escapeValue: false } });
  registerUiTranslations(i18n);
  const tab = (section: string, basePath: string) => (
    <RemoteApp basePath={basePath} section={section} viewer={null} customerServicesEmail="service@leasing.example" />
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path="/documents/*" element={tab('documents', '/documents')} />
            <Route path="/leaflets/*" element={tab('leaflets', '/leaflets')} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}

/** A component that needs only the words (no network, no router). */
export async function renderWithWords(ui: ReactNode, language: 'fr' | 'nl' | 'en' = 'fr') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, fallbackLng: 'fr', resources: {}, interpolation: { escapeValue: false } });
  registerUiTranslations(i18n);
  addTranslations(i18n, documentsNamespace, documentsTranslations);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
