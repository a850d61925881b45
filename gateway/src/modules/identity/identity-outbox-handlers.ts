import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import type { GatewaySettings } from '../../platform/graphql/context';
import type { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import type { OutboxHandler } from '../../platform/outbox/outbox-worker';
import { CustomerService } from '../customers';
import { enqueueMail } from '../notifications';
import { CustomerLogin } from './customer-login.entity';
import { LoginStatus } from './identity.enums';
import { IdentityService } from './identity.service';

interface ContractActivated {
  customerId: string;
}
interface InvoiceIssued {
  documentId: string;
  number: string;
  customerId: string;
}

/**
 * What the identity module does with the outbox topics about logins. Database work, done in the
 * transaction that marks the message done; the mail it writes goes out through the mail topic.
 */
export function identityOutboxHandlers(settings: GatewaySettings, clock: Clock): Record<string, OutboxHandler> {
  return {
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

/** ACC-9: the reminders of accesses not activated yet, run by the worker between messages. */
export function activationReminderJob(orm: MikroORM, settings: GatewaySettings): (now: Date) => Promise<void> {
  return async (now) => {
    await new IdentityService(orm.em.fork(), settings).sendDueActivationReminders(now);
  };
}
