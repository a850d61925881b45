import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { migrate, openDatabase } from '../../app/database';
import { createScratchDatabase, type ScratchDatabase } from '../../platform/db/scratch-database';
import { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import { databaseEnv, startWorkerProcess, type RealProcess } from '../../test/processes';
import { enqueueMail } from './mail-outbox';

/**
 * Issue #13 §3, NOT-3: several worker processes on one database, a slow SMTP server, kill -9.
 *
 * Timings are scaled down so the file runs in about a minute and a half (up to three on a busy machine): the SMTP server takes 750 ms per mail and
 * a claim's lease is 600 ms (OUTBOX_LEASE_MS), renewed every 200 ms — a mail takes longer than a lease,
 * so without renewal every mail would be taken by the other worker mid-send. Production: 60 s lease
 * renewed every 20 s, SMTP servers that take up to a few seconds.
 */
const SMTP_DELAY_MS = 750;
const LEASE_MS = 600;

let scratch: ScratchDatabase;
let orm: MikroORM;
let server: SMTPServer;
let smtpUrl: string;
/** Message-IDs of the mails the SMTP server accepted (answered 250 on a connection still open). */
let accepted: string[] = [];
/** Called when a mail has been read and is about to be accepted; a test may kill its sender here. */
let beforeAccepting: (messageId: string) => void = () => undefined;
/** Called when a mail's data starts arriving (the sender is now waiting for the answer). */
let onDataStarted: () => void = () => undefined;
const closedSessions = new Set<string>();
const workers: RealProcess[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase(process.env.DATABASE_URL);
  orm = await openDatabase(scratch.database);
  await migrate(orm);
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      onDataStarted();
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const messageId = /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim() ?? '';
        setTimeout(() => {
          if (closedSessions.has(session.id)) return callback(new Error('client gone'));
          beforeAccepting(messageId);
          accepted.push(messageId);
          callback();
        }, SMTP_DELAY_MS);
      });
    },
  });
  // a killed worker resets its connection: expected here, not a failure of the server
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
}, 120_000);

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.kill()));
  beforeAccepting = () => undefined;
  onDataStarted = () => undefined;
  accepted = [];
  await orm.em.fork().nativeDelete(OutboxMessage, {});
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await orm.close(true);
  await scratch.drop();
});

async function enqueue(count: number): Promise<string[]> {
  const em = orm.em.fork();
  const now = new Date();
  const ids = Array.from(
    { length: count },
    (_, i) =>
      enqueueMail(
        em,
        {
          to: `user${i}@example.be`,
          language: ['fr', 'nl', 'en'][i % 3]!,
          template: { kind: 'password-changed', name: `User ${i}`, portalUrl: 'https://portal.example' },
        },
        new Date(now.getTime() + i),
      ).id,
  );
  await em.flush();
  return ids.map((id) => `<${id}@customer-corner>`);
}

function worker(): Promise<RealProcess> {
  return startWorkerProcess({
    ...databaseEnv(scratch.database),
    SMTP_URL: smtpUrl,
    OUTBOX_LEASE_MS: String(LEASE_MS),
    OUTBOX_POLL_MS: '100',
  }).then((started) => {
    workers.push(started);
    return started;
  });
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const unsent = () => orm.em.fork().count(OutboxMessage, { processedAt: null });

function copiesById(ids: string[]): Map<string, number> {
  const copies = new Map<string, number>();
  for (const id of ids) copies.set(id, (copies.get(id) ?? 0) + 1);
  return copies;
}

describe('outbox with several worker processes (issue #13 §3, NOT-3)', () => {
  it('two workers, an SMTP server taking longer per mail than a lease: 120 mails → 120 delivered, 0 duplicated', async () => {
    const expected = await enqueue(120);
    await Promise.all([worker(), worker()]);
    // 45 s of SMTP time on an idle machine; a busy CI machine may need twice that
    await until(async () => (await unsent()) === 0, 150_000, 'all 120 mails to be marked sent');
    // a late duplicate would arrive within one more send
    await new Promise((resolve) => setTimeout(resolve, SMTP_DELAY_MS * 2));

    expect(accepted).toHaveLength(120);
    expect(new Set(accepted).size).toBe(120);
    expect([...accepted].sort()).toEqual([...expected].sort());
    const stored = await orm.em.fork().find(OutboxMessage, {});
    expect(stored.filter((m) => m.attempts === 1 && m.processedAt && m.lockedUntil === null && m.claimToken === null)).toHaveLength(120);
  }, 200_000);

  it('kill -9 mid-send loses nothing; a kill right after the SMTP server accepted resends with the same Message-ID', async () => {
    const expected = await enqueue(8);
    // 1. killed while the server is still reading its first mail: that mail was never accepted
    const first = await worker();
    const firstDataSeen = new Promise<void>((resolve) => (onDataStarted = resolve));
    await firstDataSeen;
    await first.kill();
    onDataStarted = () => undefined;
    expect(accepted).toEqual([]);

    // 2. the next worker is killed at the moment the server accepts its second mail: no chance to mark it
    const second = await worker();
    let acceptedBySecond = 0;
    let acceptedWhenKilled = '';
    beforeAccepting = (messageId) => {
      acceptedBySecond += 1;
      if (acceptedBySecond === 2) {
        acceptedWhenKilled = messageId;
        second.child.kill('SIGKILL');
      }
    };
    await until(() => acceptedWhenKilled !== '', 60_000, 'the second worker to send two mails');
    await second.kill();
    beforeAccepting = () => undefined;

    // 3. a restarted worker takes over once the leases run out, and delivers the rest
    await worker();
    await until(async () => (await unsent()) === 0, 60_000, 'every mail to be marked sent');
    await new Promise((resolve) => setTimeout(resolve, SMTP_DELAY_MS * 2));

    const copies = copiesById(accepted);
    expect([...copies.keys()].sort()).toEqual([...expected].sort()); // 0 lost
    // at-least-once: only the mail accepted at the instant of the kill came twice, with its own Message-ID
    expect([...copies].filter(([, n]) => n > 1)).toEqual([[acceptedWhenKilled, 2]]);
    expect(accepted).toHaveLength(9);
  }, 200_000);
});
