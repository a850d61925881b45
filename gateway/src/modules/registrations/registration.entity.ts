import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';

export type RegistrationStatus = 'PENDING' | 'VERIFIED' | 'REJECTED';

/** ACC-8: an administrative contact registered through the public form, waiting for verification. */
@Entity({ tableName: 'registration' })
@Index({ properties: ['status', 'createdAt'] })
export class Registration extends BaseEntity {
  @Property({ type: 'string', length: 8 })
  customerNumber!: string;

  @Property({ type: 'string', length: 20 })
  contractNumber!: string;

  @Property({ type: 'string', length: 10 })
  enterpriseNumber!: string;

  @Property({ type: 'string', length: 200 })
  contactName!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 32 })
  phone!: string;

  @Property({ type: 'string', length: 2 })
  language!: string;

  @Property({ type: 'string', length: 16 })
  status!: RegistrationStatus;

  /** Whether the three numbers matched the customer's records when the form was sent. */
  @Property({ type: 'boolean' })
  numbersMatch!: boolean;

  @Property({ type: 'string', length: 36, nullable: true })
  decidedByRef?: string | null;

  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;
}
