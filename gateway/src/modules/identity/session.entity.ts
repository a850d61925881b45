import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

export type SessionKind = 'customer' | 'staff';

/**
 * A server-side session (ACC-5). The row id is the SHA-256 of the cookie's random token, so a
 * database leak does not hand out live cookies. Stored in the database so every replica shares it.
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['accountRef'] })
export class Session {
  /** SHA-256 (hex) of the cookie token. */
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt!: Date;

  @Property({ type: 'string', length: 16 })
  kind!: SessionKind;

  /** customer_login.id or staff_account.id of who signed in. */
  @Property({ type: 'string', length: 36 })
  accountRef!: string;

  /** ACC-11: the linked customer login currently acted as (defaults to accountRef). */
  @Property({ type: 'string', length: 36 })
  activeLoginRef!: string;

  /** Password accepted, second factor still expected: the session grants nothing else yet. */
  @Property({ type: 'boolean' })
  secondFactorPending: Opt<boolean> = false;

  /** Password accepted but the customer requires a second factor the user has not enrolled yet. */
  @Property({ type: 'boolean' })
  enrollmentRequired: Opt<boolean> = false;

  /**
   * JSON array of the login ids whose second factor this session has proven: its own at sign-in,
   * a linked login's when it was linked or first switched into (issue #11 §1, ACC-10/ACC-11).
   */
  @Property({ type: 'text' })
  secondFactorProvenFor: Opt<string> = '[]';

  @Property({ type: 'datetime' })
  lastSeenAt!: Date;

  /** Absolute end: 12 h after sign-in. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress?: string | null;
}
