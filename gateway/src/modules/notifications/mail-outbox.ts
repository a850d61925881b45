import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import { renderMail, type MailTemplate } from './mail-templates';

export interface MailPayload {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable across retries, so a receiving server can drop a duplicate (NOT-3). */
  messageId: string;
  template: MailTemplate['kind'];
  language: string;
}

/**
 * Writes an e-mail to the outbox in the caller's unit of work (NOT-3): it is sent only if the
 * change that causes it commits, and the worker retries it until the SMTP server takes it.
 */
export function enqueueMail(
  em: EntityManager,
  mail: { to: string; language: string; template: MailTemplate; deduplicationKey?: string },
  now: Date,
): OutboxMessage {
  const rendered = renderMail(mail.template, mail.language);
  const id = randomUUID();
  const message = em.create(OutboxMessage, {
    id,
    topic: 'mail',
    // A cause that can repeat (a reminder, a new invoice) names itself; a person's action is its own cause.
    deduplicationKey: mail.deduplicationKey ?? `mail:${id}`,
    payload: '',
    availableAt: now,
    createdAt: now,
    updatedAt: now,
  });
  const payload: MailPayload = {
    to: mail.to,
    ...rendered,
    messageId: `<${message.id}@customer-corner>`,
    template: mail.template.kind,
    language: mail.language,
  };
  message.payload = JSON.stringify(payload);
  em.persist(message);
  return message;
}
