import type { EntityManager } from '@mikro-orm/core';

export interface RateLimitDecision {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter in the database, so every replica counts together (ACC-6, API-4).
 * One statement: insert, or bump the counter (restarting it when its window has passed).
 */
export async function hitRateLimit(
  em: EntityManager,
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
  hits = 1,
): Promise<RateLimitDecision> {
  const windowStart = new Date(now.getTime() - windowMs);
  const nowValue = em.getPlatform().processDateProperty(now);
  const startValue = em.getPlatform().processDateProperty(windowStart);
  const rows: { count: number | string; window_start: unknown }[] = await em
    .getConnection()
    .execute(
      'insert into rate_limit_counter (key, window_start, count) values (?, ?, ?) ' +
        'on conflict (key) do update set ' +
        'count = case when rate_limit_counter.window_start <= ? then ? else rate_limit_counter.count + ? end, ' +
        'window_start = case when rate_limit_counter.window_start <= ? then ? else rate_limit_counter.window_start end ' +
        'returning count, window_start',
      [key, nowValue, hits, startValue, hits, hits, startValue, nowValue],
    );
  const count = Number(rows[0]?.count ?? 1);
  const started = rows[0]?.window_start;
  const startedAt = started instanceof Date ? started.getTime() : typeof started === 'number' ? started : Date.parse(String(started));
  const retryAfterSeconds = Math.max(1, Math.ceil((startedAt + windowMs - now.getTime()) / 1000));
  return {
    allowed: count <= limit,
    count,
    retryAfterSeconds: Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : Math.ceil(windowMs / 1000),
  };
}

interface BudgetEntry {
  windowStartedAt: number;
  /** Count of the shared counter at the last write, our own hits included. */
  shared: number;
  /** Hits of this process not written yet. */
  unsynced: number;
  syncedAt: number;
}

/**
 * API-4 request budgets (per session or token per minute) without a database write per request:
 * hits are counted in memory and added to the shared counter (hitRateLimit) at most every
 * `syncEveryMs` or every `syncEveryHits`, and at every hit once 90 % of the budget is used. Replicas
 * therefore count together, a few hits late at most — an over-use of at most `syncEveryHits` per
 * replica, never a refusal of a request within the budget.
 */
export class RequestBudgets {
  private readonly entries = new Map<string, BudgetEntry>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly syncEveryHits = 25,
    private readonly syncEveryMs = 1_000,
  ) {}

  async hit(em: EntityManager, key: string, limit: number, now: Date): Promise<boolean> {
    const at = now.getTime();
    let entry = this.entries.get(key);
    if (!entry || at - entry.windowStartedAt >= this.windowMs) {
      if (this.entries.size >= 10_000) this.forgetEnded(at);
      entry = { windowStartedAt: at, shared: 0, unsynced: 0, syncedAt: Number.NEGATIVE_INFINITY };
      this.entries.set(key, entry);
    }
    entry.unsynced += 1;
    const nearLimit = entry.shared + entry.unsynced >= limit * 0.9;
    if (nearLimit || entry.unsynced >= this.syncEveryHits || at - entry.syncedAt >= this.syncEveryMs) {
      const hits = entry.unsynced;
      entry.unsynced = 0;
      entry.syncedAt = at;
      const decision = await hitRateLimit(em, key, limit, this.windowMs, now, hits);
      entry.shared = decision.count;
      entry.windowStartedAt = at - (this.windowMs - decision.retryAfterSeconds * 1000);
    }
    return entry.shared + entry.unsynced <= limit;
  }

  private forgetEnded(at: number): void {
    for (const [key, entry] of this.entries) if (at - entry.windowStartedAt >= this.windowMs) this.entries.delete(key);
  }
}
