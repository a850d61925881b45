import type { EntityManager } from '@mikro-orm/core';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';
import { DomainError } from '../errors';
import type { RouteContext } from './route-mount';

/**
 * The one authentication of the HTTP routes beside /graphql (downloads, uploads, personal data):
 * the session cookie or bearer token exactly as /graphql reads it, the same request budget, and the
 * same refusals — UNAUTHENTICATED without a caller, RATE_LIMITED over the budget — thrown as domain
 * errors that sendDomainError answers (issue #14 §2).
 */
export async function signedInCaller(context: RouteContext, req: Request, em: EntityManager): Promise<Principal> {
  const auth = await context.authenticate(req, em);
  if (!auth.principal) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (auth.rateLimited) throw new DomainError('RATE_LIMITED', 'Too many requests: slow down and try again in a minute');
  return auth.principal;
}
