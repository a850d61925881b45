import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** INT-1, INT-2: the routes only the core leasing system calls, behind one shared secret sent as a bearer token.
 * One middleware for every internal route, so that no route can forget the check. */
export function internalSecretRequired(secret: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (bearerMatches(req.header('authorization'), secret)) {
      next();
      return;
    }
    res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'A valid ingestion secret is required' } });
  };
}

/** Constant-time comparison: the answer's timing tells nothing about how much of the secret was right. */
export function bearerMatches(header: string | undefined, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
