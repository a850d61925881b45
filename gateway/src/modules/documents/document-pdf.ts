import { formatEnterpriseNumber } from '../../core/enterprise-number';
import { maskIban } from '../../core/bank-account';
import { formatStructuredReference } from '../../core/structured-reference';
import { exemptionMention, type VatExemptionBasis } from '../../core/vat-treatment';
import { formatDateBe, formatDecimalBe, formatEuro, formatPercentBe, groupIban } from './belgian-format';
import { labelsFor, type DocumentLabels, type DocumentLanguage } from './document-labels';
import { DocumentKind } from './document.enums';
import { PdfLayout, type Column } from './pdf-layout';
import { directDebitWording, settlementLabelsFor, type SettlementLabels } from './settlement-labels';
import {
  vatBreakdown,
  type DirectDebitCollection,
  type VatSubtotal,
  type Buyer,
  type PrintableAmortizationTable,
  type PrintableDocument,
  type PrintableInvoice,
} from './printable-document';
import { SELLER } from './seller-identity';

/**
 * DOC-3: the PDF of an invoice, a credit note or an amortization table, in the customer's language,
 * with every legal mention of a Belgian invoice. Returns the pdfkit stream, already ended: pipe it.
 */
export function renderDocumentPdf(document: PrintableDocument): PDFKit.PDFDocument {
  const labels = labelsFor(document.buyer.language);
  const layout = new PdfLayout(
    { title: `${labels.kindName[document.kind]} ${document.number}`, date: document.issueDate, language: document.buyer.language },
    labels,
  );
  layout.line(labels.title[document.kind], { size: 18, bold: true });
  layout.gap(6);
  sellerBlock(layout, labels, document.buyer.language);
  layout.gap(8);
  buyerBlock(layout, labels, document.buyer);
  layout.gap(10);
  if (document.kind === DocumentKind.AMORTIZATION_TABLE) amortizationBody(layout, labels, document);
  else invoiceBody(layout, labels, document);
  return layout.end();
}

export function sellerLines(labels: DocumentLabels, language: DocumentLanguage): string[] {
  return [
    `${SELLER.address.street}, ${SELLER.address.postalCode} ${SELLER.address.city}`,
    `${labels.enterpriseNumber} ${formatEnterpriseNumber(SELLER.enterpriseNumber)} · ${SELLER.register[language]}`,
    `${labels.vatNumber} ${SELLER.vatNumber}`,
    `${labels.iban} ${groupIban(SELLER.iban)} · ${labels.bic} ${SELLER.bic}`,
  ];
}

export function buyerLines(labels: DocumentLabels, buyer: Buyer): string[] {
  return [
    buyer.name,
    buyer.address.street,
    `${buyer.address.postalCode} ${buyer.address.city}${buyer.address.country === 'BE' ? '' : ` (${buyer.address.country})`}`,
    `${labels.customerNumber} ${buyer.customerNumber}`,
    `${labels.enterpriseNumber} ${formatEnterpriseNumber(buyer.enterpriseNumber)}`,
    ...(buyer.vatNumber ? [`${labels.vatNumber} ${buyer.vatNumber}`] : []),
  ];
}

function sellerBlock(layout: PdfLayout, labels: DocumentLabels, language: DocumentLanguage): void {
  layout.line(`${labels.supplier}: ${SELLER.name}`, { bold: true });
  for (const text of sellerLines(labels, language)) layout.line(text);
}

function buyerBlock(layout: PdfLayout, labels: DocumentLabels, buyer: Buyer): void {
  const [name, ...rest] = buyerLines(labels, buyer);
  layout.line(`${labels.customer}: ${name ?? ''}`, { x: 300, bold: true });
  for (const text of rest) layout.line(text, { x: 300 });
}

