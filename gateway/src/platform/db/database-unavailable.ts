/**
 * Whether an error means "the database cannot be reached right now" (issue #13 §5) — as opposed to a
 * bug or a bad statement. Those requests answer 503 SERVICE_UNAVAILABLE with Retry-After: the caller
 * should simply try again, and nothing was changed.
 *
 * Looked for along the error's chain (`cause`, GraphQL's `originalError`, MikroORM's `previous`):
 * socket errors of the driver, PostgreSQL's connection-level SQLSTATEs, the pool's acquire timeout,
 * and SQLite's "database is locked" after its busy timeout.
 */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ECONNABORTED',
]);

/** 08xxx connection exception; 57P01–03 server shutting down, crashed, starting up; 53300 too many connections. */
const UNAVAILABLE_SQLSTATES = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

const DRIVER_MESSAGES = [
  /Connection terminated/i, // pg: the server or the network dropped the connection
  /Connection ended unexpectedly/i,
  /Client has encountered a connection error and is not queryable/i,
  /Timeout acquiring a connection/i, // knex pool: nothing free and nothing could be opened
  /timeout expired/i, // pg connectionTimeoutMillis
];

const SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, sqlState, name, message } = current as { code?: unknown; sqlState?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLITE_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
    if (typeof sqlState === 'string' && UNAVAILABLE_SQLSTATES.test(sqlState)) return true;
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
    const next = current as { cause?: unknown; originalError?: unknown; previous?: unknown };
    current = next.originalError ?? next.previous ?? next.cause;
  }
  return false;
}
