import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../platform/clock';
import { migrate, openDatabase } from '../app/database';
import { createScratchDatabase, type ScratchDatabase } from '../platform/db/scratch-database';
import { IngestionRejected } from '../platform/errors';
import { fixtureBatch } from '../test/fixtures';
import { BulkBatchRejected, BulkLoader, BulkLoadRefused } from './bulk-loader';
import { generateScaleBatches } from './demo-data-generator';
import { IngestionService } from '../modules/integration';

const clock = fixedClock('2026-11-26T08:00:00.000Z');
const TABLES = ['customer', 'customer_login', 'contract', 'asset', 'installment', 'document', 'document_line', 'outbox_message'] as const;
type Table = (typeof TABLES)[number];
type Rows = Record<string, unknown>[];

/**
 * 2 customers × 3 contracts × 4 invoices from the scale generator, the hand-written fixture (a
 * pending contract, a rental activated without a date, a credit note, a billing address), and two
 * batches that refer to records of earlier batches only.
 */
function dataSet(): unknown[] {
  const scale = [...generateScaleBatches({ customers: 2, contractsPerCustomer: 3, invoicesPerContract: 4, referenceDate: '2026-11-26' })];
  const [firstScale] = scale;
  const laterInvoice = {
    ...fixtureBatch().invoices[4]!,
    upstreamId: 'I-LATE',
    number: 'CN-2026-0099',
    customerUpstreamId: firstScale!.contracts[0]!.customerUpstreamId,
    contractUpstreamId: firstScale!.contracts[0]!.upstreamId,
  };
  const laterContract = { ...fixtureBatch().contracts[3]!, upstreamId: 'K-LATE', contractNumber: 'LC-9001', assets: [] };
  return [...scale, fixtureBatch(), { invoices: [laterInvoice] }, { contracts: [laterContract] }];
}

interface Loaded {
  orm: MikroORM;
  scratch: ScratchDatabase;
}

async function emptyDatabase(): Promise<Loaded> {
  const scratch = await createScratchDatabase(process.env.DATABASE_URL);
  const orm = await openDatabase(scratch.database);
  await migrate(orm);
  return { orm, scratch };
}