const LINE_COLUMNS = (labels: DocumentLabels): Column[] => [
  { header: labels.description, width: 170 },
  { header: labels.quantity, width: 45, align: 'right' },
  { header: labels.unitPrice, width: 75, align: 'right' },
  { header: labels.vatRate, width: 45, align: 'right' },
  { header: labels.vatAmount, width: 70, align: 'right' },
  { header: labels.net, width: 90, align: 'right' },
];

function invoiceBody(layout: PdfLayout, labels: DocumentLabels, invoice: PrintableInvoice): void {
  layout.field(labels.numberOf[invoice.kind], invoice.number, { bold: true });
  layout.field(labels.issueDate, formatDateBe(invoice.issueDate));
  if (invoice.dueDate) layout.field(labels.dueDate, formatDateBe(invoice.dueDate));
  if (invoice.contractNumber) layout.field(labels.contract, invoice.contractNumber);
  if (invoice.batchNumber) layout.field(labels.batch, invoice.batchNumber);
  if (invoice.creditedDocumentNumber) layout.field(labels.creditedInvoice, invoice.creditedDocumentNumber, { bold: true });
  layout.gap(10);

  const columns = LINE_COLUMNS(labels);
  layout.tableHeader(columns);
  for (const line of invoice.lines) {
    layout.row(columns, [
      line.description,
      formatDecimalBe(line.quantity),
      formatEuro(line.unitPriceCents),
      formatPercentBe(line.vatRatePercent),
      formatEuro(line.vatCents),
      formatEuro(line.netCents),
    ]);
  }
  layout.rule();
  layout.gap(4);

  const settlement = settlementLabelsFor(invoice.buyer.language);
  const breakdown = vatBreakdown(invoice.lines);
  layout.total(labels.totalNet, formatEuro(invoice.netCents));
  for (const subtotal of breakdown) {
    layout.total(
      `${labels.vatAt(formatPercentBe(subtotal.ratePercent))}${settlement.categorySuffix[subtotal.category]} × ${formatEuro(subtotal.taxableCents)}`,
      formatEuro(subtotal.vatCents),
    );
  }
  layout.total(labels.total, formatEuro(invoice.totalCents), { bold: true });
  // Issue #12 §2: an invoice without VAT on an exempt operation must cite the provision that exempts it.
  const mentions = exemptionMentionsOf(breakdown, invoice.buyer.language);
  if (mentions.length) layout.gap(6);
  for (const mention of mentions) layout.line(mention);
  layout.gap(12);

  const credit = invoice.kind === DocumentKind.CREDIT_NOTE;
  if (!credit && invoice.directDebit) {
    directDebitBlock(layout, settlement, invoice, invoice.directDebit);
    return;
  }
  layout.field(credit ? labels.inYourFavour : labels.toPay, formatEuro(invoice.totalCents), { bold: true });
  if (invoice.paidOn) layout.field(labels.paidOn, formatDateBe(invoice.paidOn));
  if (credit) {
    layout.line(labels.creditNoteSettlement);
    if (invoice.structuredReference) layout.field(labels.structuredReference, formatStructuredReference(invoice.structuredReference));
    return;
  }
  layout.gap(4);
  layout.line(labels.paymentInstructions);
  if (invoice.structuredReference) {
    layout.field(labels.structuredReference, formatStructuredReference(invoice.structuredReference), { bold: true });
  }
  layout.field(labels.iban, groupIban(SELLER.iban), { bold: true });
  layout.field(labels.bic, SELLER.bic);
  if (invoice.dueDate) layout.field(labels.dueDate, formatDateBe(invoice.dueDate));
}

/**
 * Issue #12 §1: the invoice announces the collection (SEPA rulebook pre-notification: amount, date,
 * mandate, creditor identifier) and asks for no transfer, so the customer does not pay twice; once
 * paid, it says when the amount was collected.
 */
