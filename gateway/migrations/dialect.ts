import type { Migration } from '@mikro-orm/migrations';

export type SqlDialect = 'sqlite' | 'postgresql';

type StatementsByDialect = Record<SqlDialect, readonly string[]>;

/**
 * One migration file serves both databases: it carries the statements the schema generator wrote
 * for each dialect (see src/cli/create-migration.ts) and applies the ones of the current driver.
 */
export function addStatementsFor(migration: Migration, driverName: string, statements: StatementsByDialect): void {
  const dialect: SqlDialect = driverName === 'PostgreSqlDriver' ? 'postgresql' : 'sqlite';
  for (const sql of statements[dialect]) migration.addSql(sql);
}
