import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { Gauge } from 'prom-client';
import { dbQueryDuration, metricsRegistry } from './instruments';

interface KnexPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}
interface KnexInstance {
  on(event: 'query', listener: (query: { __knexQueryUid?: string }) => void): void;
  on(event: 'query-response' | 'query-error', listener: (result: unknown, query: { __knexQueryUid?: string }) => void): void;
  client: { pool?: KnexPool };
}

const knexOf = (orm: MikroORM) => (orm.em.getConnection() as unknown as { getKnex(): KnexInstance }).getKnex();

/** Times every statement the ORM runs, through knex's public query events. Called once per ORM, by openOrm. */
export function timeOrmQueries(orm: MikroORM): void {
  const knex = knexOf(orm);
  const started = new Map<string, number>();
  knex.on('query', (query) => {
    if (query.__knexQueryUid) started.set(query.__knexQueryUid, performance.now());
  });
  const done = (_result: unknown, query: { __knexQueryUid?: string }) => {
    const uid = query.__knexQueryUid;
    const start = uid === undefined ? undefined : started.get(uid);
    if (start === undefined) return;
    started.delete(uid!);
    dbQueryDuration.observe({ path: 'orm' }, (performance.now() - start) / 1000);
  };
  knex.on('query-response', done);
  knex.on('query-error', done);
}

/** The lean reader's statements (sql-reader.ts), timed around the reader's one entry point. */
export function timeReaderQuery<T>(run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const observe = () => dbQueryDuration.observe({ path: 'reader' }, (performance.now() - start) / 1000);
  return run().then(
    (rows) => {
      observe();
      return rows;
    },
    (error: unknown) => {
      observe();
      throw error;
    },
  );
}

/** datetime columns: epoch milliseconds from SQLite, a Date or timestamptz text from PostgreSQL. */
function epochMs(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number' || /^\d+$/.test(String(value))
        ? Number(value)
        : Date.parse(String(value));
  return Number.isNaN(ms) ? null : ms;
}

interface OutboxRow {
  topic: string;
  unsent: unknown;
  oldest: unknown;
  retrying: unknown;
}

/** INT-2 events wait for the core system to fetch them, not for the worker: one series for all. */
const topicLabel = (topic: string) => (topic.startsWith('core.') ? 'core' : /^[a-z][a-z0-9_.-]{0,63}$/.test(topic) ? topic : 'other');

/**
 * Scrape-time gauges of this process's database: pool use, and the outbox read with one grouped
 * SQL statement of its own (the worker's internals stay the worker's). A scrape while the database
 * is away leaves the outbox series empty rather than stale.
 */
export function watchDatabase(orm: MikroORM, clock: Clock, logger: Logger): void {
  watched = { orm, clock, logger };
}

let watched: { orm: MikroORM; clock: Clock; logger: Logger } | null = null;

export const dbPoolConnections = new Gauge({
  name: 'db_pool_connections',
  help: 'Connections of the ORM pool: used, free, pending (requests waiting for a connection), max (the pool size)',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    const pool = watched && knexOf(watched.orm).client.pool;
    if (!pool) return;
    this.set({ state: 'used' }, pool.numUsed());
    this.set({ state: 'free' }, pool.numFree());
    this.set({ state: 'pending' }, pool.numPendingAcquires());
    this.set({ state: 'max' }, pool.max);
  },
});

let snapshot: Promise<void> | null = null;
/** One statement per scrape: the three outbox gauges share it, the next scrape reads again. */
const readOutbox = (): Promise<void> => {
  snapshot ??= readOutboxNow().finally(() => setImmediate(() => (snapshot = null)));
  return snapshot;
};

const outboxUnsentMessages = new Gauge({
  name: 'outbox_unsent_messages',
  help: 'Outbox messages not yet processed, by topic (core = events waiting for the core system to fetch them)',
  labelNames: ['topic'] as const,
  registers: [metricsRegistry],
  collect: readOutbox,
});

const outboxOldestUnsentAge = new Gauge({
  name: 'outbox_oldest_unsent_age_seconds',
  help: 'Age of the oldest outbox message not yet processed, by topic (0 when none)',
  labelNames: ['topic'] as const,
  registers: [metricsRegistry],
  collect: readOutbox,
});

const outboxRetryingMessages = new Gauge({
  name: 'outbox_retrying_messages',
  help: 'Unprocessed outbox messages that already failed at least once and wait for their next attempt, by topic',
  labelNames: ['topic'] as const,
  registers: [metricsRegistry],
  collect: readOutbox,
});

async function readOutboxNow(): Promise<void> {
  outboxUnsentMessages.reset();
  outboxOldestUnsentAge.reset();
  outboxRetryingMessages.reset();
  if (!watched) return;
  const { orm, clock, logger } = watched;
  try {
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<OutboxRow[]>(
        'select topic, count(*) as unsent, min(created_at) as oldest, sum(case when attempts > 0 then 1 else 0 end) as retrying ' +
          'from outbox_message where processed_at is null group by topic',
        [],
        'all',
      );
    const now = clock.now().getTime();
    // "mail" is always reported, so that an alert on it never sees an absent series on a quiet day.
    const byTopic = new Map<string, { unsent: number; oldest: number; retrying: number }>([
      ['mail', { unsent: 0, oldest: now, retrying: 0 }],
    ]);
    for (const row of rows) {
      const label = topicLabel(row.topic);
      const entry = byTopic.get(label) ?? { unsent: 0, oldest: now, retrying: 0 };
      entry.unsent += Number(row.unsent);
      entry.retrying += Number(row.retrying ?? 0);
      entry.oldest = Math.min(entry.oldest, epochMs(row.oldest) ?? now);
      byTopic.set(label, entry);
    }
    for (const [topic, entry] of byTopic) {
      outboxUnsentMessages.set({ topic }, entry.unsent);
      outboxRetryingMessages.set({ topic }, entry.retrying);
      outboxOldestUnsentAge.set({ topic }, Math.max(0, (now - entry.oldest) / 1000));
    }
  } catch (error) {
    // The database is away: no outbox series rather than stale ones.
    logger.warn('outbox metrics unavailable', { error: String(error) });
  }
}
