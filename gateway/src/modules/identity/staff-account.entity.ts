import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';
import { StaffRoleName } from './identity.enums';

/** A Customer Services account (BO-1), kept apart from customer logins; second factor always on. */
@Entity({ tableName: 'staff_account' })
export class StaffAccount extends BaseEntity {
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  role!: StaffRoleName;

  @Property({ type: 'string', length: 200 })
  passwordHash!: string;

  @Property({ type: 'text' })
  totpSecretEncrypted!: string;

  @Property({ type: 'bigint', nullable: true })
  totpLastStep?: string | null;

  @Property({ type: 'integer' })
  failedAttempts: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  /** Demo account: in development only, the code 000000 is accepted as its second factor. */
  @Property({ type: 'boolean' })
  demo: Opt<boolean> = false;
}
