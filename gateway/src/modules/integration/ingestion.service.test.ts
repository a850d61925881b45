import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from '../customers';
import { Asset, Contract, Installment } from '../contracts';
import { Document, DocumentLine } from '../documents';
import { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import { IngestionRejected } from '../../platform/errors';
import { fixtureBatch } from '../../test/fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
});
afterAll(async () => t.close());

async function tableCounts() {
  const em = t.orm.em.fork();
  return {
    customers: await em.count(Customer, {}),
    contracts: await em.count(Contract, {}),
    assets: await em.count(Asset, {}),
    installments: await em.count(Installment, {}),
    documents: await em.count(Document, {}),
    lines: await em.count(DocumentLine, {}),
    outbox: await em.count(OutboxMessage, {}),
  };
}

async function rejection(batch: unknown): Promise<IngestionRejected> {
  try {
    await t.ingest(batch);
  } catch (error) {
    if (error instanceof IngestionRejected) return error;
    throw error;
  }
  throw new Error('the batch was accepted');
}

describe('ingestion from the core system (INT-1)', () => {
  it('creates every record and one event per activated contract and issued invoice', async () => {
    const summary = await t.ingest(fixtureBatch());
    expect(summary).toEqual({
      customers: { created: 2, updated: 0 },
      contracts: { created: 4, updated: 0, activated: 3 },
      invoices: { created: 6, updated: 0 },
      events: 9,
    });
    // 4 contracts, 5 assets, 60 installments of LC-1001; 6 invoices + 2 amortization tables (LC-1001, LC-2001; not the rental)
    expect(await tableCounts()).toEqual({ customers: 2, contracts: 4, assets: 5, installments: 60, documents: 8, lines: 6, outbox: 9 });
    const topics = (await t.orm.em.fork().find(OutboxMessage, {}, { orderBy: { topic: 'asc', deduplicationKey: 'asc' } })).map(
      (m) => m.topic,
    );
    expect(topics.filter((x) => x === 'contract.activated')).toHaveLength(3);
    expect(topics.filter((x) => x === 'invoice.issued')).toHaveLength(6);
  });

  it('is idempotent: the same batch again changes no count and emits no event', async () => {
    const before = await tableCounts();
    const summary = await t.ingest(fixtureBatch());
    expect(summary).toEqual({
      customers: { created: 0, updated: 2 },
      contracts: { created: 0, updated: 4, activated: 0 },
      invoices: { created: 0, updated: 6 },
      events: 0,
    });
    expect(await tableCounts()).toEqual(before);
  });

  it('applies an update: an invoice paid upstream becomes paid here', async () => {
    const batch = fixtureBatch();
    const invoice = batch.invoices.find((i) => i.number === 'INV-2026-0002')!;
    invoice.paidOn = '2026-11-25';
    await t.ingest({ invoices: [invoice] });
    const stored = await t.orm.em.fork().findOneOrFail(Document, { number: 'INV-2026-0002' });
    expect(stored.paidOn).toBe('2026-11-25');
    expect(await t.orm.em.fork().count(DocumentLine, { document: stored.id })).toBe(1);
  });

  it('emits "contract activated" once when a pending contract becomes active, with its amortization table', async () => {
    const batch = fixtureBatch();
    const pending = batch.contracts.find((c) => c.contractNumber === 'CL-1003')!;
    const activated = { ...pending, status: 'ACTIVE', activatedAt: '2026-11-20T08:00:00Z' };
    const first = await t.ingest({ contracts: [activated] });
    expect(first.contracts.activated).toBe(1);
    expect(first.events).toBe(1);
    const again = await t.ingest({ contracts: [activated] });
    expect(again.events).toBe(0);
    const table = await t.orm.em.fork().findOneOrFail(Document, { number: 'AT-CL-1003' });
    expect(table.issueDate).toBe('2026-11-20');
    expect(table.kind).toBe('AMORTIZATION_TABLE');
  });

  it.each([
    [
      'a customer number of 7 digits',
      { customers: [{ ...fixtureBatch().customers[0]!, upstreamId: 'NEW', customerNumber: '1234567' }] },
      'customers[0]',
      'customerNumber',
    ],
    [
      'a wrong enterprise number check',
      { customers: [{ ...fixtureBatch().customers[0]!, upstreamId: 'NEW', customerNumber: '10000009', enterpriseNumber: '0403.170.702' }] },
      'customers[0]',
      'enterpriseNumber',
    ],
    [
      'an IBAN with a wrong checksum',
      { customers: [{ ...fixtureBatch().customers[0]!, upstreamId: 'NEW', customerNumber: '10000009', iban: 'BE72096123456769' }] },
      'customers[0]',
      'iban',
    ],
    [
      'a Belgian postal code of 3 digits',
      {
        customers: [
          {
            ...fixtureBatch().customers[0]!,
            upstreamId: 'NEW',
            customerNumber: '10000009',
            registeredOffice: { street: 'x', postalCode: '400', city: 'Liège', country: 'BE' },
          },
        ],
      },
      'customers[0]',
      'registeredOffice.postalCode',
    ],
    [
      'a contract of an unknown customer',
      {
        contracts: [
          {
            ...fixtureBatch().contracts[0]!,
            upstreamId: 'NEWC',
            contractNumber: 'LC-7777',
            customerUpstreamId: 'NOBODY',
            assets: [],
            installments: [],
          },
        ],
      },
      'contracts[0]',
      'customerUpstreamId',
    ],
    [
      'a residual value above the financed amount',
      { contracts: [{ ...fixtureBatch().contracts[0]!, residualValueCents: 6_000_000 }] },
      'contracts[0]',
      'residualValueCents',
    ],
    [
      'a float amount',
      { contracts: [{ ...fixtureBatch().contracts[0]!, financedAmountCents: 5000.5 }] },
      'contracts[0]',
      'financedAmountCents',
    ],
    [
      'an impossible due date',
      {
        contracts: [
          {
            ...fixtureBatch().contracts[0]!,
            installments: [{ sequence: 1, dueDate: '2026-02-30', amountCents: 1, vatCents: 0, totalCents: 1 }],
          },
        ],
      },
      'contracts[0]',
      'installments[0].dueDate',
    ],
    [
      'a contract number used by another contract',
      { contracts: [{ ...fixtureBatch().contracts[0]!, upstreamId: 'OTHER', assets: [], installments: [] }] },
      'contracts[0]',
      'contractNumber',
    ],
    ['totals that do not add up', { invoices: [{ ...fixtureBatch().invoices[0]!, totalCents: 1 }] }, 'invoices[0]', 'totalCents'],
    [
      'a bad structured reference',
      { invoices: [{ ...fixtureBatch().invoices[0]!, structuredReference: '+++000/0000/00100+++' }] },
      'invoices[0]',
      'structuredReference',
    ],
    [
      'an invoice on a contract of another customer',
      { invoices: [{ ...fixtureBatch().invoices[0]!, contractUpstreamId: 'K-2001' }] },
      'invoices[0]',
      'contractUpstreamId',
    ],
  ])('rejects %s, naming the record and field, and changes nothing', async (_label, batch, record, field) => {
    const before = await tableCounts();
    // A valid new customer travels in the same batch: it must not be written either.
    const withGoodRecord = { ...batch, customers: [...((batch as { customers?: unknown[] }).customers ?? []), goodNewCustomer()] };
    const error = await rejection(withGoodRecord);
    expect(error.problems[0]).toMatchObject({ record, field });
    expect(error.message).toContain(`${record}`);
    expect(await tableCounts()).toEqual(before);
  });

  it('rejects a body that is not a batch', async () => {
    const error = await rejection({ customers: 'nope', extra: 1 });
    expect(error.problems.map((p) => p.field).sort()).toEqual(['(body)', 'customers']);
  });
});

function goodNewCustomer() {
  return { ...fixtureBatch().customers[1]!, upstreamId: 'GOOD-NEW', customerNumber: '10000042' };
}
