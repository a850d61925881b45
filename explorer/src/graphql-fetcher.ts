/**
 * How GraphiQL reaches the gateway: like the portal (issue #20 §2) — POST JSON to the same origin
 * with the session cookie (`credentials: 'same-origin'`), and the `apollo-require-preflight` header
 * without which Apollo's CSRF prevention refuses the request. Headers typed in the editor (a partner's
 * `Authorization: Bearer …`) are added to these, never stored (see header-free-storage.ts).
 */
import { type ExecutionResult, GraphQLError } from 'graphql';

export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

export function graphqlFetcher(endpoint: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)) {
  return async (params: FetcherParams, options?: { headers?: Record<string, unknown> }): Promise<ExecutionResult> => {
    const typed = Object.fromEntries(Object.entries(options?.headers ?? {}).map(([name, value]) => [name, String(value)]));
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...typed,
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      // Not JSON (a proxy's error page): shown in the response pane as GraphiQL shows any error.
      return { errors: [new GraphQLError(`HTTP ${response.status}: ${text.slice(0, 500)}`)] };
    }
  };
}
