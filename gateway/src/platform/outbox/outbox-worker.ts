import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { OutboxMessage } from './outbox-message.entity';

/** Does the work of one message inside a transaction; the message is marked done in the same one. */
export type OutboxHandler = (message: OutboxMessage, em: EntityManager) => Promise<void>;

export interface OutboxWorkerOptions {
  batchSize?: number;
  /** How long a claimed message stays reserved for this worker. */
  claimMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

/** A job run on every tick besides the messages (e.g. activation reminders). */
export type PeriodicJob = (now: Date) => Promise<void>;

/**
 * Delivers outbox messages (NOT-3, INT-2): claims a batch (safe with several replicas), runs each
 * message's handler, marks it processed; a failure is retried with exponential back-off, never dropped.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Set by stop(): the message being sent completes, the rest of the batch waits for the next worker. */
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly handlers: Record<string, OutboxHandler>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly periodicJobs: PeriodicJob[] = [],
    private readonly options: OutboxWorkerOptions = {},
  ) {}

  /** Processes what is due now; returns how many messages were handled (successfully or not). */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    for (const job of this.periodicJobs) {
      try {
        await job(now);
      } catch (error) {
        this.logger.error('periodic job failed', { error: String(error) });
      }
    }
    const em = this.orm.em.fork();
    const candidates = await em.find(
      OutboxMessage,
      {
        topic: { $in: Object.keys(this.handlers) },
        processedAt: null,
        availableAt: { $lte: now },
        $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }],
      },
      { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit: this.options.batchSize ?? 50, fields: ['id'] },
    );
    let handled = 0;
    for (const { id } of candidates) {
      if (this.stopping) break;
      const claimed = await em.nativeUpdate(
        OutboxMessage,
        { id, processedAt: null, $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }] },
        { lockedUntil: new Date(now.getTime() + (this.options.claimMs ?? 60_000)) },
      );
      if (claimed !== 1) continue; // another replica took it
      handled += 1;
      await this.process(id);
    }
    return handled;
  }

  private async process(id: string): Promise<void> {
    const now = this.clock.now();
    try {
      await this.orm.em.fork().transactional(async (em) => {
        const message = await em.findOneOrFail(OutboxMessage, { id });
        const handler = this.handlers[message.topic];
        if (!handler) throw new Error(`no handler for ${message.topic}`);
        await handler(message, em);
        message.processedAt = now;
        message.lockedUntil = null;
        message.attempts += 1;
        message.lastError = null;
      });
    } catch (error) {
      const em = this.orm.em.fork();
      const message = await em.findOneOrFail(OutboxMessage, { id });
      const base = this.options.backoffBaseMs ?? 5_000;
      const delay = Math.min(base * 2 ** message.attempts, this.options.backoffMaxMs ?? 3_600_000);
      message.attempts += 1;
      message.lastError = String(error instanceof Error ? error.message : error).slice(0, 2000);
      message.availableAt = new Date(now.getTime() + delay);
      message.lockedUntil = null;
      await em.flush();
      this.logger.warn('outbox message failed, will retry', { id, topic: message.topic, attempts: message.attempts, retryInMs: delay });
    }
  }

  /** Polls every `intervalMs` until stopped; ticks never overlap. */
  start(intervalMs = 1_000): void {
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

  /** Resolves once the current message (if any) is done; no further message is started. */
  async stop(): Promise<void> {
    this.stopping = true;
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.running;
  }
}
