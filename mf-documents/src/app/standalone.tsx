import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { ensureUiStyles, registerUiTranslations, SkipLink } from '@customer-corner/ui';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { RemoteApp } from './remote-app';

/**
 * Standalone mode for the tab's team: the tab without the shell (`pnpm --filter @customer-corner/mf-documents standalone`),
 * /graphql and the downloads proxied to a gateway. Sign in on the portal (same host name) first: the session cookie is shared across ports.
 */
export async function startStandalone(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: localStorage.getItem('cc-language') ?? 'fr',
    fallbackLng: 'fr',
    resources: {},
    interpolation: { escapeValue: false },
  });
  registerUiTranslations(i18next);
  ensureUiStyles();
  const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <SkipLink targetId="main" />
          <main id="main" style={{ maxWidth: 1200, margin: '0 auto', padding: '1rem' }}>
            <Routes>
              <Route
                path="/documents/*"
                element={
                  <RemoteApp
                    basePath="/documents"
                    section="documents"
                    viewer={null}
                    customerServicesEmail="customer.services@customer-corner.example"
                  />
                }
              />
              <Route
                path="/leaflets/*"
                element={
                  <RemoteApp
                    basePath="/leaflets"
                    section="leaflets"
                    viewer={null}
                    customerServicesEmail="customer.services@customer-corner.example"
                  />
                }
              />
              <Route path="*" element={<Navigate to="/documents" replace />} />
            </Routes>
          </main>
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}
