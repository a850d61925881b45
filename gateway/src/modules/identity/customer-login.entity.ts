import { Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';
import { Customer } from '../customers';
import { LoginProfile, LoginStatus } from './identity.enums';

/** A person's access to one customer number (ACC-1). Secrets are only ever stored hashed or encrypted. */
@Entity({ tableName: 'customer_login' })
@Index({ properties: ['customer', 'status'] })
export class CustomerLogin extends BaseEntity {
  /** 9 random digits, shown in the activation e-mail and typed at sign-in. */
  @Property({ type: 'string', length: 9 })
  @Unique()
  loginId!: string;

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  customer!: Customer;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 16 })
  profile!: LoginProfile;

  /** PENDING_ACTIVATION, ACTIVE or DEACTIVATED; "locked" is derived from lockedUntil. */
  @Property({ type: 'string', length: 20 })
  status!: LoginStatus;

  @Property({ type: 'string', length: 200, nullable: true })
  passwordHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  passwordChangedAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  temporaryPasswordHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  temporaryPasswordExpiresAt?: Date | null;

  /** Brussels date on which the ACC-3 reminder is due; cleared once sent. */
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  activationReminderDay?: string | null;

  @Property({ type: 'integer' })
  failedAttempts: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  @Property({ type: 'string', length: 2 })
  language: Opt<string> = 'fr';

  /** NOT-1: e-mail when a new invoice is available; on by default. */
  @Property({ type: 'boolean' })
  notifyNewInvoice: Opt<boolean> = true;

  /** The login that created this one (PRO-2); null for the first administrator. */
  @Property({ type: 'string', length: 36, nullable: true })
  createdByLoginRef?: string | null;

  /** TOTP secret, encrypted with the server's key (ACC-10). */
  @Property({ type: 'text', nullable: true })
  totpSecretEncrypted?: string | null;

  @Property({ type: 'datetime', nullable: true })
  totpEnabledAt?: Date | null;

  /** Last accepted TOTP time step: the same code cannot be used twice. */
  @Property({ type: 'bigint', nullable: true })
  totpLastStep?: string | null;

  /** JSON array of the unused recovery codes, each as a keyed HMAC (`sealRecoveryCode`); older rows may hold plain SHA-256. */
  @Property({ type: 'text', nullable: true })
  recoveryCodeHashes?: string | null;
}
