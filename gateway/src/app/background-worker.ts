import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from '../platform/clock';
import type { GatewaySettings } from '../platform/graphql/context';
import type { Logger } from '../platform/logging';
import { OutboxWorker } from '../platform/outbox/outbox-worker';
import { activationReminderJob, identityOutboxHandlers } from '../modules/identity';
import { mailDeliveryHandler, type MailTransport } from '../modules/notifications';

/** The worker of the outbox (NOT-3, X-6): every module's topics and periodic jobs, gathered here. */
export function createBackgroundWorker(input: {
  orm: MikroORM;
  settings: GatewaySettings;
  transport: MailTransport;
  clock: Clock;
  logger: Logger;
  /** Lease per claimed message (OUTBOX_LEASE_MS); renewed every third of it while the message is handled. */
  leaseMs?: number;
}): OutboxWorker {
  const { orm, settings, transport, clock, logger, leaseMs } = input;
  const handlers = { mail: mailDeliveryHandler(transport), ...identityOutboxHandlers(settings, clock) };
  return new OutboxWorker(orm, handlers, clock, logger, [activationReminderJob(orm, settings)], { leaseMs });
}
