import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from '../customers';
import { fixtureBatch } from '../../test/fixtures';
import { customerAdmin, customerViewer, startTestGateway, type TestGateway } from '../../test/test-gateway';

let t: TestGateway;
let atelierId: string;
let peetersId: string;

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  await t.ingest(fixtureBatch());
  const em = t.orm.em.fork();
  atelierId = (await em.findOneOrFail(Customer, { customerNumber: '10000001' })).id;
  peetersId = (await em.findOneOrFail(Customer, { customerNumber: '10000002' })).id;
});
afterAll(async () => t.close());

const DOCUMENTS = /* GraphQL */ `
  query Documents($first: Int, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        number
        kind
        issueDate
        dueDate
        contractNumber
        batchNumber
        totalCents
        paymentStatus
        structuredReference
      }
    }
  }
`;

type DocumentsResult = {
  documents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Record<string, unknown>[] };
};
const numbers = (r: { data?: DocumentsResult | null }) => r.data!.documents.nodes.map((d) => d.number);

describe('documents (DOC-1, DOC-2, DOC-9)', () => {
  it('shows the last 12 months by default, newest first', async () => {
    const result = await t.execute<DocumentsResult>(DOCUMENTS, {}, customerViewer(atelierId));
    expect(result.errors).toBeUndefined();
    // INV-2025-0100 (June 2025) is older than 12 months on 2026-11-26; AT-LC-1001 was issued at activation (2026-01-01).
    expect(numbers(result)).toEqual(['CN-2026-0001', 'INV-2026-0003', 'INV-2026-0002', 'INV-2026-0001', 'AT-LC-1001']);
    expect(result.data!.documents.totalCount).toBe(5);
  });

  it('shows payment status and the structured reference of invoices', async () => {
    const result = await t.execute<DocumentsResult>(DOCUMENTS, { filter: { search: 'INV-2026' } }, customerViewer(atelierId));
    expect(result.data!.documents.nodes).toEqual([
      expect.objectContaining({ number: 'INV-2026-0003', paymentStatus: 'OPEN', totalCents: 104_526, dueDate: '2026-12-01' }),
      // due on 2026-11-01, unpaid on 2026-11-26
      // base 0020260002 (digits of the number); 20 260 002 mod 97 = 0, so the check digits are 97
      expect.objectContaining({ number: 'INV-2026-0002', paymentStatus: 'OVERDUE', structuredReference: '+++002/0260/00297+++' }),
      expect.objectContaining({ number: 'INV-2026-0001', paymentStatus: 'PAID' }),
    ]);
  });

  it.each([
    [{ issuedFrom: '2025-01-01' }, ['CN-2026-0001', 'INV-2026-0003', 'INV-2026-0002', 'INV-2026-0001', 'AT-LC-1001', 'INV-2025-0100']],
    [{ issuedFrom: '2025-01-01', issuedTo: '2025-12-31' }, ['INV-2025-0100']],
    [{ kinds: ['CREDIT_NOTE'] }, ['CN-2026-0001']],
    [{ kinds: ['AMORTIZATION_TABLE'] }, ['AT-LC-1001']],
    [{ paymentStatus: 'PAID', issuedFrom: '2020-01-01' }, ['INV-2026-0001', 'INV-2025-0100']],
    [{ paymentStatus: 'UNPAID' }, ['CN-2026-0001', 'INV-2026-0003', 'INV-2026-0002']],
    [{ contractNumber: 'RN-1002', issuedFrom: '2020-01-01' }, ['INV-2025-0100']],
    [{ search: 'rn-10', issuedFrom: '2020-01-01' }, ['INV-2025-0100']],
    [{ batchNumber: 'B2026-11' }, ['CN-2026-0001', 'INV-2026-0003']],
    // the other customer's invoice number finds nothing
    [{ search: 'INV-2026-0900' }, []],
  ])('filter %j gives %j', async (filter, expected) => {
    const result = await t.execute<DocumentsResult>(DOCUMENTS, { filter }, customerAdmin(atelierId));
    expect(result.errors).toBeUndefined();
    expect(numbers(result)).toEqual(expected);
  });

  it('pages through every document with cursors, none twice', async () => {
    const seen: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const result: { data?: DocumentsResult | null } = await t.execute<DocumentsResult>(
        DOCUMENTS,
        { first: 2, after, filter: { issuedFrom: '2020-01-01' } },
        customerAdmin(atelierId),
      );
      seen.push(...numbers(result));
      if (!result.data!.documents.pageInfo.hasNextPage) break;
      after = result.data!.documents.pageInfo.endCursor;
    }
    expect(seen).toEqual(['CN-2026-0001', 'INV-2026-0003', 'INV-2026-0002', 'INV-2026-0001', 'AT-LC-1001', 'INV-2025-0100']);
  });

  it.each([
    [{ issuedFrom: '2026-02-30' }, 'issuedFrom', 'DATE_INVALID'],
    [{ issuedFrom: '2026-05-01', issuedTo: '2026-04-01' }, 'issuedTo', 'DATE_RANGE_INVALID'],
  ])('refuses the range %j', async (filter, field, code) => {
    const result = await t.execute(DOCUMENTS, { filter }, customerAdmin(atelierId));
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field, code, message: expect.any(String) }] });
  });

  it('shows an invoice with its lines; another customer’s id answers like an unknown id (X-4)', async () => {
    const peeters = await t.execute<DocumentsResult & { documents: { nodes: { id: string }[] } }>(
      `{ documents(filter: { kinds: [INVOICE] }) { nodes { id number } } }`,
      {},
      customerViewer(peetersId),
    );
    const foreignId = (peeters.data!.documents.nodes[0] as { id: string }).id;
    const query = `query($id: ID!) { document(id: $id) { number lines { position description quantity unitPriceCents vatRatePercent netCents vatCents } } }`;
    const own = await t.execute<{ document: { lines: unknown[] } }>(query, { id: foreignId }, customerViewer(peetersId));
    expect(own.data!.document).toEqual({
      number: 'INV-2026-0900',
      lines: [
        {
          position: 1,
          description: 'Installment — INV-2026-0900',
          quantity: '1',
          unitPriceCents: 108_612,
          vatRatePercent: '21',
          netCents: 108_612,
          vatCents: 22_809,
        },
      ],
    });
    const asAtelier = await t.execute(query, { id: foreignId }, customerViewer(atelierId));
    const unknown = await t.execute(query, { id: 'no-such-id' }, customerViewer(atelierId));
    expect(asAtelier).toEqual(unknown);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('batches (DOC-5)', () => {
  it('groups documents by invoicing run, newest first, credit notes deducted', async () => {
    const result = await t.execute<{ batches: { totalCount: number; nodes: unknown[] } }>(
      `{ batches(first: 10) { totalCount nodes { number issueDate documentCount balanceCents } } }`,
      {},
      customerViewer(atelierId),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.batches).toEqual({
      totalCount: 4,
      nodes: [
        // 104 526 − (10 000 + 2 100)
        { number: 'B2026-11', issueDate: '2026-11-21', documentCount: 2, balanceCents: 92_426 },
        { number: 'B2026-10', issueDate: '2026-10-20', documentCount: 1, balanceCents: 104_526 },
        { number: 'B2026-09', issueDate: '2026-09-20', documentCount: 1, balanceCents: 104_526 },
        { number: 'B2025-06', issueDate: '2025-06-01', documentCount: 1, balanceCents: 90_750 },
      ],
    });
  });

  it('pages batches and finds one by number, never another customer’s', async () => {
    const first = await t.execute<{ batches: { pageInfo: { endCursor: string }; nodes: { number: string }[] } }>(
      `{ batches(first: 2) { pageInfo { endCursor } nodes { number } } }`,
      {},
      customerViewer(atelierId),
    );
    const second = await t.execute<{ batches: { nodes: { number: string }[] } }>(
      `query($after: String) { batches(first: 2, after: $after) { nodes { number } } }`,
      { after: first.data!.batches.pageInfo.endCursor },
      customerViewer(atelierId),
    );
    expect(second.data!.batches.nodes.map((b) => b.number)).toEqual(['B2026-09', 'B2025-06']);
    const own = await t.execute(`{ batch(number: "B2026-11") { documentCount } }`, {}, customerViewer(peetersId));
    expect(own.data).toEqual({ batch: { documentCount: 1 } });
    const unknown = await t.execute(`{ batch(number: "B1999-01") { documentCount } }`, {}, customerViewer(peetersId));
    const foreign = await t.execute(`{ batch(number: "B2026-09") { documentCount } }`, {}, customerViewer(peetersId));
    expect(foreign).toEqual(unknown);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('company (COM-1)', () => {
  it('shows the company data with the IBAN masked but for its last 4 characters', async () => {
    const result = await t.execute(
      `{ company { customerNumber name legalForm enterpriseNumber enterpriseNumberFormatted vatNumber language
          registeredOffice { street postalCode city country } billingAddress { street city }
          bankAccount { maskedIban ibanLast4 bic } administrativeContact { name email phone } } }`,
      {},
      customerViewer(atelierId),
    );
    expect(result).toEqual({
      data: {
        company: {
          customerNumber: '10000001',
          name: 'Atelier Lambert',
          legalForm: 'SRL',
          enterpriseNumber: '0403170701',
          enterpriseNumberFormatted: '0403.170.701',
          vatNumber: 'BE0403170701',
          language: 'FR',
          registeredOffice: { street: 'Rue de la Station 12', postalCode: '4000', city: 'Liège', country: 'BE' },
          billingAddress: { street: 'Quai de la Batte 3', city: 'Liège' },
          bankAccount: { maskedIban: 'BE•• •••• •••• 6769', ibanLast4: '6769', bic: 'GKCCBEBB' },
          administrativeContact: { name: 'Claire Lambert', email: 'claire@atelier-lambert.example', phone: '+32 4 123 45 67' },
        },
      },
    });
  });
});
