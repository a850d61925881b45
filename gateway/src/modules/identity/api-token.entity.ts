import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';
import { Customer } from '../customers';
import { LoginProfile } from './identity.enums';

/** An integration token for partner software (PRO-5): shown once, stored as a SHA-256 hash. */
@Entity({ tableName: 'api_token' })
export class ApiToken extends BaseEntity {
  @ManyToOne(() => Customer, { deleteRule: 'restrict', index: true })
  customer!: Customer;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  profile!: LoginProfile;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  /** First characters of the token, so people can tell tokens apart. */
  @Property({ type: 'string', length: 16 })
  displayPrefix!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'string', length: 36 })
  createdByLoginRef!: string;
}
