import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { tap } from 'rxjs';
import { credentialOperations } from '../features/auth/api/identity.operations';
import { isUnauthenticated } from '../features/auth/utils/graphql-errors';
import { sessionEvents } from '../features/auth/utils/session-events';

/**
 * The one Apollo link that handles UNAUTHENTICATED for every tab (they share this client): a
 * session that expired on the server sends the user back to sign-in with a clear message. A wrong
 * password on a sign-in form is the same code and stays with its form.
 */
export function createSessionExpiryLink(onExpired: () => void = () => sessionEvents.expired()): ApolloLink {
  // A plain link rather than @apollo/client/link/error: same effect, less code on the first screen (issue #4).
  return new ApolloLink((operation, forward) => {
    if (credentialOperations.has(operation.operationName ?? '')) return forward(operation);
    return forward(operation).pipe(
      tap({
        next: (result) => {
          if ('errors' in result && result.errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) onExpired();
        },
        error: (error: unknown) => {
          if (isUnauthenticated(error as Error) || (ServerError.is(error) && error.statusCode === 401)) onExpired();
        },
      }),
    );
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin as the shell: the HttpOnly session cookie goes along; JSON POSTs pass CSRF prevention.
    link: ApolloLink.from([createSessionExpiryLink(), new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
}
