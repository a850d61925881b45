import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { graphQLProblems, type GraphQLProblems } from '@customer-corner/ui/api-problems';

/** What the gateway said went wrong (API-3), read by the kit's one parser; a network failure has no problems. */
export function problemsOf(error: ErrorLike | undefined | null): GraphQLProblems {
  return graphQLProblems(CombinedGraphQLErrors.is(error) ? error.errors : null);
}
