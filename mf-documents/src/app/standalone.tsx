import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { startStandalone as startStandalonePage } from '@customer-corner/ui/standalone';
import { RemoteApp } from './remote-app';

/**
 * The tab without the shell (`pnpm --filter @customer-corner/mf-documents standalone`), /graphql and the
 * downloads proxied to a gateway: see @customer-corner/ui/standalone. No sign-in hint on this page.
 */
export function startStandalone(): Promise<void> {
  return startStandalonePage({
    RemoteApp,
    mounts: [
      { basePath: '/documents', section: 'documents' },
      { basePath: '/leaflets', section: 'leaflets' },
    ],
    apollo: { ApolloClient, HttpLink, InMemoryCache, ApolloProvider },
  });
}
