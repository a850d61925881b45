import { Entity, Index, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity';

/**
 * Events and e-mails written in the same transaction as the change that causes them (NOT-3, INT-2);
 * a worker delivers them later, so a crash between the change and the delivery loses nothing.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['topic', 'processedAt', 'availableAt'] })
export class OutboxMessage extends BaseEntity {
  /** e.g. 'contract.activated', 'invoice.issued'. */
  @Property({ type: 'string', length: 64 })
  topic!: string;

  /** Key that makes the same cause produce one message only (e.g. the invoice id). */
  @Property({ type: 'string', length: 128, unique: true })
  deduplicationKey!: string;

  @Property({ type: 'text' })
  payload!: string;

  @Property({ type: 'datetime' })
  availableAt: Opt<Date> = new Date();

  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  processedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  /** A worker that claims the message sets this; another replica skips it until then. */
  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  /**
   * Random token of the claim holding the lease (NOT-3): only that worker renews the lease or records
   * the outcome, so a worker whose lease ran out cannot undo the next worker's claim.
   */
  @Property({ type: 'string', length: 36, nullable: true })
  claimToken?: string | null;
}
