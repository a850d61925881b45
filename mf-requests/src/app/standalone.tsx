import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { standaloneCustomerViewer, startStandalone as startStandalonePage } from '@customer-corner/ui/standalone';
import { MyProfileQuery } from '../features/requests/api/requests.operations';
import { RemoteApp } from './remote-app';

/** The signed-in user's profile, as the shell would pass it (viewers cannot submit, REQ-5). */
function useSignedInViewer() {
  const { data } = useQuery(MyProfileQuery);
  return data?.me ? standaloneCustomerViewer(data.me.profile ?? null) : null;
}

/** The tab without the shell (`pnpm --filter @customer-corner/mf-requests standalone`): see @customer-corner/ui/standalone. */
export function startStandalone(): Promise<void> {
  return startStandalonePage({
    RemoteApp,
    mounts: [{ basePath: '/requests' }],
    apollo: { ApolloClient, HttpLink, InMemoryCache, ApolloProvider },
    signInHintNamespace: 'requests',
    useViewer: useSignedInViewer,
  });
}
