import type { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import type { OutboxHandler } from '../../platform/outbox/outbox-worker';
import type { MailPayload } from './mail-outbox';
import type { MailTransport } from './mail-transport';

/**
 * NOT-3: the mail topic. Mail goes out through SMTP outside any transaction and is marked sent right
 * after the server accepts it. The worker that runs it with the other modules' topics is put together
 * in the composition root (app/background-worker.ts).
 */
export function mailDeliveryHandler(transport: MailTransport): OutboxHandler {
  return {
    kind: 'delivery',
    run: async (message: OutboxMessage) => {
      await transport.send(JSON.parse(message.payload) as MailPayload);
    },
  };
}
