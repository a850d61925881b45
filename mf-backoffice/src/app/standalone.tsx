import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { startStandalone as startStandalonePage } from '@customer-corner/ui/standalone';
import { RemoteApp } from './remote-app';

/**
 * The tab without the shell (`pnpm --filter @customer-corner/mf-backoffice standalone`): see
 * @customer-corner/ui/standalone. Sign in on the portal as staff first.
 */
export function startStandalone(): Promise<void> {
  return startStandalonePage({
    RemoteApp,
    mounts: [{ basePath: '/back-office' }],
    apollo: { ApolloClient, HttpLink, InMemoryCache, ApolloProvider },
    signInHintNamespace: 'backoffice',
  });
}
