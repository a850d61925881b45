import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, credentialsFromMail, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { Document } from './document.entity';
import { parseXml, pdfTextLines, zipEntries } from './document-test-support';

/**
 * DOC-3 … DOC-8 as a customer's browser (session cookie) or a partner's software (bearer token) sees
 * them: a real gateway on a scratch database, called over HTTP. Today is 2026-11-26.
 */
let t: TestGateway;
let admin: HttpClient;
let viewer: HttpClient;
let peeters: HttpClient;
const id: Record<string, string> = {};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000001';

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  json: () => unknown;
  text: () => string;
}

async function get(path: string, as: HttpClient | null, headers: Record<string, string> = {}): Promise<Download> {
  const base = (await t.client()).base;
  const cookie = as ? [...as.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  const response = await fetch(`${base}${path}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    body,
    json: () => JSON.parse(body.toString('utf8')),
    text: () => body.toString('utf8'),
  };
}

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  const atelier = await provisionAtelierAdministrator(t);
  admin = await t.client();
  expect((await activate(admin, atelier.loginId, atelier.temporaryPassword)).errors).toBeUndefined();

  const jan = credentialsFromMail((await t.mails()).find((m) => m.to === 'jan@peeters.example' && m.template === 'activation')!.text);
  peeters = await t.client();
  expect((await activate(peeters, jan.loginId, jan.temporaryPassword)).errors).toBeUndefined();

  const created = await admin.gql(
    `mutation { createLogin(input: { name: "Marc Comptable", email: "marc@fiduciaire.example", profile: VIEWER }) { loginId } }`,
  );
  expect(created.errors).toBeUndefined();
  await t.runWorker();
  const marc = credentialsFromMail((await t.mails()).find((m) => m.to === 'marc@fiduciaire.example')!.text);
  viewer = await t.client();
  expect((await activate(viewer, marc.loginId, marc.temporaryPassword, 'Bilan-Annuel#2026x')).errors).toBeUndefined();

  for (const document of await t.orm.em.fork().find(Document, {})) id[document.number] = document.id;
});
afterAll(async () => t.close());

const SELLER_AND_ATELIER = [
  'Fournisseur: Lease Corner Finance SA',
  'Avenue Louise 54, 1050 Bruxelles',
  "N° d'entreprise 0417.497.106 · RPM Bruxelles",
  'N° TVA BE0417497106',
  'IBAN BE21 0012 3456 7803 · BIC GEBABEBB',
  'Client: Atelier Lambert SRL',
  // the billing address, not the registered office (Rue de la Station 12, 4000 Liège)
  'Quai de la Batte 3',
  '4020 Liège',
  'N° client 10000001',
  "N° d'entreprise 0403.170.701",
  'N° TVA BE0403170701',
];
const FOOTER = 'Lease Corner Finance SA · Avenue Louise 54, 1050 Bruxelles · BE0417497106 · invoicing@leasecorner.example Page 1';

describe('PDF of a document (DOC-3)', () => {
  it('prints an invoice with every legal mention, in French for a French-speaking customer', async () => {
    const response = await get(`/documents/${id['INV-2026-0003']}/pdf`, viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename=INV-2026-0003.pdf`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await pdfTextLines(response.body)).toEqual([
      'FACTURE',
      ...SELLER_AND_ATELIER,
      'Numéro de facture INV-2026-0003',
      'Date 20/11/2026',
      "Date d'échéance 01/12/2026",
      'Contrat LC-1001',
      'Lot de facturation B2026-11',
      'Description Quantité Prix unitaire HTVA Taux TVA Montant TVA Net HTVA',
      'Installment — INV-2026-0003 1 863,85 € 21 % 181,41 € 863,85 €',
      'Total HTVA 863,85 €',
      'TVA 21 % × 863,85 € 181,41 €',
      'Total TVAC 1.045,26 €',
      // Issue #12 §1: LC-1001 is paid by SEPA direct debit: the collection is announced, no transfer is asked.
      'Montant à prélever 1.045,26 €',
      "Ce montant sera prélevé par domiciliation européenne (SEPA) à l'échéance : aucun virement n'est à effectuer.",
      'Date du prélèvement 01/12/2026',
      'Compte débité BE•• •••• •••• 6769',
      'Référence du mandat MANDATE-1001',
      'Identifiant du créancier BE87ZZZ0417497106',
      FOOTER,
    ]);
  });

  it('offers the same PDF as an attachment with ?download=1', async () => {
    const response = await get(`/documents/${id['INV-2026-0003']}/pdf?download=1`, admin);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=INV-2026-0003.pdf`);
    expect(response.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints a credit note with the invoice it credits and the amount in the customer’s favour', async () => {
    const lines = await pdfTextLines((await get(`/documents/${id['CN-2026-0001']}/pdf`, viewer)).body);
    expect(lines[0]).toBe('NOTE DE CRÉDIT');
    expect(lines.slice(12)).toEqual([
      'Numéro de note de crédit CN-2026-0001',
      'Date 21/11/2026',
      'Contrat LC-1001',
      'Lot de facturation B2026-11',
      'Facture créditée INV-2026-0002',
      'Description Quantité Prix unitaire HTVA Taux TVA Montant TVA Net HTVA',
      'Installment — CN-2026-0001 1 100,00 € 21 % 21,00 € 100,00 €',
      'Total HTVA 100,00 €',
      'TVA 21 % × 100,00 € 21,00 €',
      'Total TVAC 121,00 €',
      'Montant en votre faveur 121,00 €',
      'Ce montant sera remboursé ou déduit de votre prochaine facture.',
      'Communication structurée +++002/0260/00196+++',
      FOOTER,
    ]);
  });

  it('prints in Dutch for a Dutch-speaking customer, with its registered office when it has no billing address', async () => {
    const lines = await pdfTextLines((await get(`/documents/${id['INV-2026-0900']}/pdf`, peeters)).body);
    expect(lines).toEqual([
      'FACTUUR',
      'Leverancier: Lease Corner Finance SA',
      'Avenue Louise 54, 1050 Bruxelles',
      'Ondernemingsnr. 0417.497.106 · RPR Brussel',
      'Btw-nr. BE0417497106',
      'IBAN BE21 0012 3456 7803 · BIC GEBABEBB',
      'Klant: Bakkerij Peeters BV',
      'Meir 1',
      '2000 Antwerpen',
      'Klantnr. 10000002',
      'Ondernemingsnr. 0202.239.951',
      'Btw-nr. BE0202239951',
      'Factuurnummer INV-2026-0900',
      'Datum 20/11/2026',
      'Vervaldatum 01/12/2026',
      'Contract LC-2001',
      'Facturatierun B2026-11',
      // the unit price header wraps onto a second line
      'Omschrijving Aantal Eenheidsprijs Btw-tarief Btw-bedrag Netto excl. btw',
      'excl. btw',
      'Installment — INV-2026-0900 1 1.086,12 € 21 % 228,09 € 1.086,12 €',
      'Totaal excl. btw 1.086,12 €',
      'Btw 21 % × 1.086,12 € 228,09 €',
      'Totaal incl. btw 1.314,21 €',
      // Issue #12 §1: LC-2001 is paid by SEPA direct debit.
      'Te debiteren bedrag 1.314,21 €',
      'Dit bedrag wordt op de vervaldag via Europese domiciliëring (SEPA) geïnd: u hoeft niets over te schrijven.',
      'Datum van de inning 01/12/2026',
      'Gedebiteerde rekening BE•• •••• •••• 7034',
      'Mandaatreferentie MANDATE-2001',
      'Schuldeiser-id BE87ZZZ0417497106',
      'Lease Corner Finance SA · Avenue Louise 54, 1050 Bruxelles · BE0417497106 · invoicing@leasecorner.example Pagina 1',
    ]);
  });

  it('shows when a paid invoice was paid, and that a direct debit was collected then, not that it will be (issue #12 §1)', async () => {
    const lines = await pdfTextLines((await get(`/documents/${id['INV-2026-0001']}/pdf`, viewer)).body);
    expect(lines.slice(lines.indexOf('Total TVAC 1.045,26 €'))).toEqual([
      'Total TVAC 1.045,26 €',
      'Montant réglé 1.045,26 €',
      'Payée le 01/10/2026',
      'Montant prélevé par domiciliation européenne (SEPA) le 01/10/2026 : cette facture est réglée.',
      'Compte débité BE•• •••• •••• 6769',
      'Référence du mandat MANDATE-1001',
      'Identifiant du créancier BE87ZZZ0417497106',
      FOOTER,
    ]);
    const printView = (await get(`/documents/print/${id['INV-2026-0001']}`, viewer)).text();
    expect(printView).toContain('Montant prélevé par domiciliation européenne (SEPA) le 01/10/2026 : cette facture est réglée');
    expect(printView).not.toContain('sera prélevé');
  });

  it('prints an amortization table with every period, its totals and whether it is definitive (CON-4)', async () => {
    const lines = await pdfTextLines((await get(`/documents/${id['AT-LC-1001']}/pdf`, viewer)).body);
    expect(lines.slice(0, 1)).toEqual(["TABLEAU D'AMORTISSEMENT"]);
    expect(lines.slice(12, 22)).toEqual([
      'Numéro de document AT-LC-1001',
      'Date 01/01/2026',
      'Contrat LC-1001 · 2 forklifts Linde E20',
      'Montant financé 50.000,00 €',
      'Valeur résiduelle 5.000,00 €',
      'Taux annuel 4,75 %',
      'Échéances 60 · 01/01/2026 – 31/12/2030',
      'Convention Terme échu (loyer payable en fin de période)',
      'Loyers et taux Mensuels · taux nominal annuel 4,75 % ÷ 12',
      'Statut DÉFINITIF',
    ]);
    // Period 1: interest 5 000 000 × 0.0475/12 = 19 791.67 → 197,92 €; capital 863,85 − 197,92 = 665,93 €.
    expect(lines).toContain('1 01/02/2026 863,85 € 197,92 € 665,93 € 49.334,07 € 181,41 € 1.045,26 €');
    // The last period absorbs the rounding and ends exactly at the residual value.
    expect(lines).toContain('60 01/01/2031 864,05 € 23,12 € 840,93 € 5.000,00 € 181,45 € 1.045,50 €');
    // #12 §3: the purchase option closes the table on the last due date (in arrears: all capital, 21 % VAT),
    // so the capital column adds up to the financed 50 000,00 €.
    expect(lines).toContain('Option 01/01/2031 5.000,00 € 0,00 € 5.000,00 € 0,00 € 1.050,00 € 6.050,00 €');
    expect(lines).toContain('Totaux 56.831,20 € 6.831,20 € 50.000,00 € 11.934,64 € 68.765,84 €');
    expect(lines.filter((line) => /^\d+ \d\d\/\d\d\/\d{4} /.test(line))).toHaveLength(60);
    expect(lines.at(-1)).toMatch(/Page 2$/);
  });
});

describe('download links in GraphQL (DOC-3, DOC-6)', () => {
  it('gives each document the paths of its PDF, print view and UBL file, which download with the same session', async () => {
    const result = await viewer.gql<{
      documents: { nodes: { number: string; pdfUrl: string; printUrl: string; ublUrl: string | null }[] };
    }>(`{ documents(filter: { kinds: [AMORTIZATION_TABLE] }) { nodes { number pdfUrl printUrl ublUrl } } }`);
    expect(result.data!.documents.nodes).toEqual([
      {
        number: 'AT-LC-1001',
        pdfUrl: `/documents/${id['AT-LC-1001']}/pdf`,
        printUrl: `/documents/print/${id['AT-LC-1001']}`,
        ublUrl: null,
      },
    ]);
    const invoice = await viewer.gql<{ document: { pdfUrl: string; ublUrl: string } }>(
      `query($id: ID!) { document(id: $id) { pdfUrl ublUrl } }`,
      {
        id: id['INV-2026-0002'],
      },
    );
    expect((await get(invoice.data!.document.pdfUrl, viewer)).headers.get('content-type')).toBe('application/pdf');
    expect((await get(invoice.data!.document.ublUrl, viewer)).text()).toContain('<cbc:ID>INV-2026-0002</cbc:ID>');
  });
});

describe('print view (DOC-3)', () => {
  it('is a script-free HTML page with print styles and the same figures as the PDF', async () => {
    const response = await get(`/documents/print/${id['INV-2026-0002']}`, viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = response.text();
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(html).toContain('@media print');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<dt>Numéro de facture</dt><dd>INV-2026-0002</dd>');
    expect(html).toContain('<tr class="grand"><td>Total TVAC</td><td class="num">1.045,26 €</td></tr>');
    // Issue #12 §1: collected by direct debit, so no transfer reference nor the lessor's IBAN to pay to.
    expect(html).not.toContain('<div class="reference">');
    expect(html).toContain('<dt>Montant à prélever</dt><dd>1.045,26 €</dd>');
    expect(html).toContain('<dt>Compte débité</dt><dd>BE•• •••• •••• 6769</dd><dt>Référence du mandat</dt><dd>MANDATE-1001</dd>');
    expect(html).toContain('<dt>Identifiant du créancier</dt><dd>BE87ZZZ0417497106</dd>');
  });

  it('prints an amortization table', async () => {
    const html = (await get(`/documents/print/${id['AT-LC-1001']}`, viewer)).text();
    expect(html).toContain('<span class="badge">DÉFINITIF</span>');
    expect(html.match(/<tr><td class="num">\d+<\/td>/g)).toHaveLength(60);
  });
});

describe('Peppol BIS Billing 3.0 UBL (DOC-6)', () => {
  it('describes an invoice with both parties under scheme 0208, the VAT per rate and the structured reference', async () => {
    const response = await get(`/documents/${id['INV-2026-0003']}/ubl`, viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=INV-2026-0003.xml`);
    expect(response.text()).toContain('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"');
    const { Invoice: invoice } = parseXml(response.text()) as { Invoice: Record<string, unknown> };
    const party = (name: string) => ({ Party: { ...(invoice[name] as { Party: object }).Party } });
    expect(invoice).toMatchObject({
      CustomizationID: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
      ProfileID: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
      ID: 'INV-2026-0003',
      IssueDate: '2026-11-20',
      DueDate: '2026-12-01',
      InvoiceTypeCode: '380',
      DocumentCurrencyCode: 'EUR',
      BuyerReference: '10000001',
      ContractDocumentReference: { ID: 'LC-1001' },
      // Issue #12 §1: SEPA direct debit (59) under the contract's mandate (BT-89) from the customer's account (BT-91).
      PaymentMeans: {
        PaymentMeansCode: { '#text': '59', '@name': 'SEPA direct debit' },
        PaymentID: '+++002/0260/00301+++',
        PaymentMandate: { ID: 'MANDATE-1001', PayerFinancialAccount: { ID: 'BE71096123456769' } },
      },
      TaxTotal: {
        TaxAmount: { '#text': '181.41', '@currencyID': 'EUR' },
        TaxSubtotal: {
          TaxableAmount: { '#text': '863.85', '@currencyID': 'EUR' },
          TaxAmount: { '#text': '181.41', '@currencyID': 'EUR' },
          TaxCategory: { ID: 'S', Percent: '21', TaxScheme: { ID: 'VAT' } },
        },
      },
      LegalMonetaryTotal: {
        LineExtensionAmount: { '#text': '863.85', '@currencyID': 'EUR' },
        TaxExclusiveAmount: { '#text': '863.85', '@currencyID': 'EUR' },
        TaxInclusiveAmount: { '#text': '1045.26', '@currencyID': 'EUR' },
        PayableAmount: { '#text': '1045.26', '@currencyID': 'EUR' },
      },
      InvoiceLine: {
        ID: '1',
        InvoicedQuantity: { '#text': '1', '@unitCode': 'C62' },
        LineExtensionAmount: { '#text': '863.85', '@currencyID': 'EUR' },
        Item: { Name: 'Installment — INV-2026-0003', ClassifiedTaxCategory: { ID: 'S', Percent: '21', TaxScheme: { ID: 'VAT' } } },
        Price: { PriceAmount: { '#text': '863.85', '@currencyID': 'EUR' } },
      },
    });
    expect(party('AccountingSupplierParty')).toEqual({
      Party: {
        EndpointID: { '#text': '0417497106', '@schemeID': '0208' },
        // BT-90: the lessor's SEPA creditor identifier
        PartyIdentification: { ID: { '#text': 'BE87ZZZ0417497106', '@schemeID': 'SEPA' } },
        PartyName: { Name: 'Lease Corner Finance SA' },
        PostalAddress: { StreetName: 'Avenue Louise 54', CityName: 'Bruxelles', PostalZone: '1050', Country: { IdentificationCode: 'BE' } },
        PartyTaxScheme: { CompanyID: 'BE0417497106', TaxScheme: { ID: 'VAT' } },
        PartyLegalEntity: { RegistrationName: 'Lease Corner Finance SA', CompanyID: { '#text': '0417497106', '@schemeID': '0208' } },
      },
    });
    expect(party('AccountingCustomerParty')).toEqual({
      Party: {
        EndpointID: { '#text': '0403170701', '@schemeID': '0208' },
        PartyName: { Name: 'Atelier Lambert SRL' },
        PostalAddress: { StreetName: 'Quai de la Batte 3', CityName: 'Liège', PostalZone: '4020', Country: { IdentificationCode: 'BE' } },
        PartyTaxScheme: { CompanyID: 'BE0403170701', TaxScheme: { ID: 'VAT' } },
        PartyLegalEntity: { RegistrationName: 'Atelier Lambert SRL', CompanyID: { '#text': '0403170701', '@schemeID': '0208' } },
      },
    });
  });

  it('describes a credit note with a reference to the invoice it credits', async () => {
    const xml = (await get(`/documents/${id['CN-2026-0001']}/ubl`, viewer)).text();
    expect(xml).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"');
    const { CreditNote: note } = parseXml(xml) as { CreditNote: Record<string, unknown> };
    expect(note).toMatchObject({
      ID: 'CN-2026-0001',
      IssueDate: '2026-11-21',
      CreditNoteTypeCode: '381',
      BillingReference: { InvoiceDocumentReference: { ID: 'INV-2026-0002' } },
      LegalMonetaryTotal: { PayableAmount: { '#text': '121.00', '@currencyID': 'EUR' } },
      CreditNoteLine: { ID: '1', CreditedQuantity: { '#text': '1', '@unitCode': 'C62' } },
    });
    expect(note).not.toHaveProperty('DueDate');
    expect(note).not.toHaveProperty('PaymentMeans');
  });

  it('has none for an amortization table', async () => {
    const response = await get(`/documents/${id['AT-LC-1001']}/ubl`, viewer);
    expect(response.status).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'Amortization tables have no UBL file: only invoices and credit notes do' },
    });
  });
});

