import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { registerUiTranslations, type RemoteAppProps } from '@customer-corner/ui';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ComponentType } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/app-routes';
import { followDocumentLanguage, shellTranslationsAsResources } from '../app/i18n';
import { CustomerServicesContactDocument, MeDocument } from '../features/auth/api/identity.operations';
import type { MeFields } from '../features/auth/api/identity.operations';
import { SessionProvider } from '../features/auth/hooks/session';
import type { TabLoader } from '../features/remotes/components/remote-tab';

export const customerMe: MeFields = {
  __typename: 'Me',
  kind: 'CUSTOMER_USER',
  loginId: '354207527',
  name: 'Pieter Janssens',
  email: 'pieter.janssens@example.be',
  profile: 'ADMINISTRATOR',
  staffRole: null,
  language: 'FR',
  customer: { __typename: 'MeCustomer', customerNumber: '10000002', name: 'Scheldepoort Logistics' },
  linkedCustomers: [
    {
      __typename: 'LinkedCustomer',
      loginId: '354207527',
      customerNumber: '10000002',
      customerName: 'Scheldepoort Logistics',
      current: true,
    },
  ],
};

export const staffMe: MeFields = {
  ...customerMe,
  kind: 'STAFF',
  loginId: null,
  name: 'Anne Agent',
  profile: null,
  staffRole: 'AGENT',
  customer: null,
  linkedCustomers: [],
};

/** The API's spelling of a portal language: 'nl' → 'NL'. */
export function toApiLanguage(language: 'fr' | 'nl' | 'en'): MeFields['language'] {
  return language.toUpperCase() as MeFields['language'];
}

export function meMock(me: MeFields | null): MockLink.MockedResponse {
  return { request: { query: MeDocument }, result: { data: { me } } };
}

export const customerServicesContact = { email: 'service.clients@leasing.example', phone: '+32 2 555 01 00' };

/** HLP-2: the footer asks for the contact on every page; answered as often as asked. */
export function contactMock(contact = customerServicesContact): MockLink.MockedResponse {
  return {
    request: { query: CustomerServicesContactDocument },
    result: { data: { customerServicesContact: { __typename: 'CustomerServicesContact', ...contact } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A tab stand-in: the shell never imports a real tab, in tests either. */
export function fakeTab(text: string): ComponentType<RemoteAppProps> {
  return function FakeTab({ basePath, section }: RemoteAppProps) {
    return (
      <p>
        {text} {basePath} {section ?? ''}
      </p>
    );
  };
}

export const fakeLoader: TabLoader = async (name) => ({ RemoteApp: fakeTab(`tab:${name}`) });

export async function renderShell({
  mocks,
  route = '/',
  language = 'fr',
  loader = fakeLoader,
  withContact = true,
}: {
  mocks: MockLink.MockedResponse[];
  /** Adds contactMock() (the footer's query) to the mocks. */
  withContact?: boolean;
  route?: string;
  language?: 'fr' | 'nl' | 'en';
  loader?: TabLoader;
}) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    defaultNS: 'shell',
    resources: shellTranslationsAsResources(),
    interpolation: { escapeValue: false },
  });
  registerUiTranslations(i18n);
  followDocumentLanguage(i18n);
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={withContact ? [...mocks, contactMock()] : mocks}>
        <MemoryRouter initialEntries={[route]}>
          <SessionProvider>
            <AppRoutes customerServicesEmail="cs@example.test" loader={loader} />
          </SessionProvider>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}
