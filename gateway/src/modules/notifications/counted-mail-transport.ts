import { mailsFailed, mailsSent } from '../../platform/metrics/instruments';
import type { MailTransport } from './mail-transport';

/** The transport, counting what the SMTP server accepted and refused (mails_sent_total, mails_failed_total; X-6). */
export function countedMailTransport(transport: MailTransport): MailTransport {
  return {
    async send(mail) {
      try {
        await transport.send(mail);
      } catch (error) {
        mailsFailed.inc();
        throw error;
      }
      mailsSent.inc();
    },
    close: () => transport.close(),
  };
}
