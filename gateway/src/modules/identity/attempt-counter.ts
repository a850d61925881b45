import type { EntityManager } from '@mikro-orm/core';
import { sqlReaderOf, sqlValue } from '../../platform/db/sql-reader';
import { lockedUntilSql, recordFailureSql, recordSuccessSql, type LockableTable } from './attempt-counter-sql';

/** The two tables whose rows can be locked after failed credential checks (ACC-6, ACC-10). */
export type { LockableTable };

export interface FailedAttempt {
  /** This very attempt set the lock (the 5th failure): send the lockout e-mail, end pending sessions. */
  lockedNow: boolean;
  /** The row was already locked when the attempt arrived: nothing was counted. */
  alreadyLocked: boolean;
  lockedUntil: Date | null;
}

/**
 * Counters of failed attempts and the TOTP replay step as single statements (issue #11 §1): the
 * database does the arithmetic, so concurrent requests (or aliases waiting on argon2) cannot lose an
 * increment, and a lock set by one request is seen by every later statement of every other one.
 * Everything here reads the database, never the identity map: state read at the start of a request
 * is stale by the time its 8th alias runs.
 */
export class AttemptCounter {
  constructor(private readonly em: EntityManager) {}

  /** The lock as stored now, or null when the row is not locked at `now`. */
  async lockedUntil(table: LockableTable, id: string, now: Date): Promise<Date | null> {
    const rows = await this.run<{ locked_until: unknown }>(lockedUntilSql(table), [id]);
    const until = sqlValue.date(rows[0]?.locked_until);
    return until && until > now ? until : null;
  }

  /**
   * Counts one failed attempt; the `max`-th sets the lock for `lockMs` and restarts the count. A row
   * already locked is left alone. One `update … returning`, atomic on SQLite and PostgreSQL.
   */
  async recordFailure(table: LockableTable, id: string, max: number, lockMs: number, now: Date): Promise<FailedAttempt> {
    const platform = this.em.getPlatform();
    const nowValue = platform.processDateProperty(now);
    const lockValue = platform.processDateProperty(new Date(now.getTime() + lockMs));
    const rows = await this.run<{ failed_attempts: unknown; locked_until: unknown }>(recordFailureSql(table, this.dialect()), [
      max,
      max,
      lockValue,
      id,
      nowValue,
    ]);
    if (rows.length === 0) return { lockedNow: false, alreadyLocked: true, lockedUntil: await this.lockedUntil(table, id, now) };
    const lockedUntil = sqlValue.date(rows[0]!.locked_until);
    return { lockedNow: lockedUntil !== null, alreadyLocked: false, lockedUntil };
  }

  /**
   * After a correct secret: restarts the count, unless a lock is in force — then false, and the
   * caller refuses (a concurrent request may have set the lock after this one checked it).
   */
  async recordSuccess(table: LockableTable, id: string, now: Date): Promise<boolean> {
    const rows = await this.run<{ id: unknown }>(recordSuccessSql(table, this.dialect()), [
      id,
      this.em.getPlatform().processDateProperty(now),
    ]);
    return rows.length === 1;
  }

  /** ACC-10 replay protection: the step is taken only if it is newer than the last one; exactly one caller wins. */
  async claimTotpStep(table: LockableTable, id: string, step: number): Promise<boolean> {
    const rows = await this.run<{ id: unknown }>(
      `update ${table} set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?) returning id`,
      [step, id, step],
    );
    return rows.length === 1;
  }

  /** A recovery code is spent by swapping the list it was found in for the list without it; a concurrent spender loses. */
  async swapRecoveryCodes(id: string, expected: string, remaining: string): Promise<boolean> {
    const rows = await this.run<{ id: unknown }>(
      `update customer_login set recovery_code_hashes = ? where id = ? and recovery_code_hashes = ? returning id`,
      [remaining, id, expected],
    );
    return rows.length === 1;
  }

  private dialect(): 'sqlite' | 'postgresql' {
    return sqlReaderOf(this.em).dialect;
  }

  private run<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(sql, params, 'all', this.em.getTransactionContext());
  }
}
