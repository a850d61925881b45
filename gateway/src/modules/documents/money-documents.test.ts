import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structuredReferenceFromBase } from '../../core/structured-reference';
import { IngestionRejected } from '../../platform/errors';
import { fixtureBatch } from '../../test/fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { Customer } from '../customers';
import { renderDocumentPdf } from './document-pdf';
import { Document } from './document.entity';
import { DocumentLine } from './document-line.entity';
import { parseXml, pdfTextLines } from './document-test-support';
import { pdfToBuffer } from './pdf-layout';
import { renderPeppolUbl } from './peppol-ubl';
import { PrintableDocuments, type PrintableInvoice } from './printable-document';

/**
 * Issue #12 §1 (SEPA direct debit) and §2 (VAT exemptions), DOC-3, DOC-6, INT-1: what a Belgian
 * accountant reads on a direct-debit invoice and a credit-line invoice in French, Dutch and English,
 * and how ingestion refuses a 0 % line that does not say what it is. Real ingestion, real database.
 */
let t: TestGateway;
const base = fixtureBatch();
const [leasing, , creditLine] = base.contracts as [Record<string, unknown>, unknown, Record<string, unknown>];

function invoice(upstreamId: string, customer: string, contract: string, number: string, line: Record<string, unknown>) {
  const netCents = line.netCents as number;
  const vatCents = line.vatCents as number;
  return {
    upstreamId,
    customerUpstreamId: customer,
    contractUpstreamId: contract,
    kind: 'INVOICE',
    number,
    batchNumber: 'B2026-11',
    issueDate: '2026-11-20',
    dueDate: '2026-12-01',
    netCents,
    vatCents,
    totalCents: netCents + vatCents,
    structuredReference: structuredReferenceFromBase(number.replace(/\D/g, '').slice(-10)),
    lines: [{ description: 'Installment', quantity: '1', unitPriceCents: netCents, ...line }],
  };
}

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  await t.ingest(base);
  await t.ingest({
    customers: [
      {
        upstreamId: 'CUST-E',
        customerNumber: '10000003',
        name: 'Harbour Cranes',
        legalForm: 'SA',
        enterpriseNumber: '0417000030',
        vatNumber: 'BE0417000030',
        registeredOffice: { street: 'Noorderlaan 100', postalCode: '2030', city: 'Antwerpen', country: 'BE' },
        iban: 'BE46063000000136',
        language: 'en',
      },
    ],
    contracts: [
      {
        ...leasing,
        upstreamId: 'K-E1',
        customerUpstreamId: 'CUST-E',
        contractNumber: 'LC-3001',
        sepaMandateReference: 'MDT-LC-3001',
        assets: [],
      },
      { ...creditLine, upstreamId: 'K-E2', customerUpstreamId: 'CUST-E', contractNumber: 'CL-3002', assets: [] },
      { ...creditLine, upstreamId: 'K-2002', customerUpstreamId: 'CUST-B', contractNumber: 'CL-2002', assets: [] },
    ],
    invoices: [
      invoice('I-E1', 'CUST-E', 'K-E1', 'INV-2026-3001', { vatRatePercent: '21', netCents: 86_385, vatCents: 18_141 }),
      // Credit-line interest: no category sent, so the credit line's default applies (exempt credit).
      invoice('I-E2', 'CUST-E', 'K-E2', 'INV-2026-3002', {
        description: 'Interest Q4 2026',
        vatRatePercent: '0',
        netCents: 16_000,
        vatCents: 0,
      }),
      invoice('I-A9', 'CUST-A', 'K-1003', 'INV-2026-1009', {
        description: 'Intérêts T4 2026',
        vatRatePercent: '0',
        netCents: 16_000,
        vatCents: 0,
      }),
      invoice('I-B9', 'CUST-B', 'K-2002', 'INV-2026-2009', {
        description: 'Interest Q4 2026',
        vatRatePercent: '0',
        netCents: 16_000,
        vatCents: 0,
      }),
    ],
  });
}, 60_000);
afterAll(async () => t.close());

async function printable(number: string): Promise<PrintableInvoice> {
  const em = t.orm.em.fork();
  const document = await em.findOneOrFail(Document, { number }, { populate: ['customer'] });
  return (await new PrintableDocuments(em, document.customer.id).byId(document.id)) as PrintableInvoice;
}

/** The printed lines after the line table: totals, mentions and how the invoice is settled. */
async function settlementLines(number: string): Promise<string[]> {
  const lines = await pdfTextLines(await pdfToBuffer(renderDocumentPdf(await printable(number))));
  return lines.slice(
    lines.findIndex((l) => /^(Total HTVA|Totaal excl\. btw|Total excl\. VAT) /.test(l)),
    -1,
  );
}

