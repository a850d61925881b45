import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import type { Logger } from '../../platform/logging';
import type { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import { OutboxWorker, type OutboxHandler } from '../../platform/outbox/outbox-worker';
import type { GatewaySettings } from '../../platform/graphql/context';
import { CustomerService } from '../customers';
import { CustomerLogin, IdentityService, LoginStatus } from '../identity';
import { enqueueMail, type MailPayload } from './mail-outbox';
import type { MailTransport } from './mail-transport';

interface ContractActivated {
  customerId: string;
}
interface InvoiceIssued {
  documentId: string;
  number: string;
  customerId: string;
}

/**
 * What happens to each outbox topic. Mail goes out through SMTP outside any transaction and is marked
 * sent right after the server accepts it (NOT-3); the other topics are database work, done in the
 * transaction that marks the message done.
 */
export function outboxHandlers(settings: GatewaySettings, transport: MailTransport, clock: Clock): Record<string, OutboxHandler> {
  return {
    mail: {
      kind: 'delivery',
      run: async (message: OutboxMessage) => {
        await transport.send(JSON.parse(message.payload) as MailPayload);
      },
    },
    // ACC-2: a contract activated for a customer without logins creates its first administrator.
    'contract.activated': {
      kind: 'transactional',
      run: async (message: OutboxMessage, em: EntityManager) => {
        const event = JSON.parse(message.payload) as ContractActivated;
        await new IdentityService(em, settings).provisionFirstAdministrator(event.customerId, clock.now());
      },
    },
    // NOT-1: one e-mail per user who keeps the choice; a link to the portal, never the invoice itself.
    'invoice.issued': {
      kind: 'transactional',
      run: async (message: OutboxMessage, em: EntityManager) => {
        const event = JSON.parse(message.payload) as InvoiceIssued;
        const customer = await new CustomerService(em).getCustomer(event.customerId);
        const recipients = await em.find(CustomerLogin, { customer: event.customerId, status: LoginStatus.ACTIVE, notifyNewInvoice: true });
        for (const login of recipients) {
          enqueueMail(
            em,
            {
              to: login.email,
              language: login.language,
              deduplicationKey: `new-invoice:${event.documentId}:${login.id}`,
              template: {
                kind: 'new-invoice',
                name: login.name,
                documentNumber: event.number,
                companyName: customer.name,
                portalUrl: settings.publicUrl,
              },
            },
            clock.now(),
          );
        }
      },
    },
  };
}

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
  const reminders = async (now: Date) => {
    await new IdentityService(orm.em.fork(), settings).sendDueActivationReminders(now);
  };
  return new OutboxWorker(orm, outboxHandlers(settings, transport, clock), clock, logger, [reminders], { leaseMs });
}
