import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../platform/db/base.entity';
import { ChangeRequest } from './change-request.entity';
import { RequestEventKind } from './request.enums';

/** The history of a change request, with the comments exchanged (REQ-3, BO-3). */
@Entity({ tableName: 'request_event' })
export class RequestEvent extends BaseEntity {
  @ManyToOne(() => ChangeRequest, { deleteRule: 'cascade', index: true })
  request!: ChangeRequest;

  /** Order within the request: 1, 2, 3… (timestamps can tie). */
  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'string', length: 32 })
  kind!: RequestEventKind;

  @Property({ type: 'string', length: 16 })
  actorKind!: 'customer' | 'staff';

  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  /** Internal staff notes are not shown to the customer. */
  @Property({ type: 'boolean' })
  visibleToCustomer: Opt<boolean> = true;
}
