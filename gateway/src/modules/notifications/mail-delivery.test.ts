import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import { createLogger } from '../../platform/logging';
import { TEST_SETTINGS } from '../../test/test-settings';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { enqueueMail } from './mail-outbox';
import { createBackgroundWorker } from '../../app/background-worker';
import { smtpTransport } from './mail-transport';

/**
 * NOT-3: an SMTP outage delays mail, never loses or duplicates it. A real SMTP server runs in the
 * test; it answers 451 (try again later) for a while, then accepts.
 */
let t: TestGateway;
let server: SMTPServer;
let port: number;
let refusing = true;
const received: { messageId: string; to: string }[] = [];

beforeAll(async () => {
  t = await startTestGateway();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (refusing) {
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        received.push({ messageId: /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim() ?? '', to: session.envelope.rcptTo[0]?.address ?? '' });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

describe('mail delivery through the outbox (NOT-3)', () => {
  it('retries with back-off through a 451 outage and delivers every message exactly once, with a stable Message-ID', async () => {
    t.setNow('2026-11-26T09:00:00.000Z');
    const em = t.orm.em.fork();
    const now = t.clock.now();
    const messages = ['a', 'b', 'c', 'd', 'e'].map((x) =>
      enqueueMail(
        em,
        {
          to: `${x}@example.be`,
          language: 'en',
          template: { kind: 'password-changed', name: x.toUpperCase(), portalUrl: 'https://portal.example' },
        },
        now,
      ),
    );
    await em.flush();
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, 'Customer Corner <no-reply@customer-corner.example>');
    const worker = createBackgroundWorker({
      orm: t.orm,
      settings: TEST_SETTINGS,
      transport,
      clock: t.clock,
      logger: createLogger('silent'),
    });

    await worker.runOnce();
    let stored = await t.orm.em.fork().find(OutboxMessage, { topic: 'mail' });
    expect(stored.map((m) => [m.attempts, m.processedAt])).toEqual(Array(5).fill([1, null]));
    // back-off: 5 s after the first failure, nothing is due before that
    t.setNow('2026-11-26T09:00:04.000Z');
    expect(await worker.runOnce()).toBe(0);
    t.setNow('2026-11-26T09:00:06.000Z');
    await worker.runOnce();
    stored = await t.orm.em.fork().find(OutboxMessage, { topic: 'mail' });
    expect(stored.every((m) => m.attempts === 2 && m.lastError?.includes('451'))).toBe(true);

    refusing = false;
    t.setNow('2026-11-26T09:00:20.000Z');
    await worker.runOnce();
    await worker.runOnce();
    transport.close();
    expect(received.map((r) => r.to).sort()).toEqual(['a@example.be', 'b@example.be', 'c@example.be', 'd@example.be', 'e@example.be']);
    expect(received.map((r) => r.messageId).sort()).toEqual(messages.map((m) => `<${m.id}@customer-corner>`).sort());
    stored = await t.orm.em.fork().find(OutboxMessage, { topic: 'mail' });
    expect(stored.every((m) => m.processedAt !== null && m.attempts === 3)).toBe(true);
  });
});
