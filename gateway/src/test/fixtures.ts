import { computeAmortizationSchedule, type ScheduleInput } from '../core/amortization-schedule';
import { percentOfCents } from '../core/money';
import { structuredReferenceFromBase } from '../core/structured-reference';

/**
 * Two small customers with hand-picked figures, so tests can assert exact values.
 * Contract LC-1001: 4.75 %/12, 60 months in arrears, €50 000 financed, €5 000 residual, 21 % VAT:
 * PMT = 86 385 cents (independently computed, see core/amortization-reference.py).
 */
export const ATELIER = 'CUST-A';
export const BOULANGERIE = 'CUST-B';

const leasingTerms: ScheduleInput = {
  financedAmountCents: 5_000_000,
  residualValueCents: 500_000,
  annualRatePercent: '4.75',
  periods: 60,
  periodicity: 'MONTHLY',
  timing: 'IN_ARREARS',
  startDate: '2026-01-01',
  vatRatePercent: '21',
};

function installmentsOf(terms: ScheduleInput, paidBefore: string) {
  return computeAmortizationSchedule(terms).rows.map((row) => ({
    sequence: row.period,
    dueDate: row.dueDate,
    amountCents: row.installmentCents,
    vatCents: row.vatCents,
    totalCents: row.totalCents,
    paidOn: row.dueDate < paidBefore ? row.dueDate : null,
  }));
}

const address = (street: string, postalCode: string, city: string) => ({ street, postalCode, city, country: 'BE' });

