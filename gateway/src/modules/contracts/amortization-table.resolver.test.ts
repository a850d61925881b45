import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from '../customers';
import { fixtureBatch } from '../../test/fixtures';
import { customerViewer, startTestGateway, type TestGateway } from '../../test/test-gateway';
import { Contract } from './contract.entity';

let t: TestGateway;
let atelierId: string;

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  await t.ingest(fixtureBatch());
  atelierId = (await t.orm.em.fork().findOneOrFail(Customer, { customerNumber: '10000001' })).id;
});
afterAll(async () => t.close());

const ROW = 'period dueDate installmentCents interestCents capitalCents outstandingCents vatCents totalCents';
const TABLE = /* GraphQL */ `
  query Table($number: String!) {
    contractByNumber(number: $number) {
      amortizationTable {
        paymentTiming
        annualRatePercent
        periodicity
        periodsPerYear
        regularInstallmentCents
        rows { ${ROW} }
        residualValueRow { ${ROW} }
        totals { installmentCents interestCents capitalCents vatCents totalCents }
      }
    }
  }
`;

interface Row {
  period: number;
  dueDate: string;
  installmentCents: number;
  interestCents: number;
  capitalCents: number;
  outstandingCents: number;
  vatCents: number;
  totalCents: number;
}
interface TableAnswer {
  contractByNumber: {
    amortizationTable: Record<string, unknown> & { rows: Row[]; residualValueRow: Row | null; totals: Record<string, number> };
  };
}

const row = (period: number, dueDate: string, installment: number, interest: number, outstanding: number, vatPercent = 0): Row => {
  const vat = Math.round((installment * vatPercent) / 100);
  return {
    period,
    dueDate,
    installmentCents: installment,
    interestCents: interest,
    capitalCents: installment - interest,
    outstandingCents: outstanding,
    vatCents: vat,
    totalCents: installment + vat,
  };
};

describe('amortization table in advance, lessor convention (#12 §3, CON-4)', () => {
  it('CL-1003, 20 000,00 € at 3,2 % over 12 quarters in advance: first rent pure capital, the last ends at 0', async () => {
    // Worked independently (Python decimal, outside the engine): P = 1 740,67 €; rent 2 carries the
    // first quarter's interest on 18 259,33 € at 0,8 % = 146,07 €; the last rent 1 740,73 € absorbs rounding.
    const result = await t.execute<TableAnswer>(TABLE, { number: 'CL-1003' }, customerViewer(atelierId));
    expect(result.errors).toBeUndefined();
    const table = result.data!.contractByNumber.amortizationTable;
    expect(table).toMatchObject({
      paymentTiming: 'IN_ADVANCE',
      annualRatePercent: '3.2',
      periodicity: 'QUARTERLY',
      periodsPerYear: 4,
      regularInstallmentCents: 174_067,
      residualValueRow: null,
      totals: { installmentCents: 2_088_810, interestCents: 88_810, capitalCents: 2_000_000, vatCents: 0, totalCents: 2_088_810 },
    });
    expect(table.rows).toHaveLength(12);
    expect([...table.rows.slice(0, 3), ...table.rows.slice(-2)]).toEqual([
      row(1, '2026-12-01', 174_067, 0, 1_825_933),
      row(2, '2027-03-01', 174_067, 14_607, 1_666_473),
      row(3, '2027-06-01', 174_067, 13_332, 1_505_738),
      row(11, '2029-06-01', 174_067, 2_752, 172_691),
      row(12, '2029-09-01', 174_073, 1_382, 0),
    ]);
  });

  it('in arrears the rents are unchanged and the purchase option closes the table on the last due date (LC-1001)', async () => {
    const result = await t.execute<TableAnswer>(TABLE, { number: 'LC-1001' }, customerViewer(atelierId));
    expect(result.errors).toBeUndefined();
    const table = result.data!.contractByNumber.amortizationTable;
    expect(table).toMatchObject({ paymentTiming: 'IN_ARREARS', annualRatePercent: '4.75', periodicity: 'MONTHLY', periodsPerYear: 12 });
    expect(table.rows[0]).toEqual(row(1, '2026-02-01', 86_385, 19_792, 4_933_407, 21));
    expect(table.rows[59]).toEqual(row(60, '2031-01-01', 86_405, 2_312, 500_000, 21));
    expect(table.residualValueRow).toEqual(row(61, '2031-01-01', 500_000, 0, 0, 21));
    // 59 × 863,85 + 864,05 + 5 000,00; capital = the financed 50 000,00 €
    expect(table.totals).toMatchObject({ installmentCents: 5_683_120, interestCents: 683_120, capitalCents: 5_000_000 });
  });
});

describe('a stored contract the engine refuses (#12 §4, X-5)', () => {
  it('answers a coded error for its table only; the contracts list and the other tables still answer', async () => {
    // Stored before ingestion checked the engine's limits: 150 % a year.
    await t.orm.em.fork().nativeUpdate(Contract, { contractNumber: 'CL-1003' }, { annualRatePercent: '150' });
    const result = await t.execute<{
      contracts: { nodes: { contractNumber: string; status: string; amortizationTable: { rows: unknown[] } | null }[] };
    }>(
      `{ contracts(first: 10, sort: { field: NUMBER, direction: ASC }) { nodes { contractNumber status amortizationTable { rows { period } } } } }`,
      {},
      customerViewer(atelierId),
    );
    const nodes = result.data!.contracts.nodes;
    expect(nodes.map((n) => [n.contractNumber, n.status, n.amortizationTable?.rows.length ?? null])).toEqual([
      ['CL-1003', 'PENDING', null],
      ['LC-1001', 'ACTIVE', 60],
      ['RN-1002', 'ACTIVE', null],
    ]);
    expect(result.errors).toEqual([
      {
        message: 'The terms of contract CL-1003 do not allow an amortization table: annualRatePercent: Annual rate above 100 %',
        locations: expect.any(Array),
        path: ['contracts', 'nodes', 0, 'amortizationTable'],
        extensions: {
          code: 'CONFLICT',
          reason: 'AMORTIZATION_TERMS_INVALID',
          fields: [{ field: 'annualRatePercent', code: 'SCHEDULE_RATE_INVALID', message: 'Annual rate above 100 %' }],
        },
      },
    ]);
    await t.orm.em.fork().nativeUpdate(Contract, { contractNumber: 'CL-1003' }, { annualRatePercent: '3.2' });
  });
});
