import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from './customers';
import { fixtureBatch } from '../test/fixtures';
import { customerViewer, startTestGateway, type TestGateway } from '../test/test-gateway';

/**
 * No N+1 (ARCHITECTURE "Per request"): the SQL statements of a page do not grow with its size.
 * A customer with 50 contracts (2 assets and 60 installments each) and 50 invoices is read at 5 and 50 rows.
 */
let t: TestGateway;
let customerId: string;

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  const base = fixtureBatch();
  const template = base.contracts[0]!;
  const invoiceTemplate = base.invoices[0]!;
  const contracts = Array.from({ length: 50 }, (_, i) => ({
    ...template,
    upstreamId: `K-${i}`,
    contractNumber: `LC-${5000 + i}`,
    assets: template.assets.map((asset, j) => ({ ...asset, upstreamId: `A-${i}-${j}`, serialNumber: `SN-${i}-${j}` })),
  }));
  const invoices = Array.from({ length: 50 }, (_, i) => ({
    ...invoiceTemplate,
    upstreamId: `I-${i}`,
    contractUpstreamId: `K-${i}`,
    number: `INV-2026-${String(5000 + i)}`,
    issueDate: `2026-${String(1 + (i % 10)).padStart(2, '0')}-15`,
    dueDate: `2026-${String(1 + (i % 10)).padStart(2, '0')}-28`,
    structuredReference: null,
  }));
  await t.ingest({ customers: [base.customers[0]], contracts, invoices });
  customerId = (await t.orm.em.fork().findOneOrFail(Customer, { customerNumber: '10000001' })).id;
});
afterAll(async () => t.close());

const CONTRACTS_PAGE = `query($first: Int) { contracts(first: $first) { totalCount nodes { contractNumber
  assets { serialNumber } nextInstallment { dueDate status } lastInstallment { dueDate } } } }`;
const DOCUMENTS_PAGE = `query($first: Int) { documents(first: $first, filter: { issuedFrom: "2020-01-01" }) { totalCount nodes { number
  paymentStatus structuredReference lines { description netCents } } } }`;

describe('SQL statements per page', () => {
  it.each([
    ['contracts page (contracts, assets, next and last installment, count)', CONTRACTS_PAGE, 'contracts'],
    ['documents page (documents, lines, count)', DOCUMENTS_PAGE, 'documents'],
  ])('%s: the same at 5 and at 50 rows', async (_label, query, field) => {
    const counts: number[] = [];
    for (const first of [5, 50]) {
      counts.push(
        await t.countStatements(async () => {
          const result = await t.execute<Record<string, { nodes: unknown[] }>>(query, { first }, customerViewer(customerId));
          expect(result.errors).toBeUndefined();
          expect(result.data![field]!.nodes).toHaveLength(first);
        }),
      );
    }
    expect(counts[0]).toBe(counts[1]);
    // page + count + one batched statement per nested list: contracts 5 (page, count, assets, next, last), documents 3
    expect(counts[0]).toBe(field === 'contracts' ? 5 : 3);
  });
});
