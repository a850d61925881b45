import { describe, expect, it } from 'vitest';
import { graphqlFetcher } from './graphql-fetcher';

describe('GraphiQL’s requests (issue #20 §2)', () => {
  it('POST JSON to the same origin with the session cookie, the CSRF preflight header and the typed headers', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetcher = graphqlFetcher('/graphql', async (url, init) => {
      calls.push({ url: String(url), init: init ?? {} });
      return new Response('{"data":{"__typename":"Query"}}');
    });
    const result = await fetcher({ query: '{ __typename }', operationName: null }, { headers: { Authorization: 'Bearer ccp_x' } });
    expect(result).toEqual({ data: { __typename: 'Query' } });
    expect(calls).toEqual([
      {
        url: '/graphql',
        init: {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            accept: 'application/graphql-response+json, application/json',
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            Authorization: 'Bearer ccp_x',
          },
          body: '{"query":"{ __typename }","operationName":null}',
        },
      },
    ]);
  });

  it('shows a non-JSON answer (a proxy’s error page) as an error with its status', async () => {
    const fetcher = graphqlFetcher('/graphql', async () => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const result = await fetcher({ query: '{ __typename }' });
    expect(result.errors?.map((error) => error.message)).toEqual(['HTTP 502: <h1>Bad gateway</h1>']);
  });
});
