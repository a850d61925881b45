import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from '../customers';
import { ATELIER, fixtureBatch } from '../../test/fixtures';
import { customerViewer, startTestGateway, type TestGateway } from '../../test/test-gateway';

let t: TestGateway;
let atelierId: string;

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  await t.ingest(fixtureBatch());
  await t.ingest({
    contracts: [
      {
        upstreamId: 'K-ORDER',
        customerUpstreamId: ATELIER,
        contractNumber: 'LC-1099',
        kind: 'LEASING',
        status: 'ACTIVE',
        objectSummary: 'Printers and a forklift',
        startDate: '2026-01-01',
        endDate: '2028-12-31',
        durationMonths: 36,
        numberOfInstallments: 36,
        periodicity: 'MONTHLY',
        paymentTiming: 'IN_ADVANCE',
        financedAmountCents: 3_000_000,
        annualRatePercent: '4.5',
        residualValueCents: 0,
        periodicAmountCents: 89_240,
        paymentMethod: 'BANK_TRANSFER',
        supplierName: 'Office Supplies SA',
        assets: [
          { upstreamId: 'AO-1', description: 'Printer', brand: 'Konica', model: 'C300', serialNumber: null, quantity: 1 },
          { upstreamId: 'AO-2', description: 'Printer', brand: 'Konica', model: 'C300', serialNumber: 'KM-9', quantity: 1 },
          { upstreamId: 'AO-3', description: 'Forklift', brand: 'Linde', model: 'E20', serialNumber: null, quantity: 2 },
          { upstreamId: 'AO-4', description: 'Printer', brand: 'Konica', model: 'C300', serialNumber: 'KM-1', quantity: 1 },
        ],
      },
    ],
  });
  atelierId = (await t.orm.em.fork().findOneOrFail(Customer, { customerNumber: '10000001' })).id;
});
afterAll(async () => t.close());

describe('financed assets of a contract (CON-2)', () => {
  it('come by description, then serial number, assets without a serial number last — the same on SQLite and PostgreSQL', async () => {
    const result = await t.execute<{ contractByNumber: { assets: { description: string; serialNumber: string | null }[] } }>(
      `query { contractByNumber(number: "LC-1099") { assets { description serialNumber } } }`,
      {},
      customerViewer(atelierId),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.contractByNumber.assets).toEqual([
      { description: 'Forklift', serialNumber: null },
      { description: 'Printer', serialNumber: 'KM-1' },
      { description: 'Printer', serialNumber: 'KM-9' },
      { description: 'Printer', serialNumber: null },
    ]);
  });
});
