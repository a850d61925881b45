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
export async function hitRateLimit(em: EntityManager, key: string, limit: number, windowMs: number, now: Date): Promise<RateLimitDecision> {
  const windowStart = new Date(now.getTime() - windowMs);
  const nowValue = em.getPlatform().processDateProperty(now);
  const startValue = em.getPlatform().processDateProperty(windowStart);
  const rows: { count: number | string; window_start: unknown }[] = await em
    .getConnection()
    .execute(
      'insert into rate_limit_counter (key, window_start, count) values (?, ?, 1) ' +
        'on conflict (key) do update set ' +
        'count = case when rate_limit_counter.window_start <= ? then 1 else rate_limit_counter.count + 1 end, ' +
        'window_start = case when rate_limit_counter.window_start <= ? then ? else rate_limit_counter.window_start end ' +
        'returning count, window_start',
      [key, nowValue, startValue, startValue, nowValue],
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
