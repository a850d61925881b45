import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, keysetCondition, pageSize, toPage, type Page } from '../../platform/graphql/connection';
import { AuditEvent } from './audit-event.entity';

export interface Actor {
  kind: AuditEvent['actorKind'];
  ref: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', ref: null, name: 'Customer Corner' };

/** The actor of a principal; the name is looked up by the caller (it knows the login or staff row). */
export function actorOf(principal: Principal, name: string): Actor {
  switch (principal.kind) {
    case 'customer-user':
      return { kind: 'customer', ref: principal.userId, name };
    case 'api-token':
      return { kind: 'token', ref: principal.tokenId, name };
    case 'staff':
      return { kind: 'staff', ref: principal.staffId, name };
  }
}

/** Writes audit events in the caller's unit of work: they commit with the change they describe. */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  record(input: {
    customerRef: string | null;
    actor: Actor;
    action: string;
    entityType: string;
    entityRef: string;
    before?: unknown;
    after?: unknown;
    at: Date;
  }): void {
    this.em.persist(
      this.em.create(AuditEvent, {
        customerRef: input.customerRef,
        actorKind: input.actor.kind,
        actorRef: input.actor.ref,
        actorName: input.actor.name,
        action: input.action,
        entityType: input.entityType,
        entityRef: input.entityRef,
        beforeJson: input.before === undefined ? null : JSON.stringify(input.before),
        afterJson: input.after === undefined ? null : JSON.stringify(input.after),
        createdAt: input.at,
        updatedAt: input.at,
      }),
    );
  }

  /** Newest first; scoped to one customer, or all when customerRef is undefined (staff). */
  async list(
    filter: { customerRef?: string },
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<AuditEvent>> {
    const size = pageSize(first);
    const where = filter.customerRef ? { customerRef: filter.customerRef } : {};
    const cursor = after ? decodeCursor(after, 'epoch-ms') : null;
    const rows = await this.em.find(
      AuditEvent,
      cursor ? { $and: [where, keysetCondition('createdAt', 'desc', { key: new Date(cursor.key), id: cursor.id })] } : where,
      {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: size + 1,
      },
    );
    return toPage(
      rows,
      size,
      (row) => row.createdAt.getTime(),
      cursor !== null,
      () => this.em.count(AuditEvent, where),
    );
  }

  /** PRO-8: what one person did, newest first, for the export of their personal data. */
  actionsBy(actorRef: string, limit: number): Promise<AuditEvent[]> {
    return this.em.find(AuditEvent, { actorRef }, { orderBy: [{ createdAt: 'desc' }], limit });
  }
}
