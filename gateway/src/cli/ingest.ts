import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../platform/config';
import { systemClock } from '../platform/clock';
import { migrate, openDatabase } from '../app/database';
import { IngestionRejected } from '../platform/errors';
import { IngestionService } from '../modules/integration';

/**
 * INT-1 from files: `pnpm --filter @customer-corner/gateway ingest batch1.json [batch2.json …]`.
 * Same JSON format and rules as POST /internal/ingest; each file is one all-or-nothing batch.
 */
async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((arg) => arg !== '--');
  if (files.length === 0) {
    console.error('Usage: ingest <batch.json> [more.json …]');
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  try {
    await migrate(orm);
    const ingestion = new IngestionService(orm, systemClock);
    for (const file of files) {
      let body: unknown;
      try {
        body = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        console.error(`${file}: not readable JSON (${error instanceof Error ? error.message : String(error)})`);
        process.exitCode = 1;
        continue;
      }
      try {
        const summary = await ingestion.ingest(body);
        console.log(`${file}: ${JSON.stringify(summary)}`);
      } catch (error) {
        if (!(error instanceof IngestionRejected)) throw error;
        console.error(`${file}: ${error.message}`);
        for (const p of error.problems) console.error(`  ${p.record}${p.upstreamId ? ` (${p.upstreamId})` : ''} ${p.field}: ${p.message}`);
        process.exitCode = 1;
      }
    }
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
