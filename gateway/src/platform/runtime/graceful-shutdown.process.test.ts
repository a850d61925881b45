import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { migrate, openDatabase } from '../../app/database';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { enqueueMail } from '../../modules/notifications';
import { databaseEnv, startNodeProcess } from '../../test/node-process';

/**
 * Issue #13 §1, X-6: a real gateway process (and a real worker process) gets a real SIGTERM while
 * real requests are in flight.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function scratch(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase(process.env.DATABASE_URL);
  cleanups.push(() => database.drop());
  return database;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown of a gateway process (#13 §1, X-6)', () => {
  it('on SIGTERM: /readyz 503 at once, requests still served during the drain, then the listener closes, a request held 12 s (> the drain plugin’s 10 s default) completes, exit 0', async () => {
    const database = await scratch();
    const uploadDir = mkdtempSync(join(tmpdir(), 'customer-corner-uploads-'));
    cleanups.push(() => rmSync(uploadDir, { recursive: true, force: true }));
    const gateway = startNodeProcess('src/main.ts', {
      ...databaseEnv(database.database),
      NODE_ENV: 'test',
      PORT: '0',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      UPLOAD_DIR: uploadDir,
      SHUTDOWN_DRAIN_MS: '1500',
      SHUTDOWN_GRACE_MS: '15000',
    });
    cleanups.push(() => void gateway.child.kill('SIGKILL'));
    const base = String((await gateway.waitForLog('gateway listening', 60_000)).fields.url);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    const heldStarted = Date.now();
    const held = fetch(`${base}/__test/hold?ms=12000`).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as unknown,
      at: Date.now(),
    }));
    await wait(300);

    const signalled = Date.now();
    gateway.child.kill('SIGTERM');
    await wait(200);
    const readiness = await fetch(`${base}/readyz`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({ status: 'stopping' });
    expect(readiness.headers.get('connection')).toBe('close');
    expect(Date.now() - signalled).toBeLessThan(1_000);

    // Still serving during the drain: a GraphQL request and the liveness probe.
    const graphql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(200);
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(Date.now() - signalled).toBeLessThan(1_500);

    // After the drain delay the listener is closed: a new connection is refused.
    await wait(1_500 + 700 - (Date.now() - signalled));
    const afterDrain = await fetch(`${base}/healthz`).then(
      (response) => `HTTP ${response.status}`,
      (error: unknown) => String((error as { cause?: { code?: string } }).cause?.code ?? error),
    );
    expect(afterDrain).toBe('ECONNREFUSED');

    const answer = await held;
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ heldMs: 12_000 });
    expect(answer.at - heldStarted).toBeGreaterThanOrEqual(12_000);

    const exit = await gateway.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    // It exits as soon as the held request is done, not at the end of the grace.
    expect(exit.at - answer.at).toBeLessThan(2_000);
    expect(gateway.logs.map((line) => line.message)).toEqual(
      expect.arrayContaining([
        'shutting down: readiness off, draining',
        'shutting down: listener closed, finishing requests in flight and the current message',
        'shut down',
      ]),
    );
    expect(gateway.logs.some((line) => line.message === 'shutdown did not finish in time: forced exit')).toBe(false);
  }, 60_000);
});

describe('graceful shutdown of the worker process (#13 §1, X-6)', () => {
  it('on SIGTERM while a mail is being sent: that mail completes and is marked sent, the next one is left for another worker, exit 0', async () => {
    const database = await scratch();
    const orm = await openDatabase(database.database);
    cleanups.push(() => orm.close(true));
    await migrate(orm);
    const now = new Date();
    const em = orm.em.fork();
    const first = enqueueMail(
      em,
      {
        to: 'first@example.be',
        language: 'en',
        template: { kind: 'password-changed', name: 'First', portalUrl: 'https://portal.example' },
      },
      new Date(now.getTime() - 2_000),
    );
    const second = enqueueMail(
      em,
      {
        to: 'second@example.be',
        language: 'en',
        template: { kind: 'password-changed', name: 'Second', portalUrl: 'https://portal.example' },
      },
      new Date(now.getTime() - 1_000),
    );
    await em.flush();

    const received: string[] = [];
    let dataStarted!: () => void;
    const firstMailArriving = new Promise<void>((resolve) => (dataStarted = resolve));
    let acceptedAt = 0;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        dataStarted();
        stream.resume();
        stream.on('end', () => {
          // A slow server: the worker gets its SIGTERM while this mail is being sent.
          setTimeout(() => {
            received.push(session.envelope.rcptTo[0]?.address ?? '');
            acceptedAt = Date.now();
            callback();
          }, 1_500);
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
    const port = (smtp.server.address() as AddressInfo).port;

    const worker = startNodeProcess('src/cli/worker.ts', {
      ...databaseEnv(database.database),
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
    });
    cleanups.push(() => void worker.child.kill('SIGKILL'));
    await worker.waitForLog('worker started', 60_000);
    await firstMailArriving;
    worker.child.kill('SIGTERM');

    const exit = await worker.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at).toBeGreaterThanOrEqual(acceptedAt);
    expect(received).toEqual(['first@example.be']);
    const rows = await orm.em.fork().find(OutboxMessage, { id: { $in: [first.id, second.id] } }, { orderBy: { createdAt: 'asc' } });
    expect(
      rows.map((row) => [
        row.payload.includes('first@example.be') ? 'first' : 'second',
        row.processedAt !== null && row.processedAt !== undefined,
        row.attempts,
      ]),
    ).toEqual([
      ['first', true, 1],
      ['second', false, 0],
    ]);
  }, 60_000);
});
