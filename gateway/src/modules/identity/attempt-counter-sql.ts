/**
 * The SQL text of AttemptCounter (attempt-counter.ts), as pure functions without imports, so that the
 * bench floor runs the gateway's very statements for a sign-in (issue #17 §1).
 */
export type LockableTable = 'customer_login' | 'staff_account';
type Dialect = 'sqlite' | 'postgresql';

/** A datetime placeholder: PostgreSQL needs the type where a CASE branch cannot tell it (epoch milliseconds in SQLite). */
const dateParameter = (dialect: Dialect): string => (dialect === 'postgresql' ? 'cast(? as timestamptz)' : '?');

/** Parameters: the row id. */
export const lockedUntilSql = (table: LockableTable): string => `select locked_until from ${table} where id = ?`;

/** Parameters: max, max, lock end, the row id, now. */
export function recordFailureSql(table: LockableTable, dialect: Dialect): string {
  const at = dateParameter(dialect);
  return (
    `update ${table} set ` +
    `failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end, ` +
    `locked_until = case when failed_attempts + 1 >= ? then ${at} else null end ` +
    `where id = ? and (locked_until is null or locked_until <= ${at}) ` +
    `returning failed_attempts, locked_until`
  );
}

/** Parameters: the row id, now. */
export function recordSuccessSql(table: LockableTable, dialect: Dialect): string {
  return (
    `update ${table} set failed_attempts = 0, locked_until = null ` +
    `where id = ? and (locked_until is null or locked_until <= ${dateParameter(dialect)}) returning id`
  );
}
