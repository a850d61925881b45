import 'reflect-metadata';
import { loadConfig } from '../platform/config';
import { migrate, openDatabase } from '../app/database';

/** Applies pending migrations to the configured database (SQLite file or DATABASE_URL). */
async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  try {
    const applied = await migrate(orm);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
