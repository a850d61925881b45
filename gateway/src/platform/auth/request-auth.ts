import type { Principal } from './principal';

/** What the gateway knows of a request's session (ACC-5), without depending on the identity module. */
export interface SessionRef {
  id: string;
  kind: 'customer' | 'staff';
  accountRef: string;
  activeLoginRef: string;
  secondFactorPending: boolean;
  enrollmentRequired: boolean;
  expiresAt: Date;
}

export interface RequestAuth {
  principal: Principal | null;
  /** A full session (signed in). */
  session: SessionRef | null;
  /** A session still waiting for its second factor or for an enrollment: grants nothing else. */
  pendingSession: SessionRef | null;
  /** API-4: the session's or token's request budget is spent. */
  rateLimited: boolean;
}

export interface HttpAuth extends RequestAuth {
  ip: string;
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
}

export const anonymousAuth = (): HttpAuth => ({
  principal: null,
  session: null,
  pendingSession: null,
  rateLimited: false,
  ip: '127.0.0.1',
  setSessionCookie: () => undefined,
  clearSessionCookie: () => undefined,
});
