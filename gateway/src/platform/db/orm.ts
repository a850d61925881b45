import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { MIGRATIONS } from '../../../migrations';
import { attachSqlReader } from './sql-reader';
import { timeOrmQueries } from '../metrics/database-metrics';

export type DatabaseConfig = AppConfig['database'];

export interface OrmOptions {
  /** Every persisted class: the composition root (app/entities.ts) owns the list, the platform knows no module. */
  entities: Options['entities'] & {};
  /** Called with every SQL statement: tests count them to prove there is no N+1. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function ormOptions(database: DatabaseConfig, options: OrmOptions): Options {
  const common: Options = {
    entities: options.entities,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    // Every request works on its own fork; touching the global EntityManager is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : undefined,
    migrations: {
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'schema_migration',
      silent: true,
    },
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
  };
  if (database.kind === 'postgresql') {
    const pool = { min: 0, max: options.poolMax ?? 10 };
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      pool,
      // Read replicas (DATABASE_READ_URLS, issue #15 §5) serve only the reads that ask for one
      // (the SQL reader's FROM_READ_REPLICA): sessions, counters and everything a request reads back
      // after writing it stay on the primary, so replication lag never signs anyone out.
      preferReadReplicas: false,
      replicas: (database.readUrls ?? []).map((clientUrl, index) => ({ name: `read-${index + 1}`, clientUrl, pool })),
    };
  }
  const path = database.path === ':memory:' ? ':memory:' : resolve(database.path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: path,
    pool: {
      afterCreate: (connection: { pragma(sql: string): unknown }, done: (error: Error | null, c: unknown) => void) => {
        // WAL lets readers run beside the writer; foreign keys are off by default in SQLite.
        connection.pragma('journal_mode = WAL');
        connection.pragma('foreign_keys = ON');
        connection.pragma('busy_timeout = 5000');
        done(null, connection);
      },
    },
  };
}

export async function openOrm(database: DatabaseConfig, options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database, options));
  attachSqlReader(orm, database, options.onQuery);
  timeOrmQueries(orm);
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/** SQL that would still be needed to bring the migrated database in line with the entities. */
export async function pendingSchemaDrift(orm: MikroORM): Promise<string> {
  return (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false })).trim();
}
