import 'reflect-metadata';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/core';
import { todayIso } from '../core/iso-date';
import { loadConfig, type AppConfig } from '../platform/config';
import { migrate, openDatabase } from '../app/database';
import { IngestionService } from '../modules/integration';
import {
  BulkLoader,
  DEFAULT_SCALE_PASSWORD,
  generateDemoBatches,
  generateScaleBatches,
  hashScalePassword,
  writeLoginsFile,
} from '../seeding';

/**
 * INT-3: loads generated data.
 *   seed                                              the demo set, through the ingestion path
 *   seed --customers 1000 --contracts 20 --invoices 60  a scale set (one batch per customer), through the
 *                                                     bulk loader, with one active administrator per customer
 * Options: --date YYYY-MM-DD (reference date, default today); with --customers also
 * --password (shared by every scale login, default Bench-Scale-2026!) and --logins-out FILE
 * (JSON list of { customerNumber, loginId }, in customer order).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    // `pnpm seed -- --customers 10` forwards the `--` too
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      customers: { type: 'string' },
      contracts: { type: 'string', default: '20' },
      invoices: { type: 'string', default: '60' },
      date: { type: 'string' },
      password: { type: 'string' },
      'logins-out': { type: 'string' },
    },
  });
  const referenceDate = values.date ?? todayIso(new Date());
  const positive = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, not "${text}"`);
    return n;
  };
  if (!values.customers && (values.password !== undefined || values['logins-out'] !== undefined)) {
    throw new Error('--password and --logins-out go with --customers (the scale set)');
  }
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  const started = Date.now();
  const elapsed = () => ((Date.now() - started) / 1000).toFixed(0);
  try {
    await migrate(orm);
    const clock = { now: () => new Date(`${referenceDate}T08:00:00Z`) };
    let count = 0;
    let invoices = 0;
    if (values.customers) {
      const batches = generateScaleBatches({
        customers: positive('customers', values.customers),
        contractsPerCustomer: positive('contracts', values.contracts),
        invoicesPerContract: positive('invoices', values.invoices),
        referenceDate,
      });
      const passwordHash = await hashScalePassword(values.password ?? DEFAULT_SCALE_PASSWORD);
      const summary = await new BulkLoader(orm, clock).load(batches, {
        administratorPasswordHash: passwordHash,
        onProgress: (progress) => {
          if (Math.floor(progress.customers / 100) > Math.floor(count / 100)) {
            console.log(`… ${progress.customers} customers, ${progress.invoices} invoices, ${elapsed()} s`);
          }
          count = progress.customers;
        },
      });
      count = summary.customers;
      invoices = summary.invoices;
      if (values['logins-out']) writeLoginsFile(values['logins-out'], summary.logins);
    } else {
      const ingestion = new IngestionService(orm, clock);
      for (const batch of generateDemoBatches(referenceDate)) {
        const summary = await ingestion.ingest(batch);
        count += 1;
        invoices += summary.invoices.created + summary.invoices.updated;
        if (count % 50 === 0) console.log(`… ${count} customers, ${invoices} invoices, ${elapsed()} s`);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Loaded ${count} customers and ${invoices} invoices in ${seconds.toFixed(1)} s; database size ${await databaseSize(orm, config)}.`,
    );
  } finally {
    await orm.close(true);
  }
}

async function databaseSize(orm: MikroORM, config: AppConfig): Promise<string> {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const connection = orm.em.getConnection();
  if (config.database.kind === 'postgresql') {
    const [row] = await connection.execute<{ size: string }[]>('select pg_database_size(current_database()) as size');
    return mib(Number(row?.size ?? 0));
  }
  // Move what the write-ahead log still holds into the file, so that its size is the database's.
  await connection.execute('pragma wal_checkpoint(truncate)');
  return mib(statSync(config.database.path).size);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
