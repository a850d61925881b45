import type { EntityManager } from '@mikro-orm/core';
import { OutboxMessage } from './outbox-message.entity';

export type OutboxTopic = 'contract.activated' | 'invoice.issued' | 'mail' | 'core.change-applied';

export interface OutboxEvent<T extends object = object> {
  topic: OutboxTopic;
  deduplicationKey: string;
  payload: T;
}

/** Adds events to the unit of work of `em`: they commit or roll back with the change itself. */
export function enqueueOutboxEvents(em: EntityManager, events: OutboxEvent[], now: Date): void {
  for (const event of events) {
    em.persist(
      em.create(OutboxMessage, {
        topic: event.topic,
        deduplicationKey: event.deduplicationKey,
        payload: JSON.stringify(event.payload),
        availableAt: now,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }
}

export async function pendingOutboxMessages(em: EntityManager, topic?: OutboxTopic): Promise<OutboxMessage[]> {
  return em.find(OutboxMessage, { processedAt: null, ...(topic ? { topic } : {}) }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}
