import type { MikroORM } from '@mikro-orm/core';
import type { Express } from 'express';
import { inlinePageCsp } from '../../platform/http/security-headers';
import { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import type { MailPayload } from './mail-outbox';
import { escapeHtml } from '../../platform/http/escape-html';

async function latestMails(orm: MikroORM) {
  const messages = await orm.em
    .fork()
    .find(OutboxMessage, { topic: 'mail' }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: 200 });
  return messages.map((message) => {
    const mail = JSON.parse(message.payload) as MailPayload;
    return {
      id: message.id,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      createdAt: message.createdAt,
      sent: message.processedAt != null,
    };
  });
}

const MAILBOX_STYLE =
  'body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a}article{border:1px solid #ccc;border-radius:8px;padding:0 1rem;margin:1rem 0}' +
  'pre{white-space:pre-wrap;font:inherit}.meta{color:#555}';
/** Only its own stylesheet applies; e-mail texts never run as code. */
const MAILBOX_CSP = inlinePageCsp({ styles: [MAILBOX_STYLE] });

/**
 * Development only (NOT-3 without SMTP): every e-mail the portal wrote, newest first, so a demo user
 * can read the activation e-mail. Never mounted when NODE_ENV=production.
 */
export function mountDevMailbox(app: Express, orm: MikroORM): void {
  app.get('/dev/mailbox.json', async (_req, res) => {
    res.json(await latestMails(orm));
  });
  app.get('/dev/mailbox', async (_req, res) => {
    const mails = await latestMails(orm);
    const items = mails
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p class="meta">To ${escapeHtml(m.to)} · ${m.createdAt.toISOString()}${m.sent ? '' : ' · queued'}</p><pre>${escapeHtml(m.text)}</pre></article>`,
      )
      .join('');
    res.setHeader('Content-Security-Policy', MAILBOX_CSP);
    res
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Development mailbox</title>` +
          `<style>${MAILBOX_STYLE}</style></head><body><h1>Development mailbox</h1><p>E-mails written by the portal, newest first. Not available in production.</p>${items || '<p>No e-mail yet.</p>'}</body></html>`,
      );
  });
}
