import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { registerUiTranslations } from '@customer-corner/ui';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { RemoteApp } from '../app/remote-app';

/** The tab as the shell mounts it (under /contracts/*), with network-level mocks. */
export async function renderContractsTab({
  mocks,
  route = '/contracts',
  language = 'fr',
}: {
  mocks: MockLink.MockedResponse[];
  route?: string;
  language?: 'fr' | 'nl' | 'en';
}) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, fallbackLng: 'fr', resources: {}, interpolation: { escapeValue: false } });
  registerUiTranslations(i18n);
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route
              path="/contracts/*"
              element={<RemoteApp basePath="/contracts" viewer={null} customerServicesEmail="service@leasing.example" />}
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}
