import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { createLogger } from '../logging';
import { OutboxMessage } from './outbox-message.entity';
import { enqueueOutboxEvents } from './outbox.service';
import { OutboxWorker } from './outbox-worker';

/** Issue #13 §1/§3 (X-6, NOT-3): stop() lets the message in hand finish, and takes no other. */
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

describe('OutboxWorker.stop (issue #13)', () => {
  it('resolves only once the message being delivered is accepted and marked sent; the next message stays queued', async () => {
    const em = t.orm.em.fork();
    const now = t.clock.now();
    // the oldest first: 'first' a millisecond before 'second'
    enqueueOutboxEvents(
      em,
      [{ topic: 'mail', deduplicationKey: 'stop-test:first', payload: { name: 'first' } }],
      new Date(now.getTime() - 1),
    );
    enqueueOutboxEvents(em, [{ topic: 'mail', deduplicationKey: 'stop-test:second', payload: { name: 'second' } }], now);
    await em.flush();
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const sending = new Promise<void>((resolve) => (started = resolve));
    const delivered: string[] = [];
    const worker = new OutboxWorker(
      t.orm,
      {
        mail: {
          kind: 'delivery',
          run: async (message) => {
            started();
            await new Promise<void>((resolve) => (release = resolve));
            delivered.push((JSON.parse(message.payload) as { name: string }).name);
          },
        },
      },
      t.clock,
      createLogger('silent'),
      [],
      { leaseMs: 60_000 },
    );
    worker.start(1);
    await sending;
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped).toBe(false); // still sending the first mail

    release();
    await stopping;
    expect(delivered).toEqual(['first']);
    const rows = await t.orm.em.fork().find(OutboxMessage, { topic: 'mail' }, { orderBy: { deduplicationKey: 'asc' } });
    expect(rows.map((m) => [m.deduplicationKey, m.processedAt?.toISOString() ?? null, m.attempts, m.claimToken ?? null])).toEqual([
      ['stop-test:first', now.toISOString(), 1, null],
      ['stop-test:second', null, 0, null],
    ]);
  });
});
