import type { ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './db/database-unavailable';

/**
 * Issue #13 §5: with the database away every answer is HTTP 503, code SERVICE_UNAVAILABLE, with
 * Retry-After — for /graphql and for the download routes alike — so that clients and load balancers
 * retry instead of reporting a bug. Nothing was changed by such a request.
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const RETRY_AFTER_SECONDS = 5;
export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable: try again in a few seconds';

/** The plain-HTTP answer (downloads, uploads, internal routes). */
export function sendServiceUnavailable(res: ServerResponse): void {
  const body = JSON.stringify({ error: { code: SERVICE_UNAVAILABLE, message: SERVICE_UNAVAILABLE_MESSAGE } });
  res.statusCode = 503;
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * For a failure while building a GraphQL request's context (the session lookup): Apollo answers such
 * an error with the status and headers of its `http` extension instead of 500.
 */
export function rethrowIfDatabaseUnavailable(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  throw new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    originalError: error instanceof Error ? error : undefined,
    extensions: {
      code: SERVICE_UNAVAILABLE,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

// One shared listener: nothing is allocated per request on the hot path.
const listener: GraphQLRequestListener<object> = {
  async willSendResponse({ response }) {
    if (response.body.kind !== 'single') return;
    if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE)) return;
    // A resolver met the outage (the formatter gave it the code): the whole answer says "retry".
    response.http.status = 503;
    response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
  },
};

export const serviceUnavailablePlugin: ApolloServerPlugin<object> = {
  requestDidStart: async () => listener,
};
