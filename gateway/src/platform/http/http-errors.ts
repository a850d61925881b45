import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { DomainError, type ErrorCode } from '../errors';
import type { Logger } from '../logging';
import { sendServiceUnavailable } from '../service-unavailable';

/** The one table from a domain error to an HTTP status, for every route beside /graphql (issue #14 §2). */
export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  CONFLICT: 409,
};

/** How long a caller over its request budget waits (the budget counts per minute, X-6). */
const RATE_LIMIT_RETRY_SECONDS = 60;

/** A domain error as the JSON answer of an HTTP route: the same code and message /graphql would give. */
export function sendDomainError(res: Response, error: DomainError): void {
  if (error.code === 'RATE_LIMITED') res.setHeader('Retry-After', String(RATE_LIMIT_RETRY_SECONDS));
  res.status(HTTP_STATUS_OF[error.code]).json({
    error: { code: error.code, message: error.message, ...(error.details.fields?.length ? { fields: error.details.fields } : {}) },
  });
}

/**
 * The answer of any HTTP route that failed before sending: a domain error by the table, an unreachable
 * database 503, an unreadable body 400, anything else 500 and logged. The app's last handler.
 */
export function sendRouteError(error: unknown, req: Request, res: Response, logger: Logger): void {
  if (error instanceof DomainError) {
    sendDomainError(res, error);
    return;
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn('database unavailable', { requestId: res.locals.requestId, path: req.path, error: String(error) });
    sendServiceUnavailable(res);
    return;
  }
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  if (status >= 400 && status < 500) {
    res.status(status).json({ error: { code: 'BAD_REQUEST', message: 'The request body could not be read' } });
    return;
  }
  logger.error('unhandled HTTP error', {
    requestId: res.locals.requestId,
    path: req.path,
    error: error instanceof Error ? error.stack : String(error),
  });
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
}
