import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { registerUiTranslations } from '@customer-corner/ui';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { RemoteApp } from '../app/remote-app';

/** The remote as the shell mounts it under /company/* (section "company") or /profiles/*, with network-level mocks. */
export async function renderProfilesTab({
  mocks = [],
  section = 'company',
  language = 'fr',
  profile = 'ADMINISTRATOR',
  path = '',
}: {
  mocks?: MockLink.MockedResponse[];
  section?: 'company' | 'profiles';
  language?: 'fr' | 'nl' | 'en';
  profile?: 'ADMINISTRATOR' | 'VIEWER';
  /** A page under the section, e.g. "/tokens". */
  path?: string;
}) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, fallbackLng: 'fr', resources: {}, interpolation: { escapeValue: false } });
  registerUiTranslations(i18n);
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/${section}${path}`]}>
          <Routes>
            <Route
              path={`/${section}/*`}
              element={
                <RemoteApp
                  basePath={`/${section}`}
                  section={section}
                  viewer={{
                    kind: 'CUSTOMER_USER',
                    name: 'Anne Dupont',
                    profile,
                    staffRole: null,
                    customerNumber: '10000001',
                    customerName: 'Constructions Mosanes',
                  }}
                  customerServicesEmail="cs@example.test"
                />
              }
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}
