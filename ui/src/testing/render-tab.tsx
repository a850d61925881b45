import { render } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { addTranslations } from '../i18n/add-translations';
import type { RemoteAppProps, RemoteViewer } from '../remote-contract';
import { createTestI18n } from '../test/test-i18n';

// `@customer-corner/ui/testing`: one harness for every tab's tests — the tab as the shell mounts it,
// with network-level mocks (Apollo's MockedProvider, handed over by the tab: the kit depends on no
// GraphQL client). Test code only: lint forbids importing it from production code.

export type TestLanguage = 'fr' | 'nl' | 'en';

/** A tab's own words, registered before rendering: [namespace, { fr: {…}, nl: {…}, en: {…} }]. */
export type TestTranslations = readonly (readonly [string, Record<string, Record<string, unknown>>])[];

/** One place the tab is mounted, e.g. { basePath: '/leaflets', section: 'leaflets' }. */
export interface TestMount {
  basePath: string;
  section?: string;
}

export interface RenderTabOptions<Mocks> {
  RemoteApp: ComponentType<RemoteAppProps>;
  /** Where the shell mounts the tab (`${basePath}/*`). */
  mounts: readonly TestMount[];
  /** The address the test opens, e.g. "/requests/new". */
  route: string;
  language?: TestLanguage;
  viewer?: RemoteViewer | null;
  customerServicesEmail: string;
  MockedProvider: ComponentType<{ mocks?: Mocks; children?: ReactNode }>;
  // Typed by the provider the tab hands over (Apollo's MockedProvider takes a readonly list).
  mocks: NoInfer<Mocks>;
}

/** A customer user of "Constructions Mosanes", as the shell passes one to a tab. */
export function testCustomerViewer(profile: 'ADMINISTRATOR' | 'VIEWER'): RemoteViewer {
  return {
    kind: 'CUSTOMER_USER',
    name: 'Anne Dupont',
    profile,
    staffRole: null,
    customerNumber: '10000001',
    customerName: 'Constructions Mosanes',
  };
}

/** The tab as the shell mounts it, in the given language, with network-level mocks. */
export async function renderTab<Mocks>({
  RemoteApp,
  mounts,
  route,
  language = 'fr',
  viewer = null,
  customerServicesEmail,
  MockedProvider,
  mocks,
}: RenderTabOptions<Mocks>) {
  const i18n = await createTestI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            {mounts.map(({ basePath, section }) => (
              <Route
                key={basePath}
                path={`${basePath}/*`}
                element={<RemoteApp basePath={basePath} section={section} viewer={viewer} customerServicesEmail={customerServicesEmail} />}
              />
            ))}
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}

/** A component that needs only the words (no network, no router). */
export async function renderWithWords(
  ui: ReactNode,
  { language = 'fr', translations = [] }: { language?: TestLanguage; translations?: TestTranslations } = {},
) {
  const i18n = await createTestI18n(language);
  for (const [namespace, words] of translations) addTranslations(i18n, namespace, words);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
