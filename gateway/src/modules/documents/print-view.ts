import { formatStructuredReference } from '../../core/structured-reference';
import { formatDateBe, formatDecimalBe, formatEuro, formatPercentBe, groupIban } from './belgian-format';
import { maskIban } from '../../core/bank-account';
import { buyerLines, exemptionMentionsOf, sellerLines } from './document-pdf';
import { directDebitWording, settlementLabelsFor } from './settlement-labels';
import { labelsFor, type DocumentLabels } from './document-labels';
import { DocumentKind } from './document.enums';
import { vatBreakdown, type PrintableAmortizationTable, type PrintableDocument, type PrintableInvoice } from './printable-document';
import { SELLER } from './seller-identity';
import { escapeHtml } from '../../platform/http/escape-html';

/**
 * DOC-3: a print-friendly HTML page of a document — the same content as its PDF, no script, no
 * external resource, A4 print styles. Every value is escaped.
 */

/** The print view's only stylesheet: the route's CSP allows it by its hash (X-7). */
export const PRINT_VIEW_STYLE = `
  :root { color-scheme: light; }
  body { font: 10pt/1.4 Helvetica, Arial, sans-serif; color: #111; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
  h1 { font-size: 18pt; margin: 0 0 1rem; }
  .parties { display: flex; justify-content: space-between; gap: 2rem; margin-bottom: 1.5rem; }
  .parties section { flex: 1; }
  dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1.5rem; }
  dl.fields dt { color: #444; }
  dl.fields dd { margin: 0; font-weight: 600; }
  table { width: 100%; border-collapse: collapse; margin-bottom: 1rem; }
  th, td { padding: .25rem .4rem; border-bottom: 1px solid #ccc; text-align: left; vertical-align: top; }
  th { border-bottom: 1.5px solid #111; font-size: 9pt; }
  .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  tfoot td { font-weight: 700; border-bottom: none; }
  .totals { margin-left: auto; width: 22rem; }
  .totals td { border: none; }
  .grand td { font-weight: 700; border-top: 1.5px solid #111; }
  .payment { border: 1px solid #111; padding: .75rem 1rem; margin-top: 1rem; break-inside: avoid; }
  .mention { font-size: 9pt; margin: .5rem 0 0; }
  .reference { font: 700 13pt/1.4 "Courier New", monospace; letter-spacing: .03em; }
  .badge { display: inline-block; padding: .1rem .5rem; border: 1.5px solid #111; font-weight: 700; }
  footer { margin-top: 2rem; font-size: 8pt; color: #444; }
  @page { size: A4; margin: 15mm; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 9pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
  }
`;

export function renderPrintView(document: PrintableDocument): string {
  const labels = labelsFor(document.buyer.language);
  const body = document.kind === DocumentKind.AMORTIZATION_TABLE ? amortizationBody(labels, document) : invoiceBody(labels, document);
  const lines = (items: string[]) => items.map((item) => `<div>${escapeHtml(item)}</div>`).join('');
  const [buyerName, ...buyerRest] = buyerLines(labels, document.buyer);
  return `<!doctype html>
<html lang="${document.buyer.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${labels.kindName[document.kind]} ${document.number}`)}</title>
<style>${PRINT_VIEW_STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(labels.title[document.kind])}</h1>
<div class="parties">
<section><strong>${escapeHtml(`${labels.supplier}: ${SELLER.name}`)}</strong>${lines(sellerLines(labels, document.buyer.language))}</section>
<section><strong>${escapeHtml(`${labels.customer}: ${buyerName ?? ''}`)}</strong>${lines(buyerRest)}</section>
</div>
${body}
</main>
<footer>${escapeHtml(`${SELLER.name} · ${SELLER.address.street}, ${SELLER.address.postalCode} ${SELLER.address.city} · ${SELLER.vatNumber} · ${SELLER.email} · ${SELLER.website}`)}</footer>
</body>
</html>
`;
}

function fields(entries: [string, string | null][]): string {
  const rows = entries
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return `<dl class="fields">${rows}</dl>`;
}

const cell = (value: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${escapeHtml(value)}</td>`;
const head = (value: string, numeric = false) => `<th scope="col"${numeric ? ' class="num"' : ''}>${escapeHtml(value)}</th>`;