const CSV_HEADER = 'number;kind;issue_date;due_date;contract_number;batch;net_eur;vat_eur;total_eur;payment_status;structured_reference';

describe('CSV and XLSX exports of every document matching the filter (DOC-4)', () => {
  it('exports the default list (last 12 months, newest first) for people: French headers and words, dd/mm/yyyy, decimal commas (issue #12 §5)', async () => {
    const response = await get('/documents/export.csv', viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=documents-2026-11-26.csv`);
    expect(response.text()).toBe(
      [
        "\uFEFFNuméro;Type;Date;Date d'échéance;Contrat;Lot;Net HTVA;TVA;Total TVAC;Statut de paiement;Communication structurée",
        // the reference starts with +: the apostrophe keeps a spreadsheet from running it as a formula
        "CN-2026-0001;Note de crédit;21/11/2026;;LC-1001;B2026-11;100,00;21,00;121,00;Ouverte;'+++002/0260/00196+++",
        // Issue #12 §1: LC-1001 is on direct debit — the status the documents tab shows, and no reference to transfer to…
        'INV-2026-0003;Facture;20/11/2026;01/12/2026;LC-1001;B2026-11;863,85;181,41;1045,26;Domiciliation le 01/12/2026;',
        // …except when the collection failed: overdue, to be paid by transfer with the reference
        "INV-2026-0002;Facture;20/10/2026;01/11/2026;LC-1001;B2026-10;863,85;181,41;1045,26;En retard;'+++002/0260/00297+++",
        // collected: nothing was transferred
        'INV-2026-0001;Facture;20/09/2026;01/10/2026;LC-1001;B2026-09;863,85;181,41;1045,26;Payée;',
        "AT-LC-1001;Tableau d'amortissement;01/01/2026;;LC-1001;;51831,20;10884,64;62715,84;;",
        '',
      ].join('\r\n'),
    );
  });

  it('speaks the user’s language in the CSV for people: Dutch for a login of a Dutch-speaking customer (issue #12 §5, PRO-6)', async () => {
    const lines = (await get('/documents/export.csv?kinds=INVOICE', peeters)).text().split('\r\n');
    expect(lines.slice(0, 2)).toEqual([
      '\uFEFFNummer;Soort;Datum;Vervaldatum;Contract;Run;Netto excl. btw;Btw;Totaal incl. btw;Betaalstatus;Gestructureerde mededeling',
      // LC-2001 is on direct debit (issue #12 §1)
      'INV-2026-0900;Factuur;20/11/2026;01/12/2026;LC-2001;B2026-11;1086,12;228,09;1314,21;Domiciliëring op 01/12/2026;',
    ]);
  });

  it('refuses an unknown export format with 400 naming the field', async () => {
    const response = await get('/documents/export.csv?format=xml', viewer);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', message: 'The export format is not valid' } });
    expect(JSON.stringify(response.json())).toContain('"field":"format","code":"FORMAT_INVALID"');
  });

  it('keeps the machine format partners import with ?format=data: English codes, ISO dates, dot decimals, amounts exact to the cent', async () => {
    const response = await get('/documents/export.csv?format=data', viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=documents-2026-11-26.csv`);
    expect(response.text()).toBe(
      [
        `\uFEFF${CSV_HEADER}`,
        'CN-2026-0001;CREDIT_NOTE;2026-11-21;;LC-1001;B2026-11;100.00;21.00;121.00;OPEN;+++002/0260/00196+++',
        'INV-2026-0003;INVOICE;2026-11-20;2026-12-01;LC-1001;B2026-11;863.85;181.41;1045.26;OPEN;+++002/0260/00301+++',
        'INV-2026-0002;INVOICE;2026-10-20;2026-11-01;LC-1001;B2026-10;863.85;181.41;1045.26;OVERDUE;+++002/0260/00297+++',
        'INV-2026-0001;INVOICE;2026-09-20;2026-10-01;LC-1001;B2026-09;863.85;181.41;1045.26;PAID;+++002/0260/00196+++',
        // the table's figures are the sums of its 60 installments
        'AT-LC-1001;AMORTIZATION_TABLE;2026-01-01;;LC-1001;;51831.20;10884.64;62715.84;;',
        '',
      ].join('\r\n'),
    );
  });

  it.each([
    ['kinds=INVOICE,CREDIT_NOTE&paymentStatus=UNPAID', ['CN-2026-0001', 'INV-2026-0003', 'INV-2026-0002']],
    ['kinds=INVOICE&kinds=CREDIT_NOTE&issuedFrom=2020-01-01&paymentStatus=PAID', ['INV-2026-0001', 'INV-2025-0100']],
    ['search=rn-10&issuedFrom=2020-01-01', ['INV-2025-0100']],
    ['contractNumber=LC-1001&issuedTo=2026-10-31', ['INV-2026-0002', 'INV-2026-0001', 'AT-LC-1001']],
    ['batchNumber=B2026-11', ['CN-2026-0001', 'INV-2026-0003']],
    // another customer's invoice number finds nothing
    ['search=INV-2026-0900', []],
  ])('filters like the GraphQL list: %s', async (query, numbers) => {
    const rows = (await get(`/documents/export.csv?${query}`, viewer)).text().split('\r\n').slice(1, -1);
    expect(rows.map((row) => row.split(';')[0])).toEqual(numbers);
  });

  it.each([
    ['issuedFrom=2026-02-30', { field: 'issuedFrom', code: 'DATE_INVALID' }, 'The date range is not valid'],
    ['issuedFrom=2026-05-01&issuedTo=2026-04-01', { field: 'issuedTo', code: 'DATE_RANGE_INVALID' }, 'The date range is not valid'],
    ['kinds=INVOICE,RECEIPT', { field: 'kinds', code: 'KIND_INVALID' }, 'The filter is not valid'],
    ['paymentStatus=LATE', { field: 'paymentStatus', code: 'PAYMENT_STATUS_INVALID' }, 'The filter is not valid'],
    ['search=a&search=b', { field: 'search', code: 'PARAMETER_REPEATED' }, 'The filter is not valid'],
  ])('refuses %s with 400 naming the field', async (query, problem, message) => {
    for (const format of ['csv', 'xlsx', 'zip']) {
      const response = await get(`/documents/export.${format}?${query}`, viewer);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(response.json()).toEqual({
        error: { code: 'BAD_USER_INPUT', message, fields: [{ ...problem, message: expect.any(String) }] },
      });
    }
  });

  it('exports XLSX with headers and labels in the user’s language, real dates and amounts', async () => {
    const response = await get('/documents/export.xlsx?issuedFrom=2020-01-01', viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=documents-2026-11-26.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Documents')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      const values = row.values as unknown[];
      rows.push(Array.from({ length: 11 }, (_, i) => values[i + 1] ?? null));
    });
    const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
    expect(rows).toEqual([
      [
        'Numéro',
        'Type',
        'Date',
        "Date d'échéance",
        'Contrat',
        'Lot',
        'Net HTVA',
        'TVA',
        'Total TVAC',
        'Statut de paiement',
        'Communication structurée',
      ],
      ['CN-2026-0001', 'Note de crédit', day('2026-11-21'), null, 'LC-1001', 'B2026-11', 100, 21, 121, 'Ouverte', '+++002/0260/00196+++'],
      [
        'INV-2026-0003',
        'Facture',
        day('2026-11-20'),
        day('2026-12-01'),
        'LC-1001',
        'B2026-11',
        863.85,
        181.41,
        1045.26,
        'Domiciliation le 01/12/2026',
        null,
      ],
      [
        'INV-2026-0002',
        'Facture',
        day('2026-10-20'),
        day('2026-11-01'),
        'LC-1001',
        'B2026-10',
        863.85,
        181.41,
        1045.26,
        'En retard',
        '+++002/0260/00297+++',
      ],
      ['INV-2026-0001', 'Facture', day('2026-09-20'), day('2026-10-01'), 'LC-1001', 'B2026-09', 863.85, 181.41, 1045.26, 'Payée', null],
      ['AT-LC-1001', "Tableau d'amortissement", day('2026-01-01'), null, 'LC-1001', null, 51831.2, 10884.64, 62715.84, null, null],
      [
        'INV-2025-0100',
        'Facture',
        day('2025-06-01'),
        day('2025-06-15'),
        'RN-1002',
        'B2025-06',
        750,
        157.5,
        907.5,
        'Payée',
        '+++002/0250/10089+++',
      ],
    ]);
    expect(sheet.getRow(2).getCell(7).numFmt).toBe('#,##0.00 "€"');
  });
});