function directDebitBlock(layout: PdfLayout, settlement: SettlementLabels, invoice: PrintableInvoice, debit: DirectDebitCollection): void {
  const wording = directDebitWording(settlement, invoice);
  layout.field(wording.amountLabel, formatEuro(invoice.totalCents), { bold: true });
  if (invoice.paidOn) layout.field(labelsFor(invoice.buyer.language).paidOn, formatDateBe(invoice.paidOn));
  layout.gap(4);
  layout.line(wording.notice);
  if (wording.collectionDate) layout.field(settlement.collectionDate, wording.collectionDate, { bold: true });
  if (debit.debtorIban) layout.field(settlement.debitedAccount, maskIban(debit.debtorIban));
  layout.field(settlement.mandateReference, debit.mandateReference);
  layout.field(settlement.creditorIdentifier, SELLER.sepaCreditorId);
}

/** One mention per exemption basis of the document, in its language. */
export function exemptionMentionsOf(breakdown: readonly VatSubtotal[], language: DocumentLanguage): string[] {
  const bases = breakdown.map((s) => s.exemptionBasis).filter((b): b is VatExemptionBasis => b !== null);
  return [...new Set(bases)].map((basis) => exemptionMention(basis, language));
}

const TABLE_COLUMNS = (labels: DocumentLabels): Column[] => [
  { header: labels.period, width: 38, align: 'right' },
  { header: labels.dueDate, width: 55 },
  { header: labels.installment, width: 62, align: 'right' },
  { header: labels.interest, width: 58, align: 'right' },
  { header: labels.capital, width: 62, align: 'right' },
  { header: labels.outstanding, width: 72, align: 'right' },
  { header: labels.vat, width: 58, align: 'right' },
  { header: labels.totalInclVat, width: 90, align: 'right' },
];

function amortizationBody(layout: PdfLayout, labels: DocumentLabels, document: PrintableAmortizationTable): void {
  const { contract, table } = document;
  layout.field(labels.numberOf[document.kind], document.number, { bold: true });
  layout.field(labels.issueDate, formatDateBe(document.issueDate));
  layout.field(labels.contract, `${contract.contractNumber} · ${contract.objectSummary}`);
  layout.field(labels.financedAmount, formatEuro(contract.financedAmountCents));
  layout.field(labels.residualValue, formatEuro(contract.residualValueCents));
  layout.field(labels.annualRate, formatPercentBe(contract.annualRatePercent));
  layout.field(
    labels.installments,
    `${contract.numberOfInstallments} · ${formatDateBe(contract.startDate)} – ${formatDateBe(contract.endDate)}`,
  );
  layout.field(labels.convention, labels.timingName[table.paymentTiming]);
  layout.field(
    labels.periodicityAndRate,
    labels.periodicityAndRateText(table.periodicity, formatPercentBe(table.annualRatePercent), table.periodsPerYear),
  );
  layout.field(labels.status, table.definitive ? labels.definitive : labels.provisional, { bold: true });
  if (!table.definitive) layout.line(labels.provisionalNote, { bold: true });
  layout.gap(4);
  layout.line(labels.conventionNote(table.paymentTiming, table.residualValueRow !== null));
  layout.gap(10);

  const columns = TABLE_COLUMNS(labels);
  layout.tableHeader(columns);
  // #12 §3: the purchase option is the table's own last line, labelled rather than numbered.
  const lines = table.residualValueRow ? [...table.rows, table.residualValueRow] : table.rows;
  for (const row of lines) {
    layout.row(columns, [
      row === table.residualValueRow ? labels.residualValueShort : String(row.period),
      formatDateBe(row.dueDate),
      formatEuro(row.installmentCents),
      formatEuro(row.interestCents),
      formatEuro(row.capitalCents),
      formatEuro(row.outstandingCents),
      formatEuro(row.vatCents),
      formatEuro(row.totalCents),
    ]);
  }
  layout.rule();
  const { totals } = table;
  layout.row(
    columns,
    [
      labels.totals,
      '',
      formatEuro(totals.installmentCents),
      formatEuro(totals.interestCents),
      formatEuro(totals.capitalCents),
      '',
      formatEuro(totals.vatCents),
      formatEuro(totals.totalCents),
    ],
    { bold: true },
  );
}
