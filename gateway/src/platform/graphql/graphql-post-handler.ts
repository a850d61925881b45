import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from '../logging';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { sendServiceUnavailable } from '../service-unavailable';
import type { GraphQLContext } from './context';
import { LIMITS } from './protections';

export const MAX_GRAPHQL_BODY_BYTES = 1024 * 1024;

export interface GraphQLPostHandlerOptions {
  apollo: ApolloServer<GraphQLContext>;
  allowedOrigins: ReadonlySet<string>;
  logger: Logger;
  /** The client's address under the gateway's TRUST_PROXY setting, as Express's `req.ip`. */
  clientAddress(req: IncomingMessage): string;
  /** The request's context; `setCookie` adds a Set-Cookie header to the answer. */
  context(input: { req: IncomingMessage; ip: string; requestId: string; setCookie(value: string): void }): Promise<GraphQLContext>;
}

/**
 * The common case of /graphql — a JSON POST of known length — served straight from node:http into
 * Apollo (issue #8: Express's router, body parser and response helpers cost about a fifth of a
 * small request). Everything else (GET, preflights, other content types, chunked or oversized
 * bodies) returns false and goes to the Express app, which answers exactly as before; for the
 * requests taken here the answers are the same: headers, CORS, size limits, errors.
 */
export function createGraphQLPostHandler(options: GraphQLPostHandlerOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'POST' || req.url !== '/graphql') return false;
    if (!/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(req.headers['content-type'] ?? '')) return false;
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length < 0 || length > MAX_GRAPHQL_BODY_BYTES || req.headers['transfer-encoding']) return false;
    void handle(options, req, res, length).catch((error: unknown) => {
      options.logger.error('unhandled HTTP error', { path: '/graphql', error: error instanceof Error ? error.stack : String(error) });
      if (res.headersSent) res.destroy();
      else if (isDatabaseUnavailable(error)) sendServiceUnavailable(res);
      else sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    });
    return true;
  };
}

async function handle(options: GraphQLPostHandlerOptions, req: IncomingMessage, res: ServerResponse, length: number): Promise<void> {
  const requestId = setRequestHeaders(req, res);
  allowOrigin(req, res, options.allowedOrigins);

  const body = await readBody(req, length);
  let parsed: unknown;
  try {
    parsed = body === null ? undefined : JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  // As express.json (strict): an object or an array, else the app's "could not be read" answer.
  if (parsed === null || typeof parsed !== 'object') {
    sendJson(res, 400, { error: { code: 'BAD_REQUEST', message: 'The request body could not be read' } });
    return;
  }
  const query = (parsed as { query?: unknown }).query;
  if (typeof query === 'string' && query.length > LIMITS.queryCharacters) {
    sendJson(res, 400, {
      errors: [{ message: `The query is longer than ${LIMITS.queryCharacters} characters`, extensions: { code: 'BAD_USER_INPUT' } }],
    });
    return;
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const cookies: string[] = [];
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body: parsed },
    context: () => options.context({ req, ip: options.clientAddress(req), requestId, setCookie: (value) => cookies.push(value) }),
  });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.setHeader('Content-Length', Buffer.byteLength(result.body.string));
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/** X-Request-Id (the caller's when well-formed, else a new one) and nosniff, on every answer. */
export function setRequestHeaders(req: Pick<IncomingMessage, 'headers'>, res: Pick<ServerResponse, 'setHeader'>): string {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return requestId;
}

/** CORS for a configured origin (credentials allowed); true when the origin is allowed. */
export function allowOrigin(
  req: Pick<IncomingMessage, 'headers'>,
  res: Pick<ServerResponse, 'setHeader'>,
  allowedOrigins: ReadonlySet<string>,
): boolean {
  const origin = req.headers.origin;
  if (!origin || !allowedOrigins.has(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  return true;
}

function readBody(req: IncomingMessage, length: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= length) chunks.push(chunk);
    });
    req.on('end', () => resolve(received === length ? Buffer.concat(chunks).toString('utf8') : null));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
