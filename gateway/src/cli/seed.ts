import 'reflect-metadata';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { todayIso } from '../core/iso-date';
import { loadConfig } from '../platform/config';
import { migrate, openOrm } from '../platform/db/orm';
import { generateDemoBatches, generateScaleBatches } from '../modules/integration/demo-data-generator';
import { IngestionService } from '../modules/integration/ingestion.service';

/**
 * INT-3: loads data through the ingestion path.
 *   seed                                              the demo set
 *   seed --customers 1000 --contracts 20 --invoices 60  a scale set (one batch per customer)
 * Options: --date YYYY-MM-DD (reference date, default today).
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
    },
  });
  const referenceDate = values.date ?? todayIso(new Date());
  const positive = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, not "${text}"`);
    return n;
  };
  const config = loadConfig();
  const orm = await openOrm(config.database);
  const started = Date.now();
  try {
    await migrate(orm);
    const ingestion = new IngestionService(orm, { now: () => new Date(`${referenceDate}T08:00:00Z`) });
    const batches = values.customers
      ? generateScaleBatches({
          customers: positive('customers', values.customers),
          contractsPerCustomer: positive('contracts', values.contracts),
          invoicesPerContract: positive('invoices', values.invoices),
          referenceDate,
        })
      : generateDemoBatches(referenceDate);
    let count = 0;
    let invoices = 0;
    for (const batch of batches) {
      const summary = await ingestion.ingest(batch);
      count += 1;
      invoices += summary.invoices.created + summary.invoices.updated;
      if (count % 50 === 0) console.log(`… ${count} customers, ${invoices} invoices, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const seconds = (Date.now() - started) / 1000;
    const size =
      config.database.kind === 'sqlite' ? `${(statSync(config.database.path).size / 1024 / 1024).toFixed(1)} MiB` : 'see PostgreSQL';
    console.log(`Loaded ${count} customers and ${invoices} invoices in ${seconds.toFixed(1)} s; database size ${size}.`);
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
