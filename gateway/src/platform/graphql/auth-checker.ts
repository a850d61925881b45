import type { AuthChecker } from 'type-graphql';
import { DomainError } from '../errors';
import { rolesOf } from '../auth/principal';
import type { GraphQLContext } from './context';

/** No principal → UNAUTHENTICATED; `@Authorized()` → any principal; roles → at least one in common. */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  const principal = context.principal;
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  if (context.auth.rateLimited) throw new DomainError('RATE_LIMITED', 'Too many requests: slow down and try again in a minute');
  if (roles.length === 0) return true;
  const held = rolesOf(principal) as string[];
  if (roles.some((role) => held.includes(role))) return true;
  throw new DomainError('FORBIDDEN', 'Your access does not allow this');
};
