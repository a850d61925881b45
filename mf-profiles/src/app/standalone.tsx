import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { Alert, ensureUiStyles, registerUiTranslations, SkipLink } from '@customer-corner/ui';
import i18next from 'i18next';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { StandaloneProfileQuery } from '../features/company/api/company.queries';
import { RemoteApp } from './remote-app';

/**
 * Standalone mode for the tab's team: the tab without the shell, served by
 * `pnpm --filter @customer-corner/mf-profiles standalone` with /graphql proxied to a gateway.
 * Sign in on the portal (same host name) first: the session cookie is shared across ports.
 */
const portalUrl = 'http://127.0.0.1:4000';

/** The signed-in user's profile, as the shell would pass it (viewers cannot submit, REQ-5). */
function StandaloneTab({ section }: { section: 'company' | 'profiles' }) {
  const { data } = useQuery(StandaloneProfileQuery);
  const profile = data?.me?.profile ?? null;
  return (
    <RemoteApp
      basePath={`/${section}`}
      section={section}
      viewer={data?.me ? { kind: 'CUSTOMER_USER', name: '', profile, staffRole: null, customerNumber: null, customerName: null } : null}
      customerServicesEmail="customer.services@customer-corner.example"
    />
  );
}

function SignedOutHint() {
  const { t } = useTranslation('company');
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    const onError = (event: Event) => {
      if (event instanceof CustomEvent && event.detail === 'UNAUTHENTICATED') setSignedOut(true);
    };
    window.addEventListener('cc-unauthenticated', onError);
    return () => window.removeEventListener('cc-unauthenticated', onError);
  }, []);
  return signedOut ? <Alert tone="info">{t('standaloneSignIn', { url: portalUrl })}</Alert> : null;
}

export async function startStandalone(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: localStorage.getItem('cc-language') ?? 'fr',
    fallbackLng: 'fr',
    resources: {},
    interpolation: { escapeValue: false },
  });
  registerUiTranslations(i18next);
  ensureUiStyles();
  const client = new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const body = (await response
          .clone()
          .json()
          .catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
        if (body?.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
          window.dispatchEvent(new CustomEvent('cc-unauthenticated', { detail: 'UNAUTHENTICATED' }));
        }
        return response;
      },
    }),
    cache: new InMemoryCache(),
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <SkipLink targetId="main" />
          <main id="main" style={{ maxWidth: 1200, margin: '0 auto', padding: '1rem' }}>
            <SignedOutHint />
            <Routes>
              <Route path="/company/*" element={<StandaloneTab section="company" />} />
              <Route path="/profiles/*" element={<StandaloneTab section="profiles" />} />
              <Route path="*" element={<Navigate to="/company" replace />} />
            </Routes>
          </main>
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}
