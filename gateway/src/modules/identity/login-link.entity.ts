import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';
import { CustomerLogin } from './customer-login.entity';

/** ACC-11: two logins of one person, proven by both passwords, between which a session may switch. */
@Entity({ tableName: 'login_link' })
@Unique({ properties: ['firstLogin', 'secondLogin'] })
export class LoginLink extends BaseEntity {
  @ManyToOne(() => CustomerLogin, { deleteRule: 'cascade', index: true })
  firstLogin!: CustomerLogin;

  @ManyToOne(() => CustomerLogin, { deleteRule: 'cascade', index: true })
  secondLogin!: CustomerLogin;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
