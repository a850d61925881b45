import nodemailer from 'nodemailer';
import type { MailPayload } from './mail-outbox';

export interface MailTransport {
  /** Resolves once the server has taken the message; rejects (and the worker retries) otherwise. */
  send(mail: MailPayload): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer (SMTP_URL). Message-ID is the outbox's, identical on every retry. */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
    },
    close: () => transporter.close(),
  };
}

/**
 * Development without SMTP: the message counts as delivered and stays readable in the outbox, which
 * the /dev/mailbox page lists (development only).
 */
export const devMailboxTransport: MailTransport = {
  send: async () => undefined,
  close: () => undefined,
};