describe('ZIP downloads (DOC-4, DOC-5, DOC-7)', () => {
  it('zips the PDF of every document matching the filter, not a page of them', async () => {
    const response = await get('/documents/export.zip?issuedFrom=2020-01-01', viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const entries = zipEntries(response.body);
    expect(entries.map((e) => e.name)).toEqual([
      'CN-2026-0001.pdf',
      'INV-2026-0003.pdf',
      'INV-2026-0002.pdf',
      'INV-2026-0001.pdf',
      'AT-LC-1001.pdf',
      'INV-2025-0100.pdf',
    ]);
    const old = await pdfTextLines(entries.find((e) => e.name === 'INV-2025-0100.pdf')!.data);
    expect(old).toEqual(expect.arrayContaining(['Numéro de facture INV-2025-0100', 'Total TVAC 907,50 €', 'Payée le 10/06/2025']));
  });

  it('downloads a whole invoicing batch, and answers another customer’s batch like an unknown one', async () => {
    const response = await get('/batches/B2026-11/zip', viewer);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=batch-B2026-11.zip`);
    expect(zipEntries(response.body).map((e) => e.name)).toEqual(['CN-2026-0001.pdf', 'INV-2026-0003.pdf']);
    // Peeters has its own B2026-11: only its own invoice is in it.
    expect(zipEntries((await get('/batches/B2026-11/zip', peeters)).body).map((e) => e.name)).toEqual(['INV-2026-0900.pdf']);
    const foreign = await get('/batches/B2026-09/zip', peeters);
    const unknown = await get('/batches/B1999-01/zip', peeters);
    expect(foreign.status).toBe(404);
    expect(foreign.json()).toEqual(unknown.json());
    expect(unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Batch not found' } });
  });

  it('packs every PDF, every UBL file and a CSV ledger of a period for the accountant', async () => {
    const response = await get('/documents/accountant-pack.zip?from=2026-01-01&to=2026-10-31', viewer);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=accountant-pack-2026-01-01_2026-10-31.zip`);
    const entries = zipEntries(response.body);
    expect(entries.map((e) => e.name)).toEqual([
      'ledger.csv',
      'pdf/INV-2026-0002.pdf',
      'ubl/INV-2026-0002.xml',
      'pdf/INV-2026-0001.pdf',
      'ubl/INV-2026-0001.xml',
      'pdf/AT-LC-1001.pdf',
    ]);
    expect(entries[0]!.data.toString('utf8')).toBe(
      [
        `\uFEFF${CSV_HEADER}`,
        'INV-2026-0002;INVOICE;2026-10-20;2026-11-01;LC-1001;B2026-10;863.85;181.41;1045.26;OVERDUE;+++002/0260/00297+++',
        'INV-2026-0001;INVOICE;2026-09-20;2026-10-01;LC-1001;B2026-09;863.85;181.41;1045.26;PAID;+++002/0260/00196+++',
        'AT-LC-1001;AMORTIZATION_TABLE;2026-01-01;;LC-1001;;51831.20;10884.64;62715.84;;',
        '',
      ].join('\r\n'),
    );
    const ubl = parseXml(entries[2]!.data.toString('utf8')) as { Invoice: { ID: string; PaymentMeans: { PaymentID: string } } };
    expect(ubl.Invoice.ID).toBe('INV-2026-0002');
    expect(ubl.Invoice.PaymentMeans.PaymentID).toBe('+++002/0260/00297+++');
  });

  it.each([
    [
      '',
      [
        { field: 'from', code: 'DATE_INVALID' },
        { field: 'to', code: 'DATE_INVALID' },
      ],
    ],
    ['?from=2026-12-31&to=2026-01-01', [{ field: 'to', code: 'DATE_RANGE_INVALID' }]],
  ])('refuses the accountant pack period %j', async (query, fields) => {
    const response = await get(`/documents/accountant-pack.zip${query}`, viewer);
    expect(response.status).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        message: 'The period is not valid',
        fields: fields.map((f) => ({ ...f, message: expect.any(String) })),
      },
    });
  });
});