describe('invoices of SEPA direct-debit contracts (issue #12 §1, DOC-3)', () => {
  it('announce the collection in English: date, masked account, mandate and creditor identifier, and ask for no transfer', async () => {
    expect(await settlementLines('INV-2026-3001')).toEqual([
      'Total excl. VAT 863,85 €',
      'VAT 21 % × 863,85 € 181,41 €',
      'Total incl. VAT 1.045,26 €',
      'Amount to be debited 1.045,26 €',
      'This amount will be collected by SEPA direct debit on the due date: no transfer is needed.',
      'Collection date 01/12/2026',
      'Debited account BE•• •••• •••• 0136',
      'Mandate reference MDT-LC-3001',
      'Creditor identifier BE87ZZZ0417497106',
    ]);
  });

  it.each([
    [
      'fr' as const,
      [
        'Total HTVA 863,85 €',
        'TVA 21 % × 863,85 € 181,41 €',
        'Total TVAC 1.045,26 €',
        'Montant réglé 1.045,26 €',
        'Payée le 02/12/2026',
        'Montant prélevé par domiciliation européenne (SEPA) le 02/12/2026 : cette facture est réglée.',
        'Compte débité BE•• •••• •••• 0136',
        'Référence du mandat MDT-LC-3001',
        'Identifiant du créancier BE87ZZZ0417497106',
      ],
    ],
    [
      'nl' as const,
      [
        'Totaal excl. btw 863,85 €',
        'Btw 21 % × 863,85 € 181,41 €',
        'Totaal incl. btw 1.045,26 €',
        'Betaald bedrag 1.045,26 €',
        'Betaald op 02/12/2026',
        'Bedrag op 02/12/2026 via Europese domiciliëring (SEPA) geïnd: deze factuur is betaald.',
        'Gedebiteerde rekening BE•• •••• •••• 0136',
        'Mandaatreferentie MDT-LC-3001',
        'Schuldeiser-id BE87ZZZ0417497106',
      ],
    ],
    [
      'en' as const,
      [
        'Total excl. VAT 863,85 €',
        'VAT 21 % × 863,85 € 181,41 €',
        'Total incl. VAT 1.045,26 €',
        'Amount settled 1.045,26 €',
        'Paid on 02/12/2026',
        'Amount collected by SEPA direct debit on 02/12/2026: this invoice is settled.',
        'Debited account BE•• •••• •••• 0136',
        'Mandate reference MDT-LC-3001',
        'Creditor identifier BE87ZZZ0417497106',
      ],
    ],
  ])(
    'say once paid that the amount was collected, on the day it was, and announce no collection to come (%s)',
    async (language, expected) => {
      // INV-2026-3001 as collected on 02/12/2026 (the day after its due date), printed in each language.
      const open = await printable('INV-2026-3001');
      const paid: PrintableInvoice = { ...open, paidOn: '2026-12-02', buyer: { ...open.buyer, language } };
      const lines = await pdfTextLines(await pdfToBuffer(renderDocumentPdf(paid)));
      expect(
        lines.slice(
          lines.findIndex((l) => /^(Total HTVA|Totaal excl\. btw|Total excl\. VAT) /.test(l)),
          -1,
        ),
      ).toEqual(expected);
    },
  );

  it('are Peppol direct debits (code 59, BG-19) with the lessor’s creditor identifier (BT-90)', async () => {
    const { Invoice: ubl } = parseXml(renderPeppolUbl(await printable('INV-2026-3001'))) as { Invoice: Record<string, unknown> };
    expect(ubl.PaymentMeans).toEqual({
      PaymentMeansCode: { '#text': '59', '@name': 'SEPA direct debit' },
      PaymentID: '+++002/0263/00189+++',
      PaymentMandate: { ID: 'MDT-LC-3001', PayerFinancialAccount: { ID: 'BE46063000000136' } },
    });
    expect((ubl.AccountingSupplierParty as { Party: { PartyIdentification: unknown } }).Party.PartyIdentification).toEqual({
      ID: { '#text': 'BE87ZZZ0417497106', '@schemeID': 'SEPA' },
    });
  });

  it('keep the transfer text and references on a transfer contract', async () => {
    const { Invoice: ubl } = parseXml(renderPeppolUbl(await printable('INV-2026-1009'))) as { Invoice: Record<string, unknown> };
    expect(ubl.PaymentMeans).toEqual({
      PaymentMeansCode: { '#text': '30', '@name': 'Credit transfer' },
      PaymentID: '+++002/0261/00937+++',
      PayeeFinancialAccount: { ID: 'BE21001234567803', Name: 'Lease Corner Finance SA', FinancialInstitutionBranch: { ID: 'GEBABEBB' } },
    });
    expect(JSON.stringify(ubl.AccountingSupplierParty)).not.toContain('SEPA');
  });
});

