import { describe, expect, it } from 'vitest';
import { computeAmortizationSchedule, isValidEnterpriseNumber, isValidStructuredReference, validateIban } from '../core';
import { generateDemoBatches, generateScaleBatches } from './demo-data-generator';
import { parseIngestionBatch, type IngestionBatch } from '../modules/integration';
import { SELLER } from '../modules/documents';

const REFERENCE_DATE = '2026-11-26';

function take<T>(iterator: Iterator<T>, n: number): T[] {
  const items: T[] = [];
  for (let i = 0; i < n; i++) {
    const next = iterator.next();
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}

describe('generateDemoBatches', () => {
  const batches = generateDemoBatches(REFERENCE_DATE);
  const customers = batches.flatMap((b) => b.customers);
  const contracts = batches.flatMap((b) => b.contracts);
  const invoices = batches.flatMap((b) => b.invoices);
  const installmentInvoices = invoices.filter((i) => i.kind === 'INVOICE');

  it('produces batches the ingestion accepts, one per customer', () => {
    expect(batches).toHaveLength(3);
    for (const batch of batches) {
      expect(() => parseIngestionBatch(batch)).not.toThrow();
      expect(batch.customers).toHaveLength(1);
      const customerId = batch.customers[0]?.upstreamId;
      expect(batch.contracts.every((c) => c.customerUpstreamId === customerId)).toBe(true);
      expect(batch.invoices.every((i) => i.customerUpstreamId === customerId)).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(generateDemoBatches(REFERENCE_DATE)).toEqual(batches);
  });

  it('has the stable demo customers', () => {
    expect(customers.map((c) => [c.customerNumber, c.upstreamId, c.name, c.legalForm, c.language])).toEqual([
      ['10000001', 'CUST-10000001', 'Constructions Mosanes', 'SRL', 'fr'],
      ['10000002', 'CUST-10000002', 'Scheldepoort Logistics', 'BV', 'nl'],
      ['10000003', 'CUST-10000003', 'Boulangeries du Confluent', 'SA', 'en'],
    ]);
    const [first, second, third] = customers;
    expect(first?.administrativeContact).toEqual({ name: 'Sophie Lambert', email: 'sophie.lambert@example.be', phone: '+32 4 221 34 56' });
    expect(first?.registeredOffice).toEqual({ street: 'Quai de la Batte 27', postalCode: '4000', city: 'Liège', country: 'BE' });
    expect(second?.administrativeContact?.email).toBe('pieter.janssens@example.be');
    expect(third?.administrativeContact ?? null).toBeNull();
    expect(batches[0]?.contracts).toHaveLength(3);
    expect(contracts).toHaveLength(10);
  });

  it('uses valid enterprise numbers, matching VAT numbers, valid IBANs and known BICs', () => {
    for (const customer of customers) {
      expect(isValidEnterpriseNumber(customer.enterpriseNumber)).toBe(true);
      expect(customer.vatNumber).toBe(`BE${customer.enterpriseNumber}`);
      expect(customer.iban).toBeTruthy();
      expect(validateIban(customer.iban ?? '')).toEqual({ ok: true, iban: customer.iban });
      expect(['GEBABEBB', 'KREDBEBB', 'BBRUBEBB', 'GKCCBEBB']).toContain(customer.bic);
    }
    expect(customers[0]?.enterpriseNumber).toBe('0471235896');
    // #12 §4: 10000001 has its own account, not the lessor's BE21 0012 3456 7803 (worked by hand: 0017654321 mod 97 = 30)
    expect(customers[0]?.iban).toBe('BE15001765432130');
    expect(customers.map((c) => c.iban)).not.toContain(SELLER.iban);
  });

  it('covers every contract kind, status, periodicity and payment timing', () => {
    expect(new Set(contracts.map((c) => c.kind))).toEqual(new Set(['LEASING', 'CREDIT_LINE', 'RENTAL']));
    expect(contracts.filter((c) => c.status === 'ACTIVE')).toHaveLength(8);
    expect(contracts.filter((c) => c.status === 'PENDING').map((c) => c.contractNumber)).toEqual(['LC-10000001-03']);
    expect(contracts.filter((c) => c.status === 'ENDED').map((c) => c.contractNumber)).toEqual(['LC-10000002-04']);
    expect(new Set(contracts.map((c) => c.periodicity))).toEqual(new Set(['MONTHLY', 'QUARTERLY']));
    expect(new Set(contracts.map((c) => c.paymentTiming))).toEqual(new Set(['IN_ADVANCE', 'IN_ARREARS']));
    expect(new Set(contracts.map((c) => c.paymentMethod))).toEqual(new Set(['SEPA_DIRECT_DEBIT', 'BANK_TRANSFER']));
  });

  it('builds coherent contracts from the amortization engine', () => {
    for (const c of contracts) {
      expect(c.financedAmountCents).toBeGreaterThanOrEqual(8_000_00);
      expect(c.financedAmountCents).toBeLessThanOrEqual(450_000_00);
      expect(c.assets.length).toBeGreaterThan(0);
      expect(c.installments).toHaveLength(c.numberOfInstallments);
      expect(c.durationMonths).toBe(c.numberOfInstallments * (c.periodicity === 'MONTHLY' ? 1 : 3));
      expect(c.endDate > c.startDate).toBe(true);
      if (c.kind === 'LEASING') {
        expect(c.vatRatePercent).toBe('21');
        expect(c.residualValueCents).toBeGreaterThan(0);
      }
      if (c.kind === 'CREDIT_LINE') expect(c.vatRatePercent ?? null).toBeNull();
      if (c.kind === 'RENTAL') {
        expect(new Set(c.installments.map((i) => i.amountCents))).toEqual(new Set([c.periodicAmountCents]));
        continue;
      }
      const schedule = computeAmortizationSchedule({
        financedAmountCents: c.financedAmountCents,
        residualValueCents: c.residualValueCents,
        annualRatePercent: c.annualRatePercent,
        periods: c.numberOfInstallments,
        periodicity: c.periodicity,
        timing: c.paymentTiming,
        startDate: c.startDate,
        vatRatePercent: c.vatRatePercent ?? null,
      });
      expect(c.periodicAmountCents).toBe(schedule.regularInstallmentCents);
      expect(c.installments.map((i) => [i.dueDate, i.amountCents, i.vatCents, i.totalCents])).toEqual(
        schedule.rows.map((r) => [r.dueDate, r.installmentCents, r.vatCents, r.totalCents]),
      );
    }
    const pending = contracts.find((c) => c.status === 'PENDING');
    expect((pending?.startDate ?? '') > REFERENCE_DATE).toBe(true);
    expect(pending?.installments.every((i) => !i.paidOn)).toBe(true);
    const ended = contracts.find((c) => c.status === 'ENDED');
    expect((ended?.endDate ?? '9999-12-31') < REFERENCE_DATE).toBe(true);
    expect(ended?.installments.every((i) => i.paidOn)).toBe(true);
  });

  it('pays past installments except two recent ones on one contract', () => {
    const unpaidPast = contracts.flatMap((c) =>
      c.installments.filter((i) => i.dueDate < REFERENCE_DATE && !i.paidOn).map((i) => `${c.contractNumber}#${i.sequence}`),
    );
    expect(unpaidPast).toEqual(['LC-10000001-02#12', 'LC-10000001-02#13']);
    for (const c of contracts) {
      for (const i of c.installments) {
        if (i.dueDate >= REFERENCE_DATE) expect(i.paidOn ?? null).toBeNull();
        if (i.paidOn) {
          expect(i.paidOn >= i.dueDate).toBe(true);
          expect(i.paidOn <= REFERENCE_DATE).toBe(true);
        }
      }
    }
  });

  it('has two years of invoices in monthly batches, with paid, open and overdue ones and a credit note', () => {
    expect(invoices).toHaveLength(106);
    expect(new Set(invoices.map((i) => i.number)).size).toBe(invoices.length);
    expect(new Set(invoices.map((i) => i.upstreamId)).size).toBe(invoices.length);
    expect(new Set(invoices.map((i) => i.batchNumber)).size).toBeGreaterThan(1);
    expect(
      invoices.every((i) => /^B\d{4}-\d{2}$/.test(i.batchNumber ?? '') && i.issueDate.startsWith((i.batchNumber ?? '').slice(1))),
    ).toBe(true);
    expect(invoices.every((i) => i.issueDate <= REFERENCE_DATE && i.issueDate >= '2024-11-16')).toBe(true);
    expect(
      installmentInvoices.every((i) => /^INV-\d{4}-\d{6}$/.test(i.number) && isValidStructuredReference(i.structuredReference ?? '')),
    ).toBe(true);

    const paid = installmentInvoices.filter((i) => i.paidOn);
    const open = installmentInvoices.filter((i) => !i.paidOn && (i.dueDate ?? '') >= REFERENCE_DATE);
    const overdue = installmentInvoices.filter((i) => !i.paidOn && (i.dueDate ?? '') < REFERENCE_DATE);
    expect(paid.length).toBeGreaterThan(80);
    expect(open).toHaveLength(8); // the current installment of every active contract
    expect(overdue.map((i) => i.upstreamId)).toEqual(['DOC-LC-10000001-02-012', 'DOC-LC-10000001-02-013']);

    const creditNotes = invoices.filter((i) => i.kind === 'CREDIT_NOTE');
    expect(creditNotes).toHaveLength(1);
    const credited = invoices.find((i) => i.number === creditNotes[0]?.creditedDocumentNumber);
    expect(credited?.kind).toBe('INVOICE');
    expect(credited?.contractUpstreamId).toBe(creditNotes[0]?.contractUpstreamId);
    expect(creditNotes[0]?.totalCents).toBeLessThan(credited?.totalCents ?? 0);
  });

  it('mirrors each installment in its invoice', () => {
    const installments = new Map(contracts.flatMap((c) => c.installments.map((i) => [`${c.upstreamId}@${i.dueDate}`, i] as const)));
    for (const invoice of installmentInvoices) {
      const installment = installments.get(`${invoice.contractUpstreamId ?? ''}@${invoice.dueDate ?? ''}`);
      expect(installment).toBeDefined();
      expect(invoice.netCents).toBe(installment?.amountCents);
      expect(invoice.vatCents).toBe(installment?.vatCents);
      expect(invoice.paidOn ?? null).toBe(installment?.paidOn ?? null);
      expect(invoice.lines).toHaveLength(1);
    }
    const first = installmentInvoices.find((i) => i.upstreamId === 'DOC-LC-10000001-02-013');
    expect(first?.number).toBe('INV-2026-002013');
    expect(first?.lines[0]?.description).toBe('Échéance 13/48 — contrat LC-10000001-02');
  });

  it('keeps identities stable when the reference date moves', () => {
    const later = generateDemoBatches('2027-03-02');
    const ids = (set: IngestionBatch[]) =>
      set.flatMap((b) => [...b.customers.map((c) => c.upstreamId), ...b.contracts.map((c) => `${c.upstreamId}=${c.contractNumber}`)]);
    expect(ids(later)).toEqual(ids(batches));
    expect(later[0]?.customers).toEqual(batches[0]?.customers);
    for (const batch of later) expect(() => parseIngestionBatch(batch)).not.toThrow();
  });

  it('still has open and overdue invoices at the end of a month', () => {
    for (const date of ['2027-01-31', '2028-02-29', '2027-06-24']) {
      const set = generateDemoBatches(date)
        .flatMap((b) => b.invoices)
        .filter((i) => i.kind === 'INVOICE');
      expect(set.some((i) => !i.paidOn && (i.dueDate ?? '') >= date)).toBe(true);
      expect(set.some((i) => !i.paidOn && (i.dueDate ?? '') < date)).toBe(true);
      expect(set.every((i) => i.issueDate <= date)).toBe(true);
    }
  });

  it('rejects a reference date that is not an ISO date', () => {
    expect(() => generateDemoBatches('26/11/2026')).toThrow(RangeError);
  });
});

describe('generateScaleBatches', () => {
  const options = { customers: 1000, contractsPerCustomer: 20, invoicesPerContract: 60, referenceDate: REFERENCE_DATE };

  it('yields batches the ingestion accepts, lazily', () => {
    const first = take(generateScaleBatches(options), 3);
    expect(first).toHaveLength(3);
    for (const batch of first) expect(() => parseIngestionBatch(batch)).not.toThrow();
    expect(first.map((b) => b.customers[0]?.customerNumber)).toEqual(['20000001', '20000002', '20000003']);
    expect(first[0]?.contracts).toHaveLength(20);
    expect(first[0]?.invoices).toHaveLength(1200);
  });

  it('is deterministic and depends on the seed', () => {
    const a = take(generateScaleBatches(options), 2);
    expect(take(generateScaleBatches(options), 2)).toEqual(a);
    expect(take(generateScaleBatches({ ...options, seed: 7 }), 2)).not.toEqual(a);
  });

  it('makes exactly the requested counts', () => {
    const batches = [
      ...generateScaleBatches({ customers: 2, contractsPerCustomer: 3, invoicesPerContract: 4, referenceDate: REFERENCE_DATE }),
    ];
    expect(batches).toHaveLength(2);
    const contracts = batches.flatMap((b) => b.contracts);
    const invoices = batches.flatMap((b) => b.invoices);
    expect(contracts).toHaveLength(6);
    expect(invoices).toHaveLength(24);
    for (const batch of batches) expect(() => parseIngestionBatch(batch)).not.toThrow();
    expect(new Set(invoices.map((i) => i.number)).size).toBe(24);
    expect(new Set(invoices.map((i) => i.structuredReference)).size).toBe(24);
    expect(new Set(contracts.map((c) => c.contractNumber)).size).toBe(6);
    for (const c of contracts) {
      expect(c.assets.length).toBeGreaterThanOrEqual(1);
      expect(c.assets.length).toBeLessThanOrEqual(3);
      const own = invoices.filter((i) => i.contractUpstreamId === c.upstreamId).sort((x, y) => x.issueDate.localeCompare(y.issueDate));
      expect(own).toHaveLength(4);
      // Monthly, the last one issued but not yet due at the reference date.
      const last = own[3];
      expect((last?.issueDate ?? '9999-12-31') <= REFERENCE_DATE && (last?.dueDate ?? '') > REFERENCE_DATE).toBe(true);
      expect(last?.paidOn ?? null).toBeNull();
      for (const invoice of own) expect(invoice.lines.length === 1 || invoice.lines.length === 2).toBe(true);
    }
  });

  it('never reuses demo customer numbers, enterprise numbers or invoice numbers', () => {
    const demo = generateDemoBatches(REFERENCE_DATE);
    const scale = take(generateScaleBatches(options), 3);
    const numbers = (set: IngestionBatch[]) =>
      set.flatMap((b) => [...b.customers.map((c) => c.enterpriseNumber), ...b.invoices.map((i) => i.number)]);
    const demoNumbers = new Set(numbers(demo));
    expect(numbers(scale).some((n) => demoNumbers.has(n))).toBe(false);
    for (const customer of scale.flatMap((b) => b.customers)) {
      expect(isValidEnterpriseNumber(customer.enterpriseNumber)).toBe(true);
      expect(validateIban(customer.iban ?? '').ok).toBe(true);
    }
  });

  it('rejects impossible options before generating anything', () => {
    expect(() => generateScaleBatches({ ...options, customers: -1 })).toThrow(RangeError);
    expect(() => generateScaleBatches({ ...options, invoicesPerContract: 601 })).toThrow(RangeError);
    expect(() => generateScaleBatches({ ...options, referenceDate: '2026-02-30' })).toThrow(RangeError);
  });
});
