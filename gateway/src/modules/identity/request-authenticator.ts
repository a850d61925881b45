import type { EntityManager } from '@mikro-orm/core';
import type { CustomerProfile, Principal } from '../../platform/auth/principal';
import type { RequestAuth } from '../../platform/auth/request-auth';
import { sha256Hex } from '../../platform/auth/secrets';
import { RequestBudgets } from '../../platform/rate-limiter';
import { ApiToken } from './api-token.entity';
import { LoginStatus } from './identity.enums';
import { SessionService } from './session.service';
import { StaffAccount } from './staff-account.entity';

/** API-4: requests per minute for one session or one token. */
export const REQUESTS_PER_MINUTE = 600;
const LAST_USED_EVERY_MS = 60_000;
export const API_TOKEN_PREFIX = 'ccp_';
/** One per process: keys are random session and token ids, so gateways in one process never share one. */
const budgets = new RequestBudgets();

/**
 * Turns a request's credentials into a principal: `Authorization: Bearer <token>` for partner
 * software (API-1, PRO-5), else the session cookie (ACC-5). Unknown, expired, revoked or
 * deactivated credentials give an anonymous request, never an error here.
 */
export async function authenticateRequest(
  em: EntityManager,
  credentials: { authorization?: string; sessionToken?: string },
  now: Date,
  requestsPerMinute = REQUESTS_PER_MINUTE,
): Promise<RequestAuth> {
  const anonymous: RequestAuth = { principal: null, session: null, pendingSession: null, rateLimited: false };
  const bearer = /^Bearer\s+(\S+)$/i.exec(credentials.authorization ?? '')?.[1];
  if (bearer) {
    if (!bearer.startsWith(API_TOKEN_PREFIX)) return anonymous;
    const token = await em.findOne(ApiToken, { tokenHash: sha256Hex(bearer) });
    if (!token || token.revokedAt || token.expiresAt <= now) return anonymous;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    const principal: Principal = { kind: 'api-token', tokenId: token.id, customerId: token.customer.id, profile: token.profile };
    return {
      ...anonymous,
      principal,
      rateLimited: !(await budgets.hit(em, `token:${token.id}`, requestsPerMinute, now)),
    };
  }
  if (!credentials.sessionToken) return anonymous;
  const session = await new SessionService(em).find(credentials.sessionToken, now);
  if (!session) return anonymous;
  if (session.secondFactorPending || session.enrollmentRequired) {
    // A half-signed-in session reaches the enrollment fields: it spends a budget like a full one (#11 §2).
    const allowed = await budgets.hit(em, `session:${session.id}`, requestsPerMinute, now);
    return { ...anonymous, pendingSession: session, rateLimited: !allowed };
  }

  let principal: Principal | null = null;
  if (session.kind === 'staff') {
    const staff = await em.findOne(StaffAccount, { id: session.accountRef, active: true });
    if (staff) principal = { kind: 'staff', staffId: staff.id, role: staff.role, sessionId: session.id };
  } else if (session.login?.status === LoginStatus.ACTIVE) {
    principal = {
      kind: 'customer-user',
      userId: session.activeLoginRef,
      customerId: session.login.customerId,
      profile: session.login.profile as CustomerProfile,
      sessionId: session.id,
      language: session.login.language,
    };
  }
  if (!principal) {
    await new SessionService(em).close(session.id);
    return anonymous;
  }
  const allowed = await budgets.hit(em, `session:${session.id}`, requestsPerMinute, now);
  return { principal, session, pendingSession: null, rateLimited: !allowed };
}
