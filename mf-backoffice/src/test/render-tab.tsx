import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { registerUiTranslations, type RemoteViewer } from '@customer-corner/ui';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { RemoteApp } from '../app/remote-app';

export const agent: RemoteViewer = {
  kind: 'STAFF',
  name: 'Agent Service Clientèle',
  profile: null,
  staffRole: 'AGENT',
  customerNumber: null,
  customerName: null,
};

/** The back office as the shell mounts it (under /back-office/*), with network-level mocks. */
export async function renderBackOffice({
  mocks,
  route = '/back-office',
  language = 'fr',
  viewer = agent,
}: {
  mocks: MockLink.MockedResponse[];
  route?: string;
  language?: 'fr' | 'nl' | 'en';
  viewer?: RemoteViewer;
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
              path="/back-office/*"
              element={<RemoteApp basePath="/back-office" viewer={viewer} customerServicesEmail="cs@example.test" />}
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}
