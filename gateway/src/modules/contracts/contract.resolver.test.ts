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

const CONTRACTS = /* GraphQL */ `
  query Contracts($first: Int, $after: String, $filter: ContractFilter, $sort: ContractSort) {
    contracts(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        contractNumber
        kind
        status
        objectSummary
        startDate
        endDate
        periodicAmountCents
        nextInstallment {
          dueDate
          totalCents
          status
        }
        lastInstallment {
          dueDate
          totalCents
          status
        }
        assets {
          brand
          model
          serialNumber
        }
      }
    }
  }
`;

describe('contracts list (CON-1)', () => {
  it('lists only the caller’s contracts, sorted by number, with next and last installment', async () => {
    const result = await t.execute<{ contracts: { totalCount: number; nodes: Record<string, unknown>[] } }>(
      CONTRACTS,
      {},
      customerViewer(atelierId),
    );
    expect(result.errors).toBeUndefined();
    const contracts = result.data!.contracts;
    expect(contracts.totalCount).toBe(3);
    expect(contracts.nodes.map((c) => c.contractNumber)).toEqual(['CL-1003', 'LC-1001', 'RN-1002']);
    const leasing = contracts.nodes[1]!;
    // 86 385 + 21 % VAT (18 140.85 → 18 141) = 104 526 cents; Dec 1st is the next due date after Nov 26.
    expect(leasing.nextInstallment).toEqual({ dueDate: '2026-12-01', totalCents: 104_526, status: 'DUE' });
    // Installments before Nov 1st were paid; the one of Nov 1st was not: overdue.
    expect(leasing.lastInstallment).toEqual({ dueDate: '2026-11-01', totalCents: 104_526, status: 'OVERDUE' });
    expect(leasing.assets).toEqual([
      { brand: 'Linde', model: 'E20', serialNumber: 'LND-E20-0001' },
      { brand: 'Linde', model: 'E20', serialNumber: 'LND-E20-0002' },
    ]);
  });

  it('dates installments by the Brussels day, which starts before the UTC one (#14 §2)', async () => {
    const leasingAt = async (iso: string) => {
      t.setNow(iso);
      const result = await t.execute<{ contracts: { nodes: Record<string, unknown>[] } }>(CONTRACTS, {}, customerViewer(atelierId));
      expect(result.errors).toBeUndefined();
      const leasing = result.data!.contracts.nodes.find((c) => c.contractNumber === 'LC-1001')!;
      return { next: leasing.nextInstallment, last: leasing.lastInstallment };
    };
    try {
      // 00:30 on 2 November in Brussels (CET), still 1 November in UTC: the unpaid installment of
      // 1 November is already overdue for the customer.
      const afterMidnight = await leasingAt('2026-11-01T23:30:00.000Z');
      expect(afterMidnight.last).toEqual({ dueDate: '2026-11-01', totalCents: 104_526, status: 'OVERDUE' });
      expect(afterMidnight.next).toEqual({ dueDate: '2026-12-01', totalCents: 104_526, status: 'DUE' });
      // 00:30 on 1 April in Brussels (CEST): the same answers as at noon that day.
      expect(await leasingAt('2026-03-31T22:30:00.000Z')).toEqual(await leasingAt('2026-04-01T10:00:00.000Z'));
    } finally {
      t.setNow('2026-11-26T10:00:00.000Z');
    }
  });

  it.each([
    [{ kinds: ['RENTAL'] }, ['RN-1002']],
    [{ statuses: ['PENDING'] }, ['CL-1003']],
    [{ search: 'lc-10' }, ['LC-1001']],
    [{ search: 'KM-C300' }, ['RN-1002']],
    // a serial number of another customer's asset finds nothing here
    [{ search: 'LND-E20-0003' }, []],
    [{ kinds: ['LEASING'], statuses: ['ENDED'] }, []],
  ])('filter %j gives %j', async (filter, numbers) => {
    const result = await t.execute<{ contracts: { nodes: { contractNumber: string }[] } }>(CONTRACTS, { filter }, customerAdmin(atelierId));
    expect(result.errors).toBeUndefined();
    expect(result.data!.contracts.nodes.map((c) => c.contractNumber)).toEqual(numbers);
  });

  it('sorts by periodic amount descending and pages with cursors', async () => {
    const sort = { field: 'PERIODIC_AMOUNT', direction: 'DESC' };
    const first = await t.execute<{
      contracts: { nodes: { contractNumber: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(CONTRACTS, { first: 2, sort }, customerAdmin(atelierId));
    expect(first.data!.contracts.nodes.map((c) => c.contractNumber)).toEqual(['LC-1001', 'RN-1002']);
    expect(first.data!.contracts.pageInfo.hasNextPage).toBe(true);
    const second = await t.execute<{ contracts: { nodes: { contractNumber: string }[]; pageInfo: { hasNextPage: boolean } } }>(
      CONTRACTS,
      { first: 2, sort, after: first.data!.contracts.pageInfo.endCursor },
      customerAdmin(atelierId),
    );
    expect(second.data!.contracts.nodes.map((c) => c.contractNumber)).toEqual(['CL-1003']);
    expect(second.data!.contracts.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [{ first: 0 }, 'PAGE_SIZE_INVALID'],
    [{ first: 101 }, 'PAGE_SIZE_INVALID'],
    [{ after: 'not-a-cursor' }, 'CURSOR_INVALID'],
  ])('refuses %j with BAD_USER_INPUT', async (variables, fieldCode) => {
    const result = await t.execute(CONTRACTS, variables, customerAdmin(atelierId));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ code: fieldCode })]);
  });

  it('answers UNAUTHENTICATED without a principal and FORBIDDEN for staff', async () => {
    const anonymous = await t.execute(CONTRACTS, {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const staff = await t.execute(CONTRACTS, {}, { kind: 'staff', staffId: 's1', role: 'AGENT' });
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const DETAIL = /* GraphQL */ `
  query Detail($id: ID!) {
    contract(id: $id) {
      contractNumber
      durationMonths
      numberOfInstallments
      periodicity
      paymentTiming
      financedAmountCents
      annualRatePercent
      residualValueCents
      vatRatePercent
      paymentMethod
      sepaMandateReference
      supplierName
      assets {
        description
        brand
        model
        serialNumber
        quantity
        location
      }
      amortizationTable {
        definitive
        regularInstallmentCents
        residualValueCents
        rows {
          period
          dueDate
          installmentCents
          interestCents
          capitalCents
          outstandingCents
          vatCents
          totalCents
        }
        totals {
          installmentCents
          interestCents
          capitalCents
          vatCents
          totalCents
        }
      }
    }
  }
`;

describe('contract detail and amortization table (CON-2, CON-4)', () => {
  it('shows every term and a definitive table ending at the residual value', async () => {
    const list = await t.execute<{ contractByNumber: { id: string } }>(
      `{ contractByNumber(number: "LC-1001") { id } }`,
      {},
      customerViewer(atelierId),
    );
    const result = await t.execute<{
      contract: Record<string, unknown> & {
        amortizationTable: { rows: Record<string, number | string>[]; totals: Record<string, number> };
      };
    }>(DETAIL, { id: list.data!.contractByNumber.id }, customerViewer(atelierId));
    expect(result.errors).toBeUndefined();
    const contract = result.data!.contract;
    expect(contract).toMatchObject({
      contractNumber: 'LC-1001',
      durationMonths: 60,
      numberOfInstallments: 60,
      periodicity: 'MONTHLY',
      paymentTiming: 'IN_ARREARS',
      financedAmountCents: 5_000_000,
      annualRatePercent: '4.75',
      residualValueCents: 500_000,
      vatRatePercent: '21',
      paymentMethod: 'SEPA_DIRECT_DEBIT',
      sepaMandateReference: 'MANDATE-1001',
      supplierName: 'Linde Material Handling Belgium',
    });
    const table = contract.amortizationTable;
    expect(table).toMatchObject({ definitive: true, regularInstallmentCents: 86_385, residualValueCents: 500_000 });
    expect(table.rows).toHaveLength(60);
    // Period 1: interest = 5 000 000 × 0.0475/12 = 19 791.67 → 19 792; capital = 86 385 − 19 792 = 66 593.
    expect(table.rows[0]).toEqual({
      period: 1,
      dueDate: '2026-02-01',
      installmentCents: 86_385,
      interestCents: 19_792,
      capitalCents: 66_593,
      outstandingCents: 4_933_407,
      vatCents: 18_141,
      totalCents: 104_526,
    });
    expect(table.rows[59]).toMatchObject({ period: 60, dueDate: '2031-01-01', outstandingCents: 500_000 });
    // #12 §3: the purchase option is the table's last line, so the capital column is the financed amount.
    expect(table.totals.capitalCents).toBe(5_000_000);
  });

  it('marks the table of a pending contract provisional, and a rental has none', async () => {
    const pending = await t.execute<{ contractByNumber: { amortizationTable: { definitive: boolean; rows: unknown[] } } }>(
      `{ contractByNumber(number: "CL-1003") { amortizationTable { definitive rows { period } } } }`,
      {},
      customerViewer(atelierId),
    );
    expect(pending.data!.contractByNumber.amortizationTable.definitive).toBe(false);
    expect(pending.data!.contractByNumber.amortizationTable.rows).toHaveLength(12);
    const rental = await t.execute<{ contractByNumber: { amortizationTable: null } }>(
      `{ contractByNumber(number: "RN-1002") { amortizationTable { definitive } } }`,
      {},
      customerViewer(atelierId),
    );
    expect(rental.data!.contractByNumber.amortizationTable).toBeNull();
  });

  it('answers another customer’s contract exactly like an unknown one (X-4)', async () => {
    const foreign = await t.execute<{ contractByNumber: { id: string } }>(
      `{ contractByNumber(number: "LC-2001") { id } }`,
      {},
      customerAdmin(peetersId),
    );
    const foreignId = foreign.data!.contractByNumber.id;
    const asAtelier = await t.execute(DETAIL, { id: foreignId }, customerAdmin(atelierId));
    const unknown = await t.execute(DETAIL, { id: '00000000-0000-0000-0000-000000000000' }, customerAdmin(atelierId));
    expect(asAtelier).toEqual(unknown);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Contract not found', extensions: { code: 'NOT_FOUND' } });
    const byNumber = await t.execute(`{ contractByNumber(number: "LC-2001") { id } }`, {}, customerAdmin(atelierId));
    const unknownNumber = await t.execute(`{ contractByNumber(number: "LC-9999") { id } }`, {}, customerAdmin(atelierId));
    expect(byNumber).toEqual(unknownNumber);
  });
});
