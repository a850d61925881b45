import type { EntityManager } from '@mikro-orm/core';
import { randomToken, sha256Hex } from '../../platform/auth/secrets';
import { sqlReaderOf, sqlValue } from '../../platform/db/sql-reader';
import type { SessionRef } from '../../platform/auth/request-auth';
import { Session, type SessionKind } from './session.entity';
import { SESSION_LOOKUP_SQL } from './session-sql';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not all become writes. */
const TOUCH_EVERY_MS = 60 * 1000;

/** A session as read on each request, with the customer login it currently acts as (if any). */
export interface LiveSession extends SessionRef {
  lastSeenAt: Date;
  login: { customerId: string; profile: string; status: string; language: string } | null;
}

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
      /** Logins whose second factor this session has proven (issue #11 §1). */
      secondFactorProvenFor?: string[];
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
      secondFactorProvenFor: JSON.stringify(input.secondFactorProvenFor ?? []),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ipAddress: input.ip ?? null,
      createdAt: now,
      updatedAt: now,
    });
    this.em.persist(session);
    return { token, session };
  }

  /**
   * The live session behind a cookie token, or null (unknown, idle for 30 min, or past 12 h), with the
   * customer login it acts as. One lean statement: this runs before every signed-in request (issue #8).
   */
  async find(token: string, now: Date): Promise<LiveSession | null> {
    if (!/^[\w-]{20,100}$/.test(token)) return null;
    const [row] = await sqlReaderOf(this.em).all(SESSION_LOOKUP_SQL, [sha256Hex(token)]);
    if (!row) return null;
    const session: LiveSession = {
      id: String(row.id),
      kind: row.kind as SessionKind,
      accountRef: String(row.account_ref),
      activeLoginRef: String(row.active_login_ref),
      secondFactorPending: sqlValue.boolean(row.second_factor_pending),
      enrollmentRequired: sqlValue.boolean(row.enrollment_required),
      lastSeenAt: sqlValue.date(row.last_seen_at) ?? new Date(0),
      expiresAt: sqlValue.date(row.expires_at) ?? new Date(0),
      login:
        row.login_customer_id === null || row.login_customer_id === undefined
          ? null
          : {
              customerId: String(row.login_customer_id),
              profile: String(row.login_profile),
              status: String(row.login_status),
              language: String(row.login_language),
            },
    };
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

  /**
   * Only IdentityService.actAs may call this: it is the one place that decides whether the session
   * may act as `loginRef` (issue #11 §1, ACC-10/ACC-11).
   */
  async writeActiveLogin(sessionId: string, loginRef: string): Promise<void> {
    await this.em.nativeUpdate(Session, { id: sessionId }, { activeLoginRef: loginRef });
  }

  /** The logins whose second factor this session has proven, read from the database (not the request's start). */
  async secondFactorProvenFor(sessionId: string): Promise<string[] | null> {
    const [row] = await this.em
      .getConnection()
      .execute<{ second_factor_proven_for: string }[]>(
        'select second_factor_proven_for from session where id = ?',
        [sessionId],
        'all',
        this.em.getTransactionContext(),
      );
    return row ? (JSON.parse(row.second_factor_proven_for) as string[]) : null;
  }

  async recordSecondFactorProven(sessionId: string, loginRef: string): Promise<void> {
    const proven = (await this.secondFactorProvenFor(sessionId)) ?? [];
    if (proven.includes(loginRef)) return;
    await this.em.nativeUpdate(Session, { id: sessionId }, { secondFactorProvenFor: JSON.stringify([...proven, loginRef]) });
  }

  /** Whether a session still exists and still waits for its second factor — asked of the database at each attempt. */
  async isPendingAlive(sessionId: string): Promise<boolean> {
    return (await this.em.count(Session, { id: sessionId, secondFactorPending: true })) === 1;
  }

  /** A login just locked: every half-signed-in session of it dies with the lock (issue #11 §1). */
  async closePendingOf(accountRef: string): Promise<number> {
    return this.em.nativeDelete(Session, { accountRef, secondFactorPending: true });
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
