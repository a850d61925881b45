import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../features/auth/hooks/session';
import type { RuntimeConfig } from '../features/remotes/utils/runtime-config';
import { AppRoutes } from './app-routes';

/** The shell's providers. Tabs render inside them: Apollo, router and i18next are shared singletons. */
export function App({ client, i18n, config }: { client: ApolloClient; i18n: I18n; config: RuntimeConfig }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <SessionProvider>
              <AppRoutes customerServicesEmail={config.customerServicesEmail} />
            </SessionProvider>
          </BrowserRouter>
        </ApolloProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
