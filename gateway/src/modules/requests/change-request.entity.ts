import { Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';
import { Customer } from '../customers';
import { ChangeRequestStatus, ChangeRequestType } from './request.enums';

/** A customer's request to change its company data (REQ-1 … REQ-5), processed in the back office (BO-3). */
@Entity({ tableName: 'change_request' })
@Unique({ properties: ['customer', 'idempotencyKey'] })
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['customer', 'createdAt'] })
export class ChangeRequest extends BaseEntity {
  /** Human reference quoted in e-mails, e.g. REQ-7K3M9Q2X. */
  @Property({ type: 'string', length: 16 })
  @Unique()
  reference!: string;

  @ManyToOne(() => Customer, { deleteRule: 'restrict' })
  customer!: Customer;

  @Property({ type: 'string', length: 24 })
  type!: ChangeRequestType;

  @Property({ type: 'string', length: 32 })
  status!: ChangeRequestStatus;

  /** The requested values, normalised (JSON). */
  @Property({ type: 'text' })
  payloadJson!: string;

  /** The company's values when the request was submitted (JSON), for the side-by-side view. */
  @Property({ type: 'text' })
  snapshotJson!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  contractNumber?: string | null;

  @Property({ type: 'string', length: 36 })
  submittedByRef!: string;

  @Property({ type: 'string', length: 200 })
  submittedByName!: string;

  /** REQ-5: the client's key; the same key twice is the same request. */
  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;

  /** SHA-256 of the normalised request: the same key with another body is refused. */
  @Property({ type: 'string', length: 64 })
  bodyHash!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  assigneeRef?: string | null;

  @Property({ type: 'string', length: 36, nullable: true })
  firstApproverRef?: string | null;

  @Property({ type: 'datetime', nullable: true })
  firstApprovedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  /** Number of history events so far; gives each new event its sequence. */
  @Property({ type: 'integer' })
  eventCount: Opt<number> = 0;

  /** Optimistic lock: two agents acting on the same request at once cannot both win (REQ-4). */
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
