import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { registerUiTranslations, type RemoteViewer } from '@customer-corner/ui';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { RemoteApp } from '../app/remote-app';

export function customerViewer(profile: 'ADMINISTRATOR' | 'VIEWER'): RemoteViewer {
  return {
    kind: 'CUSTOMER_USER',
    name: 'Anne Dupont',
    profile,
    staffRole: null,
    customerNumber: '10000001',
    customerName: 'Constructions Mosanes',
  };
}

/** The tab as the shell mounts it (under /requests/*), with network-level mocks. */
export async function renderRequestsTab({
  mocks,
  route = '/requests',
  language = 'fr',
  profile = 'ADMINISTRATOR',
}: {
  mocks: MockLink.MockedResponse[];
  route?: string;
  language?: 'fr' | 'nl' | 'en';
  profile?: 'ADMINISTRATOR' | 'VIEWER';
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
              path="/requests/*"
              element={<RemoteApp basePath="/requests" viewer={customerViewer(profile)} customerServicesEmail="service@leasing.example" />}
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}
