import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from './orm';
import { timeReaderQuery } from '../metrics/database-metrics';

export type SqlRow = Record<string, unknown>;

/**
 * The lean read path of the hottest queries (issue #8): hand-written SQL, statements prepared once
 * and reused, rows returned as plain objects — no query builder, no entity hydration, no identity map.
 *
 * SQLite: a second, read-only connection on the same file. In WAL mode it reads the last committed
 * state while the ORM's connection writes, so a read never sees another request's open transaction.
 * PostgreSQL: a connection of the ORM's pool, with named (server-side prepared) statements.
 *
 * SQL is written once with `?` placeholders; PostgreSQL gets them numbered. Only for reads outside a
 * transaction: inside one, the ORM's EntityManager sees the transaction's own writes, this does not.
 */
export interface SqlReader {
  readonly dialect: 'sqlite' | 'postgresql';
  all<T extends SqlRow = SqlRow>(sql: string, params?: readonly unknown[], options?: ReadOptions): Promise<T[]>;
  close(): Promise<void>;
}

export interface ReadOptions {
  /**
   * 'replica': a read replica when DATABASE_READ_URLS names any (else the primary). Only for data a
   * request never writes itself — contracts and documents, written by ingestion — since a replica
   * may lag the primary by its replication delay. The default is the primary.
   */
  from?: 'primary' | 'replica';
}

/** Reads that a replica may serve (see ReadOptions). */
export const FROM_READ_REPLICA: ReadOptions = Object.freeze({ from: 'replica' });

type QueryListener = ((sql: string) => void) | undefined;

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: SqlRow[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

class SqliteReader implements SqlReader {
  readonly dialect = 'sqlite' as const;
  private database: Database.Database | null = null;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly path: string,
    private readonly onQuery: QueryListener,
  ) {}

  all<T extends SqlRow>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      let statement = this.statements.get(sql);
      if (!statement) {
        // Opened on first use: the file exists by then (migrations ran).
        this.database ??= openReadOnly(this.path);
        statement = this.database.prepare(sql);
        this.statements.set(sql, statement);
      }
      this.onQuery?.(`[query] ${sql}`);
      return Promise.resolve(statement.all(...params) as T[]);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  close(): Promise<void> {
    this.statements.clear();
    this.database?.close();
    this.database = null;
    return Promise.resolve();
  }
}

function openReadOnly(path: string): Database.Database {
  const database = new Database(path, { readonly: true, fileMustExist: true });
  database.pragma('busy_timeout = 5000');
  return database;
}

class PostgresReader implements SqlReader {
  readonly dialect = 'postgresql' as const;
  private readonly texts = new Map<string, { name: string; text: string }>();

  constructor(
    private readonly client: (from: 'primary' | 'replica') => KnexClient,
    private readonly onQuery: QueryListener,
  ) {}

  async all<T extends SqlRow>(sql: string, params: readonly unknown[] = [], options: ReadOptions = {}): Promise<T[]> {
    let prepared = this.texts.get(sql);
    if (!prepared) {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      prepared = { name: `cc_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text };
      this.texts.set(sql, prepared);
    }
    const knex = this.client(options.from ?? 'primary');
    const connection = await knex.acquireConnection();
    try {
      this.onQuery?.(`[query] ${prepared.text}`);
      const result = await connection.query({ ...prepared, values: [...params] });
      return result.rows as T[];
    } finally {
      await knex.releaseConnection(connection);
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

const readers = new WeakMap<object, SqlReader>();

/** Creates the reader of an ORM and closes it with the ORM. Called once, by openOrm. */
export function attachSqlReader(orm: MikroORM, database: DatabaseConfig, onQuery?: (sql: string) => void): void {
  const reader: SqlReader =
    database.kind === 'postgresql'
      ? new PostgresReader(
          // The ORM's connections: 'read' is a random replica, or the primary when there is none.
          (from) =>
            (orm.em.getConnection(from === 'replica' ? 'read' : 'write') as unknown as { getKnex(): { client: KnexClient } }).getKnex()
              .client,
          onQuery,
        )
      : database.path === ':memory:'
        ? new InProcessSqliteReader(orm)
        : new SqliteReader(database.path, onQuery);
  // db_query_duration_seconds{path="reader"}: one wrapper around the reader's only entry point.
  const all = reader.all.bind(reader);
  reader.all = ((sql: string, params?: readonly unknown[], options?: ReadOptions) =>
    timeReaderQuery(() => all(sql, params, options))) as SqlReader['all'];
  readers.set(orm.config, reader);
  const close = orm.close.bind(orm);
  orm.close = async (force?: boolean) => {
    await reader.close();
    return close(force);
  };
}

/** The reader of the ORM this EntityManager (or fork) belongs to. */
export function sqlReaderOf(em: EntityManager): SqlReader {
  const reader = readers.get(em.config);
  if (!reader) throw new Error('No SQL reader: open the ORM with openOrm()');
  return reader;
}

/** An in-memory SQLite database has one connection only: read through the ORM's (tests and tools). */
class InProcessSqliteReader implements SqlReader {
  readonly dialect = 'sqlite' as const;

  constructor(private readonly orm: MikroORM) {}

  /** The ORM's connection reports the statement itself. */
  async all<T extends SqlRow>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.orm.em.getConnection().execute<T[]>(sql, [...params], 'all');
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Column values as the two dialects return them. */
export const sqlValue = {
  text: (value: unknown): string | null => (value === null || value === undefined ? null : String(value)),
  /** bigint cents: numbers from SQLite, strings from PostgreSQL. */
  integer: (value: unknown): number => Number(value),
  /** datetime: epoch milliseconds in SQLite; timestamptz text from PostgreSQL (the ORM's driver keeps it as text). */
  date: (value: unknown): Date | null => {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value;
    if (typeof value === 'number' || /^\d+$/.test(String(value))) return new Date(Number(value));
    const parsed = new Date(String(value));
    if (Number.isNaN(parsed.getTime())) throw new Error(`Not a date from the database: ${String(value)}`);
    return parsed;
  },
  boolean: (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't',
};
