import type { EntityManager } from '@mikro-orm/core';

/**
 * The one statement of a fixed-window counter: insert, or bump the counter (restarting it when its
 * window has passed). Parameters: key, now, hits, window start, hits, hits, window start, now.
 */
export const RATE_LIMIT_HIT_SQL =
  'insert into rate_limit_counter (key, window_start, count) values (?, ?, ?) ' +
  'on conflict (key) do update set ' +
  'count = case when rate_limit_counter.window_start <= ? then ? else rate_limit_counter.count + ? end, ' +
  'window_start = case when rate_limit_counter.window_start <= ? then ? else rate_limit_counter.window_start end ' +
  'returning count, window_start';

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
    .execute(RATE_LIMIT_HIT_SQL, [key, nowValue, hits, startValue, hits, hits, startValue, nowValue]);
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

/** What the shared counter granted: `granted` requests of the window that ends at `windowEndsAt`. */
export interface AllowanceGrant {
  granted: number;
  /** The counter after the request, the asked-for slice included (what replicas have taken or asked). */
  taken: number;
  windowEndsAt: number;
}

/**
 * API-4: reserves up to `requested` requests of `key`'s fixed window in one atomic statement. The
 * counter grows by what was asked; the grant is what was still left of `limit` before this statement,
 * capped at `requested` — so the grants of all replicas together never exceed `limit` in a window.
 */
export async function takeAllowance(
  em: EntityManager,
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
  requested: number,
): Promise<AllowanceGrant> {
  const platform = em.getPlatform();
  const nowValue = platform.processDateProperty(now);
  const startValue = platform.processDateProperty(new Date(now.getTime() - windowMs));
  const rows: { count: number | string; window_start: unknown }[] = await em
    .getConnection()
    .execute(RATE_LIMIT_HIT_SQL, [key, nowValue, requested, startValue, requested, requested, startValue, nowValue]);
  const taken = Number(rows[0]?.count ?? requested);
  const started = rows[0]?.window_start;
  const startedAt = started instanceof Date ? started.getTime() : typeof started === 'number' ? started : Date.parse(String(started));
  const before = taken - requested;
  return {
    granted: Math.max(0, Math.min(requested, limit - before)),
    taken,
    windowEndsAt: (Number.isFinite(startedAt) ? startedAt : now.getTime()) + windowMs,
  };
}

/** The slice a replica asks for: a tenth of what it last saw left, at least 1, at most `maxSlice`. */
export function allowanceSlice(limit: number, lastSeenTaken: number, maxSlice: number): number {
  return Math.max(1, Math.min(maxSlice, Math.ceil((limit - lastSeenTaken) / 10)));
}

interface BudgetEntry {
  windowEndsAt: number;
  /** Requests granted to this process and not used yet. */
  allowance: number;
  /** The shared counter as last seen. */
  lastSeenTaken: number;
  /** The counter granted nothing: the whole window's budget is taken, no need to ask again before it ends. */
  exhausted: boolean;
}

/**
 * API-4 request budgets (per session or token per fixed minute) without a database write per request
 * and without over-use: a replica serves requests from an allowance it reserved in the shared counter
 * (takeAllowance), and asks for the next slice — a tenth of what is left, 1 to `maxSlice` — only when
 * its allowance is used up. Accepted requests never exceed the limit, whatever the number of replicas
 * or the traffic pattern; an allowance a replica did not use before the window ends is lost, so a
 * request may be refused while up to one slice per replica is still unused (≤ 10 % of what was left).
 */
export class RequestBudgets {
  private readonly entries = new Map<string, BudgetEntry>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly maxSlice = 25,
  ) {}

  async hit(em: EntityManager, key: string, limit: number, now: Date): Promise<boolean> {
    const at = now.getTime();
    let entry = this.entries.get(key);
    if (!entry || at >= entry.windowEndsAt) {
      if (this.entries.size >= 10_000) this.forgetEnded(at);
      entry = { windowEndsAt: Number.POSITIVE_INFINITY, allowance: 0, lastSeenTaken: 0, exhausted: false };
      this.entries.set(key, entry);
    }
    if (entry.allowance > 0) {
      entry.allowance -= 1;
      return true;
    }
    if (entry.exhausted) return false;
    const grant = await takeAllowance(em, key, limit, this.windowMs, now, allowanceSlice(limit, entry.lastSeenTaken, this.maxSlice));
    // a grant of a new window replaces whatever was left of the old one
    if (grant.windowEndsAt !== entry.windowEndsAt) entry.allowance = 0;
    entry.windowEndsAt = grant.windowEndsAt;
    entry.lastSeenTaken = grant.taken;
    if (grant.granted === 0) {
      entry.exhausted = true;
      // Concurrent requests of one key may each have reserved a slice: what another of them was
      // granted is still ours to serve, so the limit is reached exactly, never refused early.
      if (entry.allowance > 0) {
        entry.allowance -= 1;
        return true;
      }
      return false;
    }
    entry.allowance += grant.granted - 1;
    return true;
  }

  private forgetEnded(at: number): void {
    for (const [key, entry] of this.entries) if (at >= entry.windowEndsAt) this.entries.delete(key);
  }
}