describe('statement of account (DOC-8)', () => {
  it('lists the open items, the items paid in the last 12 months and the balance at a date', async () => {
    const response = await get('/statement.pdf?date=2026-11-26', viewer);
    expect(response.status).toBe(200);
    // An accented file name: plain ASCII fallback, exact UTF-8 name (RFC 6266 / RFC 8187).
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename=releve-de-compte-10000001-2026-11-26.pdf; filename*=UTF-8''relev%C3%A9-de-compte-10000001-2026-11-26.pdf`,
    );
    const lines = await pdfTextLines(response.body);
    expect(lines.slice(0, 2)).toEqual([
      'RELEVÉ DE COMPTE AU 26/11/2026',
      'Confirmation de solde : documents ouverts, documents réglés et solde à cette date.',
    ]);
    expect(lines.slice(13)).toEqual([
      'Documents ouverts',
      "Document Type Date Date d'échéance Montant Statut",
      'INV-2026-0002 Facture 20/10/2026 01/11/2026 1.045,26 € En retard',
      'INV-2026-0003 Facture 20/11/2026 01/12/2026 1.045,26 € Ouverte',
      'CN-2026-0001 Note de crédit 21/11/2026 -121,00 € Ouverte',
      // 104 526 + 104 526 − 12 100
      'Solde au 26/11/2026 1.969,52 €',
      'Documents réglés du 27/11/2025 au 26/11/2026',
      'Document Type Date Payée le Montant',
      'INV-2026-0001 Facture 20/09/2026 01/10/2026 1.045,26 €',
      'Total réglé 1.045,26 €',
      'Solde au 26/11/2026 1.969,52 €',
      FOOTER,
    ]);
  });

  it('takes the situation at an earlier date: what was paid later was still open then', async () => {
    const lines = await pdfTextLines((await get('/statement.pdf?date=2026-09-25', viewer)).body);
    expect(lines).toEqual(
      expect.arrayContaining([
        'INV-2026-0001 Facture 20/09/2026 01/10/2026 1.045,26 € Ouverte',
        'Solde au 25/09/2026 1.045,26 €',
        'Documents réglés du 26/09/2025 au 25/09/2026',
        'Aucun document.',
        'Total réglé 0,00 €',
      ]),
    );
  });

  it.each([
    ['2026-13-01', 'DATE_INVALID'],
    ['2026-11-27', 'DATE_IN_FUTURE'],
  ])('refuses the date %s', async (date, code) => {
    const response = await get(`/statement.pdf?date=${date}`, viewer);
    expect(response.status).toBe(400);
    expect((response.json() as { error: { fields: { code: string }[] } }).error.fields[0]!.code).toBe(code);
  });
});

describe('who may download what (X-4, PRO-4)', () => {
  const byId = (documentId: string) => [
    `/documents/${documentId}/pdf`,
    `/documents/${documentId}/pdf?download=1`,
    `/documents/${documentId}/ubl`,
    `/documents/print/${documentId}`,
  ];
  const everything = () => [
    ...byId(id['INV-2026-0003']!),
    '/documents/export.csv',
    '/documents/export.xlsx',
    '/documents/export.zip',
    '/batches/B2026-11/zip',
    '/documents/accountant-pack.zip?from=2026-01-01&to=2026-12-31',
    '/statement.pdf?date=2026-11-26',
  ];

  it('refuses every download without a session or token', async () => {
    for (const path of everything()) {
      const response = await get(path, null);
      expect(response.status, path).toBe(401);
      expect(response.headers.get('content-disposition'), path).toBeNull();
      expect(response.json(), path).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } });
    }
    expect((await get('/documents/export.csv', null, { authorization: 'Bearer ccp_not-a-token' })).status).toBe(401);
  });

  it('lets a viewer download everything (downloads are reads)', async () => {
    for (const path of everything()) expect((await get(path, viewer)).status, path).toBe(200);
  });

  it('answers another customer’s document exactly like an unknown id', async () => {
    const unknownPaths = byId(UNKNOWN_ID);
    for (const [i, foreign] of byId(id['INV-2026-0900']!).entries()) {
      const asAtelier = await get(foreign, viewer);
      const missing = await get(unknownPaths[i]!, viewer);
      expect(asAtelier.status, foreign).toBe(404);
      expect(asAtelier.text(), foreign).toBe(missing.text());
      expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Document not found' } });
    }
  });

  it('serves a partner’s viewer token like a session (API-1)', async () => {
    const created = await admin.gql<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(input: { name: "Accounting", profile: VIEWER, expiresOn: "2027-06-30" }) { token } }`,
    );
    const authorization = `Bearer ${created.data!.createApiToken.token}`;
    const csv = await get('/documents/export.csv?kinds=CREDIT_NOTE&format=data', null, { authorization });
    expect(csv.text().split('\r\n')[1]).toBe(
      'CN-2026-0001;CREDIT_NOTE;2026-11-21;;LC-1001;B2026-11;100.00;21.00;121.00;OPEN;+++002/0260/00196+++',
    );
    expect((await get(`/documents/${id['INV-2026-0900']}/pdf`, null, { authorization })).status).toBe(404);
  });
});
