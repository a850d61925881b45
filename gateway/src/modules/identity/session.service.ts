import type { EntityManager } from '@mikro-orm/core';
import { randomToken, sha256Hex } from '../../platform/auth/secrets';
import { Session, type SessionKind } from './session.entity';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not all become writes. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface NewSession {
  token: string;
  session: Session;
}

/** Server-side sessions (ACC-5): opaque 256-bit tokens, only their SHA-256 stored. */
export class SessionService {
  constructor(private readonly em: EntityManager) {}

  open(
    input: {
      kind: SessionKind;
      accountRef: string;
      activeLoginRef?: string;
      secondFactorPending?: boolean;
      enrollmentRequired?: boolean;
      ip?: string | null;
    },
    now: Date,
  ): NewSession {
    const token = randomToken(32);
    const session = this.em.create(Session, {
      id: sha256Hex(token),
      kind: input.kind,
      accountRef: input.accountRef,
      activeLoginRef: input.activeLoginRef ?? input.accountRef,
      secondFactorPending: input.secondFactorPending ?? false,
      enrollmentRequired: input.enrollmentRequired ?? false,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ipAddress: input.ip ?? null,
      createdAt: now,
      updatedAt: now,
    });
    this.em.persist(session);
    return { token, session };
  }

  /** The live session behind a cookie token, or null (unknown, idle for 30 min, or past 12 h). */
  async find(token: string, now: Date): Promise<Session | null> {
    if (!/^[\w-]{20,100}$/.test(token)) return null;
    const session = await this.em.findOne(Session, { id: sha256Hex(token) });
    if (!session) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS || now >= session.expiresAt) {
      await this.em.nativeDelete(Session, { id: session.id });
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return session;
  }

  async switchActiveLogin(sessionId: string, loginRef: string): Promise<void> {
    await this.em.nativeUpdate(Session, { id: sessionId }, { activeLoginRef: loginRef });
  }

  async close(sessionId: string): Promise<void> {
    await this.em.nativeDelete(Session, { id: sessionId });
  }

  /** Sign-out everywhere: password change, deactivation, access removal (ACC-5). */
  async closeAllOf(accountRef: string, exceptSessionId?: string): Promise<number> {
    return this.em.nativeDelete(Session, { accountRef, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) });
  }

  /** Sessions acting as a login that is being removed (ACC-11 links, deactivation). */
  async closeAllActingAs(loginRef: string): Promise<number> {
    return this.em.nativeDelete(Session, { $or: [{ accountRef: loginRef }, { activeLoginRef: loginRef }] });
  }
}