function invoiceBody(labels: DocumentLabels, invoice: PrintableInvoice): string {
  const credit = invoice.kind === DocumentKind.CREDIT_NOTE;
  const reference = invoice.structuredReference ? formatStructuredReference(invoice.structuredReference) : null;
  const lineRows = invoice.lines
    .map(
      (line) =>
        `<tr>${cell(line.description)}${cell(formatDecimalBe(line.quantity), true)}${cell(formatEuro(line.unitPriceCents), true)}` +
        `${cell(formatPercentBe(line.vatRatePercent), true)}${cell(formatEuro(line.vatCents), true)}${cell(formatEuro(line.netCents), true)}</tr>`,
    )
    .join('\n');
  const settlement = settlementLabelsFor(invoice.buyer.language);
  const breakdown = vatBreakdown(invoice.lines);
  const vatRows = breakdown
    .map(
      (subtotal) =>
        `<tr>${cell(`${labels.vatAt(formatPercentBe(subtotal.ratePercent))}${settlement.categorySuffix[subtotal.category]} × ${formatEuro(subtotal.taxableCents)}`)}${cell(formatEuro(subtotal.vatCents), true)}</tr>`,
    )
    .join('');
  const mentions = exemptionMentionsOf(breakdown, invoice.buyer.language)
    .map((mention) => `<p class="mention">${escapeHtml(mention)}</p>`)
    .join('');
  const debit = credit ? null : invoice.directDebit;
  const wording = directDebitWording(settlement, invoice);
  const payment = debit
    ? `<div class="payment">${fields([
        [wording.amountLabel, formatEuro(invoice.totalCents)],
        [labels.paidOn, invoice.paidOn ? formatDateBe(invoice.paidOn) : null],
      ])}<div>${escapeHtml(wording.notice)}</div>${fields([
        [settlement.collectionDate, wording.collectionDate],
        [settlement.debitedAccount, debit.debtorIban ? maskIban(debit.debtorIban) : null],
        [settlement.mandateReference, debit.mandateReference],
        [settlement.creditorIdentifier, SELLER.sepaCreditorId],
      ])}</div>`
    : credit
      ? `<div class="payment"><div>${escapeHtml(labels.inYourFavour)}: <strong>${escapeHtml(formatEuro(invoice.totalCents))}</strong></div>` +
        `<div>${escapeHtml(labels.creditNoteSettlement)}</div></div>`
      : `<div class="payment">${fields([
          [labels.toPay, formatEuro(invoice.totalCents)],
          [labels.dueDate, invoice.dueDate ? formatDateBe(invoice.dueDate) : null],
          [labels.iban, groupIban(SELLER.iban)],
          [labels.bic, SELLER.bic],
          [labels.paidOn, invoice.paidOn ? formatDateBe(invoice.paidOn) : null],
        ])}${reference ? `<div>${escapeHtml(labels.paymentInstructions)}</div><div class="reference">${escapeHtml(reference)}</div>` : ''}</div>`;
  return `${fields([
    [labels.numberOf[invoice.kind], invoice.number],
    [labels.issueDate, formatDateBe(invoice.issueDate)],
    [labels.dueDate, invoice.dueDate ? formatDateBe(invoice.dueDate) : null],
    [labels.contract, invoice.contractNumber],
    [labels.batch, invoice.batchNumber],
    [labels.creditedInvoice, invoice.creditedDocumentNumber],
  ])}
<table>
<thead><tr>${head(labels.description)}${head(labels.quantity, true)}${head(labels.unitPrice, true)}${head(labels.vatRate, true)}${head(labels.vatAmount, true)}${head(labels.net, true)}</tr></thead>
<tbody>
${lineRows}
</tbody>
</table>
<table class="totals">
<tbody>
<tr>${cell(labels.totalNet)}${cell(formatEuro(invoice.netCents), true)}</tr>
${vatRows}
<tr class="grand">${cell(labels.total)}${cell(formatEuro(invoice.totalCents), true)}</tr>
</tbody>
</table>
${mentions}${payment}`;
}

function amortizationBody(labels: DocumentLabels, document: PrintableAmortizationTable): string {
  const { contract, table } = document;
  // #12 §3: the purchase option is the table's own last line, labelled rather than numbered.
  const lines = table.residualValueRow ? [...table.rows, table.residualValueRow] : table.rows;
  const rows = lines
    .map(
      (row) =>
        `<tr${row === table.residualValueRow ? ' class="residual"' : ''}>` +
        `${row === table.residualValueRow ? cell(labels.residualValueLine) : cell(String(row.period), true)}${cell(formatDateBe(row.dueDate))}${cell(formatEuro(row.installmentCents), true)}` +
        `${cell(formatEuro(row.interestCents), true)}${cell(formatEuro(row.capitalCents), true)}${cell(formatEuro(row.outstandingCents), true)}` +
        `${cell(formatEuro(row.vatCents), true)}${cell(formatEuro(row.totalCents), true)}</tr>`,
    )
    .join('\n');
  const t = table.totals;
  return `${fields([
    [labels.numberOf[document.kind], document.number],
    [labels.issueDate, formatDateBe(document.issueDate)],
    [labels.contract, `${contract.contractNumber} · ${contract.objectSummary}`],
    [labels.financedAmount, formatEuro(contract.financedAmountCents)],
    [labels.residualValue, formatEuro(contract.residualValueCents)],
    [labels.annualRate, formatPercentBe(contract.annualRatePercent)],
    [labels.installments, `${contract.numberOfInstallments} · ${formatDateBe(contract.startDate)} – ${formatDateBe(contract.endDate)}`],
    [labels.convention, labels.timingName[table.paymentTiming]],
    [
      labels.periodicityAndRate,
      labels.periodicityAndRateText(table.periodicity, formatPercentBe(table.annualRatePercent), table.periodsPerYear),
    ],
  ])}
<p><span class="badge">${escapeHtml(table.definitive ? labels.definitive : labels.provisional)}</span>${table.definitive ? '' : ` ${escapeHtml(labels.provisionalNote)}`}</p>
<p>${escapeHtml(labels.conventionNote(table.paymentTiming, table.residualValueRow !== null))}</p>
<table>
<thead><tr>${head(labels.period, true)}${head(labels.dueDate)}${head(labels.installment, true)}${head(labels.interest, true)}${head(labels.capital, true)}${head(labels.outstanding, true)}${head(labels.vat, true)}${head(labels.totalInclVat, true)}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr>${cell(labels.totals)}${cell('')}${cell(formatEuro(t.installmentCents), true)}${cell(formatEuro(t.interestCents), true)}${cell(formatEuro(t.capitalCents), true)}${cell('')}${cell(formatEuro(t.vatCents), true)}${cell(formatEuro(t.totalCents), true)}</tr></tfoot>
</table>`;
}
