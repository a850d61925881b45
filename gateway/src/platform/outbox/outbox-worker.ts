import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { OutboxMessage } from './outbox-message.entity';

/**
 * What one outbox topic does. `transactional`: database work only, run in the transaction that marks
 * the message done (all or nothing). `delivery`: a side effect outside the database (SMTP): it runs
 * outside any transaction, and the message is marked done right after the other side accepted it —
 * so a crash between the two sends it again (at-least-once; the mail keeps its Message-ID).
 */
export type OutboxHandler =
  | { kind: 'transactional'; run: (message: OutboxMessage, em: EntityManager) => Promise<void> }
  | { kind: 'delivery'; run: (message: OutboxMessage) => Promise<void> };

export interface OutboxWorkerOptions {
  /** At most this many messages per `runOnce`. */
  batchSize?: number;
  /** How long a claim reserves a message, counted from the moment it is taken or renewed. */
  leaseMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

/** A job run on every tick besides the messages (e.g. activation reminders). */
export type PeriodicJob = (now: Date) => Promise<void>;

export const DEFAULT_OUTBOX_LEASE_MS = 60_000;

/**
 * Delivers outbox messages (NOT-3, INT-2) with any number of workers on one database: each message is
 * claimed alone by one atomic statement (on PostgreSQL `for update skip locked`, so two workers never
 * pick the same row; SQLite runs one writer at a time), its lease starts at the claim and is renewed
 * every third of the lease while the handler runs, and only the claim's holder records the outcome.
 * A failure is retried with exponential back-off, never dropped; a worker that dies leaves a lease
 * that runs out, and another worker (or the restarted one) takes the message.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly handlers: Record<string, OutboxHandler>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly periodicJobs: PeriodicJob[] = [],
    private readonly options: OutboxWorkerOptions = {},
  ) {}

  private get leaseMs(): number {
    return this.options.leaseMs ?? DEFAULT_OUTBOX_LEASE_MS;
  }

  /** Processes what is due now, one message at a time; returns how many were handled (successfully or not). */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    for (const job of this.periodicJobs) {
      try {
        await job(now);
      } catch (error) {
        this.logger.error('periodic job failed', { error: String(error) });
      }
    }
    let handled = 0;
    while (!this.stopping && handled < (this.options.batchSize ?? 50)) {
      const claim = await this.claimNext();
      if (!claim) break;
      handled += 1;
      await this.process(claim.id, claim.token);
    }
    return handled;
  }

  /** Takes the oldest due message that no live lease holds, with a lease counted from now. */
  private async claimNext(): Promise<{ id: string; token: string } | null> {
    const topics = Object.keys(this.handlers);
    if (topics.length === 0) return null;
    const em = this.orm.em.fork();
    const platform = em.getPlatform();
    const now = this.clock.now();
    const token = randomUUID();
    const postgres = platform.constructor.name.startsWith('PostgreSql');
    const rows: { id: string }[] = await em
      .getConnection()
      .execute(
        'update outbox_message set locked_until = ?, claim_token = ? where id = (' +
          `select id from outbox_message where topic in (${topics.map(() => '?').join(', ')}) ` +
          'and processed_at is null and available_at <= ? and (locked_until is null or locked_until < ?) ' +
          `order by created_at, id limit 1${postgres ? ' for update skip locked' : ''}` +
          ') and processed_at is null returning id',
        [
          platform.processDateProperty(new Date(now.getTime() + this.leaseMs)),
          token,
          ...topics,
          platform.processDateProperty(now),
          platform.processDateProperty(now),
        ],
      );
    const id = rows[0]?.id;
    return id ? { id, token } : null;
  }

  /** Pushes the lease forward from the current time; false when the claim is no longer ours. */
  private async renew(id: string, token: string): Promise<boolean> {
    const renewed = await this.orm.em
      .fork()
      .nativeUpdate(
        OutboxMessage,
        { id, claimToken: token, processedAt: null },
        { lockedUntil: new Date(this.clock.now().getTime() + this.leaseMs) },
      );
    return renewed === 1;
  }

  private async process(id: string, token: string): Promise<void> {
    const keepAlive = setInterval(
      () => {
        this.renew(id, token)
          .then((held) => {
            if (!held) this.logger.warn('outbox lease lost while handling a message', { id });
          })
          .catch((error: unknown) => this.logger.warn('outbox lease renewal failed', { id, error: String(error) }));
      },
      Math.max(1, Math.floor(this.leaseMs / 3)),
    );
    try {
      const message = await this.orm.em.fork().findOneOrFail(OutboxMessage, { id });
      const handler = this.handlers[message.topic];
      if (!handler) throw new Error(`no handler for ${message.topic}`);
      if (handler.kind === 'delivery') {
        await handler.run(message);
        clearInterval(keepAlive);
        // Accepted by the other side: mark it at once, whoever holds the lease now (it was sent).
        await this.orm.em
          .fork()
          .nativeUpdate(OutboxMessage, { id, processedAt: null }, { ...this.doneFields(), attempts: message.attempts + 1 });
      } else {
        await this.orm.em.fork().transactional(async (em) => {
          const fresh = await em.findOneOrFail(OutboxMessage, { id });
          await handler.run(fresh, em);
          clearInterval(keepAlive);
          const marked = await em.nativeUpdate(
            OutboxMessage,
            { id, claimToken: token, processedAt: null },
            { ...this.doneFields(), attempts: fresh.attempts + 1 },
          );
          // Another worker holds it now: roll this run back, theirs counts.
          if (marked !== 1) throw new LeaseLost(id);
        });
      }
    } catch (error) {
      clearInterval(keepAlive);
      if (error instanceof LeaseLost) {
        this.logger.warn('outbox lease lost, work rolled back', { id });
        return;
      }
      await this.recordFailure(id, token, error);
    } finally {
      clearInterval(keepAlive);
    }
  }

  private doneFields() {
    return { processedAt: this.clock.now(), lockedUntil: null, claimToken: null, lastError: null };
  }

  private async recordFailure(id: string, token: string, error: unknown): Promise<void> {
    const em = this.orm.em.fork();
    const message = await em.findOneOrFail(OutboxMessage, { id });
    const base = this.options.backoffBaseMs ?? 5_000;
    const delay = Math.min(base * 2 ** message.attempts, this.options.backoffMaxMs ?? 3_600_000);
    const recorded = await em.nativeUpdate(
      OutboxMessage,
      { id, claimToken: token, processedAt: null },
      {
        attempts: message.attempts + 1,
        lastError: String(error instanceof Error ? error.message : error).slice(0, 2000),
        availableAt: new Date(this.clock.now().getTime() + delay),
        lockedUntil: null,
        claimToken: null,
      },
    );
    if (recorded === 1) {
      this.logger.warn('outbox message failed, will retry', { id, topic: message.topic, attempts: message.attempts + 1, retryInMs: delay });
    }
  }

  /** Polls every `intervalMs` until stopped; ticks never overlap. */
  start(intervalMs = 1_000): void {
    this.stopping = false;
    const tick = () => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error('outbox tick failed', { error: String(error) }))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  /** Takes no new message and resolves once the message being handled (if any) is finished and recorded. */
  async stop(): Promise<void> {
    this.stopping = true;
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.running;
  }
}

class LeaseLost extends Error {
  constructor(id: string) {
    super(`outbox lease on ${id} was taken over`);
    this.name = 'LeaseLost';
  }
}
