import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';

/** Who did what to which data, when, with the values before and after (BO-5, PRO-7). Append-only. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['customerRef', 'createdAt'] })
export class AuditEvent extends BaseEntity {
  /** The customer whose data it is; null for staff-only actions. */
  @Property({ type: 'string', length: 36, nullable: true })
  customerRef?: string | null;

  @Property({ type: 'string', length: 16 })
  actorKind!: 'customer' | 'staff' | 'token' | 'system';

  @Property({ type: 'string', length: 36, nullable: true })
  actorRef?: string | null;

  @Property({ type: 'string', length: 200 })
  actorName!: string;

  /** e.g. 'login.created', 'request.approved', 'company.bank-details.changed'. */
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 32 })
  entityType!: string;

  @Property({ type: 'string', length: 64 })
  entityRef!: string;

  @Property({ type: 'text', nullable: true })
  beforeJson?: string | null;

  @Property({ type: 'text', nullable: true })
  afterJson?: string | null;
}