/** Every row of the table, without ids and timestamps, foreign keys replaced by the upstream ids they point to. */
async function contents(orm: MikroORM): Promise<Record<Table, Rows>> {
  const connection = orm.em.getConnection();
  const raw = {} as Record<Table, Rows>;
  for (const table of TABLES) raw[table] = await connection.execute<Rows>(`select * from ${table}`);
  const naturalKeys = (table: Table) => new Map(raw[table].map((row) => [row.id, row.upstream_id]));
  const keys: Record<string, Map<unknown, unknown>> = {
    customer_id: naturalKeys('customer'),
    contract_id: naturalKeys('contract'),
    document_id: naturalKeys('document'),
  };
  const result = {} as Record<Table, Rows>;
  for (const table of TABLES) {
    result[table] = raw[table]
      .map((row) => {
        const { id: _id, created_at: _created, updated_at: _updated, login_id: _login, ...rest } = row;
        for (const [column, map] of Object.entries(keys)) if (column in rest && rest[column] !== null) rest[column] = map.get(rest[column]);
        return rest;
      })
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  return result;
}

async function counts(orm: MikroORM): Promise<Record<Table, number>> {
  const result = {} as Record<Table, number>;
  for (const table of TABLES) {
    const [row] = await orm.em.getConnection().execute<{ n: number | string }[]>(`select count(*) as n from ${table}`);
    result[table] = Number(row?.n);
  }
  return result;
}

let ingested: Loaded;
let bulk: Loaded;

beforeAll(async () => {
  [ingested, bulk] = await Promise.all([emptyDatabase(), emptyDatabase()]);
});
afterAll(async () => {
  for (const db of [ingested, bulk]) {
    await db?.orm.close(true);
    await db?.scratch.drop();
  }
});

describe('bulk loader of brand-new data sets (issue #8)', () => {
  it('writes exactly the rows the ingestion writes into an empty database, except the outbox events', async () => {
    const ingestion = new IngestionService(ingested.orm, clock);
    for (const batch of dataSet()) await ingestion.ingest(batch);
    const summary = await new BulkLoader(bulk.orm, clock).load(dataSet(), {
      batchesInMemory: 2,
      batchesPerTransaction: 3,
      rowsPerStatement: 7,
    });

    expect(summary).toEqual({
      batches: 5,
      customers: 4,
      contracts: 11,
      assets: 18,
      installments: 240,
      invoices: 31,
      lines: 35,
      amortizationTables: 7,
      logins: [],
    });
    const expected = await contents(ingested.orm);
    const actual = await contents(bulk.orm);
    for (const table of TABLES.filter((t) => t !== 'outbox_message')) {
      expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
    }
    // The ingestion announces every activated contract and issued invoice; a bulk-loaded set is history and announces nothing.
    const topics = expected.outbox_message.map((message) => message.topic);
    expect(topics.filter((topic) => topic === 'contract.activated')).toHaveLength(10);
    expect(topics.filter((topic) => topic === 'invoice.issued')).toHaveLength(31);
    expect(actual.outbox_message).toEqual([]);
  });

  it('refuses to load the same set a second time, naming the customer, and writes nothing', async () => {
    const before = await counts(bulk.orm);
    const error = await new BulkLoader(bulk.orm, clock).load(dataSet()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkLoadRefused);
    expect((error as Error).message).toBe(
      'The database already holds customer CUST-20000001 (20000001). The bulk loader only loads brand-new data sets and never updates: ' +
        'start from an empty database, or send the batches through the ingestion (pnpm ingest), which upserts.',
    );
    expect(await counts(bulk.orm)).toEqual(before);
  });

  it('refuses a customer that comes twice in one data set', async () => {
    const customer = { ...fixtureBatch().customers[0]!, upstreamId: 'TWICE', customerNumber: '10000077' };
    const error = await new BulkLoader(bulk.orm, clock)
      .load([{ customers: [customer] }, { customers: [customer] }])
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^The data set holds twice customer TWICE \(10000077\)\./);
  });

  it('stops at a unique key a record already in the database holds, and writes nothing of that transaction', async () => {
    const before = await counts(bulk.orm);
    const customer = { ...fixtureBatch().customers[0]!, upstreamId: 'NEW-OWNER', customerNumber: '10000088' };
    const contract = { ...fixtureBatch().contracts[1]!, upstreamId: 'K-NEW', customerUpstreamId: 'NEW-OWNER', assets: [] };
    const error = await new BulkLoader(bulk.orm, clock).load([{ customers: [customer], contracts: [contract] }]).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BulkLoadRefused);
    expect((error as Error).message).toMatch(
      /^Batches 1–1 hold a record whose unique key is already taken \(.*contract_number.*\); nothing of them was written\./,
    );
    expect(await counts(bulk.orm)).toEqual(before);
  });

  let nextCustomer = 50;
  it.each([
    [
      'a total that does not add up',
      { invoices: [{ ...fixtureBatch().invoices[0]!, totalCents: 1 }] },
      'invoices[0] (I-1) totalCents: must equal netCents + vatCents',
    ],
    [
      'an IBAN with a wrong checksum',
      { customers: [{ ...fixtureBatch().customers[0]!, upstreamId: 'BAD', customerNumber: '10000099', iban: 'BE72096123456769' }] },
      'customers[0] (BAD) iban: is not a valid IBAN (IBAN_CHECKSUM)',
    ],
    [
      'a contract of an unknown customer',
      {
        contracts: [
          { ...fixtureBatch().contracts[0]!, upstreamId: 'K-X', contractNumber: 'LC-7777', customerUpstreamId: 'NOBODY', assets: [] },
        ],
      },
      'contracts[0] (K-X) customerUpstreamId: names no known customer',
    ],
    [
      'an invoice on a contract of another customer',
      { invoices: [{ ...fixtureBatch().invoices[0]!, upstreamId: 'I-X', number: 'INV-X-1', contractUpstreamId: 'K-2001' }] },
      'invoices[0] (I-X) contractUpstreamId: names a contract of another customer',
    ],
  ])(
    'rejects a batch with %s, naming the batch, record and field; loads the batch before it and nothing of it',
    async (_label, bad, problem) => {
      const before = await counts(bulk.orm);
      nextCustomer += 1;
      const good = {
        customers: [{ ...fixtureBatch().customers[1]!, upstreamId: `GOOD-${nextCustomer}`, customerNumber: `100000${nextCustomer}` }],
      };
      // The bad batch carries a valid new customer too: it must not be written either.
      const withGoodRecord = {
        ...bad,
        customers: [
          ...((bad as { customers?: unknown[] }).customers ?? []),
          { ...good.customers[0]!, upstreamId: 'NOT-WRITTEN', customerNumber: '10009999' },
        ],
      };
      const error = await new BulkLoader(bulk.orm, clock).load([good, withGoodRecord]).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(BulkBatchRejected);
      expect(error).toBeInstanceOf(IngestionRejected);
      expect((error as BulkBatchRejected).batchIndex).toBe(1);
      expect((error as Error).message).toBe(
        `Batch 2 of the load rejected, nothing of it was written (the batch before it is loaded): ${problem}`,
      );
      expect(await counts(bulk.orm)).toEqual({ ...before, customer: before.customer + 1 });
    },
  );
});
