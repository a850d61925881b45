import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';
import { CustomerLogin } from './customer-login.entity';

/** A one-time "forgot password" link (ACC-7), valid 30 minutes, stored hashed. */
@Entity({ tableName: 'password_reset' })
export class PasswordReset extends BaseEntity {
  @ManyToOne(() => CustomerLogin, { deleteRule: 'cascade', index: true })
  login!: CustomerLogin;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
