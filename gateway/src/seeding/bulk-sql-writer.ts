import { Utils, type EntityName, type MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import type { Row } from './bulk-rows';

type SqlRow = Record<string, unknown>;

/**
 * Multi-row INSERT statements with bind parameters, straight on a connection of the ORM's own pool
 * (issue #8), in a transaction that stays open across many calls.
 *
 * Why not `em.insertMany`: MikroORM inlines every value into the SQL text, so the database parses
 * a new statement of thousands of literals each time, which at a million rows costs more than the
 * insert itself. Here a statement of N rows is prepared once per connection (a cached
 * better-sqlite3 statement, a named pg statement) and run again with new values. Column names come
 * from the entity metadata; values are stored as the ORM stores them: dates as epoch milliseconds
 * and booleans as 0/1 in SQLite, timestamptz and boolean in PostgreSQL (bulk-loader.test.ts
 * compares the rows with those of the ingestion).
 */
export interface BulkSqlWriter {
  /** Opens a transaction on one connection of the ORM's pool; inserts run on it until commit or rollback. */
  begin(): Promise<void>;
  insert<T extends object>(entity: EntityName<T>, rows: readonly Row<T>[]): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /**
   * A read with `?` placeholders. PostgreSQL runs it on another connection of the pool, so it does
   * not wait for the inserts in flight and sees committed rows only; SQLite has a single connection,
   * so it runs there, inside the open transaction if there is one.
   */
  select<T extends SqlRow>(sql: string, params: readonly unknown[]): Promise<T[]>;
}

/** The part of knex's client used here: the ORM's pool of better-sqlite3 Databases or pg Clients. */
interface KnexClient {
  driverName: string;
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/** The part of better-sqlite3 used here. */
interface SqliteStatement {
  run(params: readonly unknown[]): unknown;
  all(params: readonly unknown[]): unknown[];
}
interface SqliteDatabase {
  readonly inTransaction: boolean;
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
}

// SQLite allows 32 766 bind parameters per statement, PostgreSQL 65 535.
const MAX_PARAMETERS = 30_000;
/**
 * SQLite page cache while loading: the random-id indexes of a scale set (ids, contract and document
 * references) outgrow the default 2 MiB at once, and every miss is a read. Connection-wide; put back after.
 */
const SQLITE_LOAD_CACHE_KIB = 256 * 1024;

export function bulkSqlWriter(orm: MikroORM, rowsPerStatement: number): BulkSqlWriter {
  const client = (orm.em.getConnection() as AbstractSqlConnection).getKnex().client as KnexClient;
  const sqlite = client.driverName === 'better-sqlite3';
  const platform = orm.em.getPlatform();
  const converter = platform.getExceptionConverter();
  const translate = (error: unknown): unknown => (error instanceof Error ? converter.convertException(error) : error);

  /** Table and columns of the rows of an entity, in the order of the row's keys. */
  function target<T extends object>(entity: EntityName<T>, row: Row<T>): { table: string; columns: string[] } {
    const meta = orm.getMetadata().get(Utils.className(entity));
    const columns = Object.keys(row).map((key) => {
      const column = meta.properties[key]?.fieldNames[0];
      if (!column) throw new Error(`${meta.className} has no column for "${key}"`);
      return column;
    });
    return { table: meta.tableName, columns };
  }

  const toDatabase = (value: unknown): unknown => {
    if (value instanceof Date) return sqlite ? value.getTime() : value;
    if (typeof value === 'boolean') return sqlite ? Number(value) : value;
    return value === undefined ? null : value;
  };

  /** `?` placeholders for SQLite, `$1 … $n` for PostgreSQL. */
  function numbered(sql: string): string {
    if (sqlite) return sql;
    let n = 0;
    return sql.replace(/\?/g, () => `$${(n += 1)}`);
  }

  const texts = new Map<string, string>();
  function insertSql(table: string, columns: readonly string[], rows: number): string {
    const key = `${table}:${rows}`;
    let text = texts.get(key);
    if (!text) {
      const row = `(${columns.map(() => '?').join(', ')})`;
      const quote = (name: string) => platform.quoteIdentifier(name);
      text = numbered(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${Array(rows).fill(row).join(', ')}`);
      texts.set(key, text);
    }
    return text;
  }

  /** Statements of at most `rowsPerStatement` rows and MAX_PARAMETERS values. */
  function* statements<T extends object>(entity: EntityName<T>, rows: readonly Row<T>[]) {
    const first = rows[0];
    if (!first) return;
    const { table, columns } = target(entity, first);
    const keys = Object.keys(first) as (keyof Row<T>)[];
    const size = Math.max(1, Math.min(rowsPerStatement, Math.floor(MAX_PARAMETERS / columns.length)));
    for (let start = 0; start < rows.length; start += size) {
      const count = Math.min(size, rows.length - start);
      const values: unknown[] = [];
      for (let i = start; i < start + count; i += 1) {
        const row = rows[i] as Row<T>;
        for (const key of keys) values.push(toDatabase(row[key]));
      }
      yield { name: `bulk:${table}:${count}`, text: insertSql(table, columns, count), values };
    }
  }

  let connection: unknown = null;
  let opening: Promise<void> | null = null;
  let sqliteStatements = new Map<string, SqliteStatement>();
  let previousCacheSize: unknown;
  const open = () => {
    if (!connection) throw new Error('No bulk transaction is open');
    return connection;
  };
  const prepared = (db: SqliteDatabase, text: string) => {
    let statement = sqliteStatements.get(text);
    if (!statement) sqliteStatements.set(text, (statement = db.prepare(text)));
    return statement;
  };
  /** Commits or rolls back, and gives the connection back to the pool in any case, never inside a transaction. */
  async function close(sql: 'commit' | 'rollback'): Promise<void> {
    const current = open();
    connection = null;
    sqliteStatements = new Map();
    try {
      if (sqlite) {
        const db = current as SqliteDatabase;
        try {
          db.exec(sql);
        } finally {
          if (db.inTransaction) db.exec('rollback');
          db.exec(`pragma cache_size = ${Number(previousCacheSize)}`);
        }
      } else {
        const pg = current as ClientBase;
        await pg.query(sql).catch(async (error: unknown) => {
          await pg.query('rollback').catch(() => undefined);
          throw error;
        });
      }
    } catch (error) {
      throw translate(error);
    } finally {
      await client.releaseConnection(current);
    }
  }

  return {
    async begin() {
      if (connection || opening) throw new Error('A bulk transaction is already open');
      opening = (async () => {
        const acquired = await client.acquireConnection();
        try {
          if (sqlite) {
            const db = acquired as SqliteDatabase;
            previousCacheSize = (db.prepare('pragma cache_size').all([])[0] as SqlRow | undefined)?.cache_size ?? -2000;
            db.exec(`pragma cache_size = -${SQLITE_LOAD_CACHE_KIB}`);
            db.exec('begin');
          } else {
            await (acquired as ClientBase).query('begin');
          }
        } catch (error) {
          await client.releaseConnection(acquired);
          throw translate(error);
        }
        connection = acquired;
      })();
      try {
        await opening;
      } finally {
        opening = null;
      }
    },

    async insert(entity, rows) {
      const current = open();
      try {
        for (const statement of statements(entity, rows)) {
          if (sqlite) prepared(current as SqliteDatabase, statement.text).run(statement.values);
          // A named statement is parsed and planned once per connection, then only bound.
          else await (current as ClientBase).query(statement);
        }
      } catch (error) {
        throw translate(error);
      }
    },

    commit: () => close('commit'),
    rollback: () => close('rollback'),

    async select<T extends SqlRow>(sql: string, params: readonly unknown[]): Promise<T[]> {
      // SQLite's pool has one connection: a read waits for a transaction being opened, then runs in it.
      if (sqlite && opening) await opening.catch(() => undefined);
      if (sqlite && connection) return prepared(connection as SqliteDatabase, sql).all(params) as T[];
      const acquired = await client.acquireConnection();
      try {
        if (sqlite) return (acquired as SqliteDatabase).prepare(sql).all(params) as T[];
        return (await (acquired as ClientBase).query<T>(numbered(sql), [...params])).rows;
      } catch (error) {
        throw translate(error);
      } finally {
        await client.releaseConnection(acquired);
      }
    },
  };
}