describe('0 % lines state their VAT category and legal basis (issue #12 §2, DOC-3, DOC-6)', () => {
  it.each([
    [
      'INV-2026-1009',
      [
        'Total HTVA 160,00 €',
        'TVA 0 % (exonérée) × 160,00 € 0,00 €',
        'Total TVAC 160,00 €',
        'Exonération de TVA : octroi de crédit (art. 44, § 3, 5°, Code TVA ; art. 135, § 1er, b), directive 2006/112/CE)',
        'Montant à payer 160,00 €',
        'Paiement par virement, avec la communication structurée :',
        'Communication structurée +++002/0261/00937+++',
        'IBAN BE21 0012 3456 7803',
        'BIC GEBABEBB',
        "Date d'échéance 01/12/2026",
      ],
    ],
    [
      'INV-2026-2009',
      [
        'Totaal excl. btw 160,00 €',
        'Btw 0 % (vrijgesteld) × 160,00 € 0,00 €',
        'Totaal incl. btw 160,00 €',
        'Vrijstelling van btw: kredietverlening (art. 44, § 3, 5°, Btw-Wetboek; art. 135, lid 1, b), Richtlijn 2006/112/EG)',
        'Te betalen bedrag 160,00 €',
        'Betaling per overschrijving, met de gestructureerde mededeling:',
        'Gestructureerde mededeling +++002/0262/00967+++',
        'IBAN BE21 0012 3456 7803',
        'BIC GEBABEBB',
        'Vervaldatum 01/12/2026',
      ],
    ],
    [
      'INV-2026-3002',
      [
        'Total excl. VAT 160,00 €',
        'VAT 0 % (exempt) × 160,00 € 0,00 €',
        'Total incl. VAT 160,00 €',
        'VAT exempt: granting of credit (Belgian VAT Code art. 44 §3 5°; Directive 2006/112/EC art. 135(1)(b))',
        'Amount to pay 160,00 €',
        'Pay by bank transfer, quoting the structured reference:',
        'Structured reference +++002/0263/00290+++',
        'IBAN BE21 0012 3456 7803',
        'BIC GEBABEBB',
        'Due date 01/12/2026',
      ],
    ],
  ])('prints the exemption of credit-line interest in the customer’s language (%s)', async (number, expected) => {
    expect(await settlementLines(number)).toEqual(expected);
  });

  it('describes exempt credit as category E with its reason (BT-120), not zero-rated Z', async () => {
    const { Invoice: ubl } = parseXml(renderPeppolUbl(await printable('INV-2026-3002'))) as { Invoice: Record<string, unknown> };
    expect((ubl.TaxTotal as { TaxSubtotal: unknown }).TaxSubtotal).toEqual({
      TaxableAmount: { '#text': '160.00', '@currencyID': 'EUR' },
      TaxAmount: { '#text': '0.00', '@currencyID': 'EUR' },
      TaxCategory: {
        ID: 'E',
        Percent: '0',
        TaxExemptionReason: 'VAT exempt: granting of credit (Belgian VAT Code art. 44 §3 5°; Directive 2006/112/EC art. 135(1)(b))',
        TaxScheme: { ID: 'VAT' },
      },
    });
    expect((ubl.InvoiceLine as { Item: { ClassifiedTaxCategory: unknown } }).Item.ClassifiedTaxCategory).toEqual({
      ID: 'E',
      Percent: '0',
      TaxScheme: { ID: 'VAT' },
    });
  });

  it('refuses a 0 % line of a lease that does not say whether it is exempt or zero-rated, and changes nothing', async () => {
    const before = await t.orm.em.fork().count(DocumentLine, {});
    const rejected = await t
      .ingest({
        invoices: [
          invoice('I-A10', 'CUST-A', 'K-1001', 'INV-2026-1010', { vatRatePercent: '21', netCents: 100, vatCents: 21 }),
          invoice('I-A11', 'CUST-A', 'K-1001', 'INV-2026-1011', {
            description: 'Insurance',
            vatRatePercent: '0',
            netCents: 500,
            vatCents: 0,
          }),
        ],
      })
      .catch((error: unknown) => error);
    expect(rejected).toBeInstanceOf(IngestionRejected);
    expect((rejected as IngestionRejected).problems).toEqual([
      {
        record: 'invoices[1]',
        upstreamId: 'I-A11',
        field: 'lines[0].vatCategory',
        message: 'is required for a 0 % line outside a credit line: E (exempt, with vatExemptionBasis) or Z (zero-rated)',
      },
    ]);
    expect(await t.orm.em.fork().count(DocumentLine, {})).toBe(before);
    expect(await t.orm.em.fork().count(Document, { number: 'INV-2026-1010' })).toBe(0);
  });

  it('takes the category and basis the core system sends: exempt insurance on a lease', async () => {
    await t.ingest({
      invoices: [
        invoice('I-A12', 'CUST-A', 'K-1001', 'INV-2026-1012', {
          description: 'Assurance',
          vatRatePercent: '0',
          vatCategory: 'E',
          vatExemptionBasis: 'INSURANCE',
          netCents: 500,
          vatCents: 0,
        }),
      ],
    });
    const lines = await settlementLines('INV-2026-1012');
    expect(lines.slice(0, 4)).toEqual([
      'Total HTVA 5,00 €',
      'TVA 0 % (exonérée) × 5,00 € 0,00 €',
      'Total TVAC 5,00 €',
      "Exonération de TVA : opération d'assurance (art. 44, § 3, 4°, Code TVA ; art. 135, § 1er, a), directive 2006/112/CE)",
    ]);
    const customer = await t.orm.em.fork().findOneOrFail(Customer, { upstreamId: 'CUST-A' });
    expect(customer.customerNumber).toBe('10000001');
  });
});
