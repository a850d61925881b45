/** The public face of the notifications module (issue #14 §1): what other modules, the composition root (app/),
 * the command-line tools and the tests may use. Everything else in this folder is the module's own. */
export { mailDeliveryHandler } from './mail-delivery-handler';
export { countedMailTransport } from './counted-mail-transport';
export { mountDevMailbox } from './dev-mailbox';
export { enqueueMail } from './mail-outbox';
export type { MailPayload } from './mail-outbox';
export { devMailboxTransport, smtpTransport } from './mail-transport';
export type { MailTransport } from './mail-transport';
