import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { standaloneCustomerViewer, startStandalone as startStandalonePage } from '@customer-corner/ui/standalone';
import { StandaloneProfileQuery } from '../features/company/api/company.queries';
import { RemoteApp } from './remote-app';

/** The signed-in user's profile, as the shell would pass it (viewers cannot submit, REQ-5). */
function useSignedInViewer() {
  const { data } = useQuery(StandaloneProfileQuery);
  return data?.me ? standaloneCustomerViewer(data.me.profile ?? null) : null;
}

/** The tab without the shell (`pnpm --filter @customer-corner/mf-profiles standalone`): see @customer-corner/ui/standalone. */
export function startStandalone(): Promise<void> {
  return startStandalonePage({
    RemoteApp,
    mounts: [
      { basePath: '/company', section: 'company' },
      { basePath: '/profiles', section: 'profiles' },
    ],
    apollo: { ApolloClient, HttpLink, InMemoryCache, ApolloProvider },
    signInHintNamespace: 'company',
    useViewer: useSignedInViewer,
  });
}
