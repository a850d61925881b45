import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { tap } from 'rxjs';
import { credentialOperations } from '../features/auth/api/identity.operations';
import { sessionEvents } from '../features/auth/utils/session-events';

/**
 * The one Apollo link that handles UNAUTHENTICATED for every tab (they share this client): a
 * session that expired on the server sends the user back to sign-in with a clear message. A wrong
 * password on a sign-in form is the same code and stays with its form.
 */
/**
 * Issue #11 §1: switching into (or linking) a login with a second factor answers UNAUTHENTICATED with
 * these reasons when that login's code is missing or wrong. They are about the other login's code,
 * not about this session, so the form that asked stays on screen instead of a sign-out.
 */
const otherLoginCodeReasons: ReadonlySet<unknown> = new Set(['SECOND_FACTOR_REQUIRED', 'SECOND_FACTOR_INVALID']);

function endsSession(extensions: Record<string, unknown> | undefined): boolean {
  return extensions?.['code'] === 'UNAUTHENTICATED' && !otherLoginCodeReasons.has(extensions['reason']);
}

export function createSessionExpiryLink(onExpired: () => void = () => sessionEvents.expired()): ApolloLink {
  // A plain link rather than @apollo/client/link/error: same effect, less code on the first screen (issue #4).
  return new ApolloLink((operation, forward) => {
    if (credentialOperations.has(operation.operationName ?? '')) return forward(operation);
    return forward(operation).pipe(
      tap({
        next: (result) => {
          if ('errors' in result && result.errors?.some((e) => endsSession(e.extensions))) onExpired();
        },
        error: (error: unknown) => {
          const ended = CombinedGraphQLErrors.is(error) && error.errors.some((e) => endsSession(e.extensions));
          if (ended || (ServerError.is(error) && error.statusCode === 401)) onExpired();
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