export function fixtureBatch() {
  return {
    customers: [
      {
        upstreamId: ATELIER,
        customerNumber: '10000001',
        name: 'Atelier Lambert',
        legalForm: 'SRL',
        enterpriseNumber: '0403.170.701',
        vatNumber: 'BE0403170701',
        registeredOffice: address('Rue de la Station 12', '4000', 'Liège'),
        billingAddress: address('Quai de la Batte 3', '4020', 'Liège'),
        iban: 'BE71 0961 2345 6769',
        bic: 'GKCCBEBB',
        language: 'fr',
        administrativeContact: { name: 'Claire Lambert', email: 'claire@atelier-lambert.example', phone: '+32 4 123 45 67' },
      },
      {
        upstreamId: BOULANGERIE,
        customerNumber: '10000002',
        name: 'Bakkerij Peeters',
        legalForm: 'BV',
        enterpriseNumber: '0202239951',
        vatNumber: 'BE0202239951',
        registeredOffice: address('Meir 1', '2000', 'Antwerpen'),
        iban: 'BE68539007547034',
        bic: 'KREDBEBB',
        language: 'nl',
        administrativeContact: { name: 'Jan Peeters', email: 'jan@peeters.example', phone: null },
      },
    ],
    contracts: [
      {
        upstreamId: 'K-1001',
        customerUpstreamId: ATELIER,
        contractNumber: 'LC-1001',
        kind: 'LEASING',
        status: 'ACTIVE',
        objectSummary: '2 forklifts Linde E20',
        startDate: '2026-01-01',
        endDate: '2030-12-31',
        durationMonths: 60,
        numberOfInstallments: 60,
        periodicity: 'MONTHLY',
        paymentTiming: 'IN_ARREARS',
        financedAmountCents: 5_000_000,
        annualRatePercent: '4.75',
        residualValueCents: 500_000,
        periodicAmountCents: 86_385,
        vatRatePercent: '21',
        paymentMethod: 'SEPA_DIRECT_DEBIT',
        sepaMandateReference: 'MANDATE-1001',
        supplierName: 'Linde Material Handling Belgium',
        earlyTerminationRule: '3 % of the outstanding capital',
        activatedAt: '2026-01-01T09:00:00Z',
        assets: [
          {
            upstreamId: 'A-1',
            description: 'Electric forklift',
            brand: 'Linde',
            model: 'E20',
            serialNumber: 'LND-E20-0001',
            quantity: 1,
            location: 'Liège warehouse',
          },
          {
            upstreamId: 'A-2',
            description: 'Electric forklift',
            brand: 'Linde',
            model: 'E20',
            serialNumber: 'LND-E20-0002',
            quantity: 1,
            location: 'Liège warehouse',
          },
        ],
        installments: installmentsOf(leasingTerms, '2026-11-01'),
      },
      {
        upstreamId: 'K-1002',
        customerUpstreamId: ATELIER,
        contractNumber: 'RN-1002',
        kind: 'RENTAL',
        status: 'ACTIVE',
        objectSummary: 'Multifunction printer',
        startDate: '2025-06-01',
        endDate: '2028-05-31',
        durationMonths: 36,
        numberOfInstallments: 12,
        periodicity: 'QUARTERLY',
        paymentTiming: 'IN_ADVANCE',
        financedAmountCents: 900_000,
        annualRatePercent: '0',
        residualValueCents: 0,
        periodicAmountCents: 75_000,
        vatRatePercent: '21',
        paymentMethod: 'BANK_TRANSFER',
        supplierName: 'Konica Minolta Business Solutions',
        assets: [
          {
            upstreamId: 'A-3',
            description: 'Printer',
            brand: 'Konica Minolta',
            model: 'bizhub C300i',
            serialNumber: 'KM-C300-77',
            quantity: 1,
            location: 'Office',
          },
        ],
        installments: [],
      },
      {
        upstreamId: 'K-1003',
        customerUpstreamId: ATELIER,
        contractNumber: 'CL-1003',
        kind: 'CREDIT_LINE',
        status: 'PENDING',
        objectSummary: 'Mini-excavator Caterpillar 301.7',
        startDate: '2026-12-01',
        endDate: '2029-11-30',
        durationMonths: 36,
        numberOfInstallments: 12,
        periodicity: 'QUARTERLY',
        paymentTiming: 'IN_ADVANCE',
        financedAmountCents: 2_000_000,
        annualRatePercent: '3.2',
        residualValueCents: 0,
        periodicAmountCents: 0,
        paymentMethod: 'BANK_TRANSFER',
        supplierName: 'Bergerat Monnoyeur',
        assets: [
          {
            upstreamId: 'A-4',
            description: 'Mini-excavator',
            brand: 'Caterpillar',
            model: '301.7',
            serialNumber: 'CAT0301.7X55',
            quantity: 1,
            location: 'Site Seraing',
          },
        ],
        installments: [],
      },
      {
        upstreamId: 'K-2001',
        customerUpstreamId: BOULANGERIE,
        contractNumber: 'LC-2001',
        kind: 'LEASING',
        status: 'ACTIVE',
        objectSummary: 'Bakery oven',
        startDate: '2025-01-01',
        endDate: '2029-12-31',
        durationMonths: 60,
        numberOfInstallments: 20,
        periodicity: 'QUARTERLY',
        paymentTiming: 'IN_ARREARS',
        financedAmountCents: 2_000_000,
        annualRatePercent: '3.2',
        residualValueCents: 0,
        periodicAmountCents: 108_612,
        vatRatePercent: '21',
        paymentMethod: 'SEPA_DIRECT_DEBIT',
        sepaMandateReference: 'MANDATE-2001',
        supplierName: 'Rational Belgium',
        assets: [
          {
            upstreamId: 'B-1',
            description: 'Combi oven',
            brand: 'Rational',
            model: 'iCombi Pro',
            serialNumber: 'LND-E20-0003',
            quantity: 1,
            location: 'Antwerpen',
          },
        ],
        installments: [],
      },
    ],
    invoices: [
      invoice('I-1', ATELIER, 'K-1001', 'INV-2026-0001', 'B2026-09', '2026-09-20', '2026-10-01', 86_385, '2026-10-01'),
      invoice('I-2', ATELIER, 'K-1001', 'INV-2026-0002', 'B2026-10', '2026-10-20', '2026-11-01', 86_385, null),
      invoice('I-3', ATELIER, 'K-1001', 'INV-2026-0003', 'B2026-11', '2026-11-20', '2026-12-01', 86_385, null),
      invoice('I-4', ATELIER, 'K-1002', 'INV-2025-0100', 'B2025-06', '2025-06-01', '2025-06-15', 75_000, '2025-06-10'),
      {
        ...invoice('I-5', ATELIER, 'K-1001', 'CN-2026-0001', 'B2026-11', '2026-11-21', null, 10_000, null),
        kind: 'CREDIT_NOTE',
        creditedDocumentNumber: 'INV-2026-0002',
      },
      invoice('I-6', BOULANGERIE, 'K-2001', 'INV-2026-0900', 'B2026-11', '2026-11-20', '2026-12-01', 108_612, null),
    ],
  };
}

function invoice(
  upstreamId: string,
  customerUpstreamId: string,
  contractUpstreamId: string,
  number: string,
  batchNumber: string,
  issueDate: string,
  dueDate: string | null,
  netCents: number,
  paidOn: string | null,
) {
  const vatCents = percentOfCents(netCents, '21');
  return {
    upstreamId,
    customerUpstreamId,
    contractUpstreamId,
    kind: 'INVOICE',
    number,
    batchNumber,
    issueDate,
    dueDate,
    netCents,
    vatCents,
    totalCents: netCents + vatCents,
    paidOn,
    structuredReference: structuredReferenceFromBase(number.replace(/\D/g, '').slice(-10)),
    lines: [{ description: `Installment — ${number}`, quantity: '1', unitPriceCents: netCents, vatRatePercent: '21', netCents, vatCents }],
  };
}
