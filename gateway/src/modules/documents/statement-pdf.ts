import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FilterQuery } from '@mikro-orm/core';
import { addDaysIso, addMonthsIso } from '../../core/iso-date';
import { formatDateBe, formatEuro } from './belgian-format';
import { buyerLines, sellerLines } from './document-pdf';
import { drained } from './document-export';
import { labelsFor } from './document-labels';
import type { Document } from './document.entity';
import { DocumentKind, PaymentStatus } from './document.enums';
import type { DocumentService } from './document.service';
import { PdfLayout, type Column } from './pdf-layout';
import type { Buyer } from './printable-document';
import { SELLER } from './seller-identity';

/**
 * DOC-8: statement of account / balance confirmation at a date, for the customer's auditors.
 * Open items: invoices and credit notes issued on or before the date and not settled by then.
 * Paid items: those settled in the twelve months up to the date. Balance: open invoices minus open
 * credit notes. Items are read in chunks and printed as they come; the sums are kept while printing.
 */
export interface StatementPeriod {
  date: string;
  paidFrom: string;
}

export const statementPeriodOf = (date: string): StatementPeriod => ({ date, paidFrom: addDaysIso(addMonthsIso(date, -12), 1) });

const BILLED = [DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE];

export function openItemsAt(customerId: string, date: string): FilterQuery<Document> {
  return {
    customer: customerId,
    kind: { $in: BILLED },
    issueDate: { $lte: date },
    $or: [{ paidOn: null }, { paidOn: { $gt: date } }],
  };
}

export function paidItemsBetween(customerId: string, from: string, to: string): FilterQuery<Document> {
  return { customer: customerId, kind: { $in: BILLED }, paidOn: { $gte: from, $lte: to } };
}

const signed = (document: Pick<Document, 'kind' | 'totalCents'>) =>
  document.kind === DocumentKind.CREDIT_NOTE ? -document.totalCents : document.totalCents;

export async function renderStatementPdf(
  documents: DocumentService,
  customerId: string,
  buyer: Buyer,
  period: StatementPeriod,
  out: Writable,
): Promise<void> {
  const labels = labelsFor(buyer.language);
  const date = formatDateBe(period.date);
  const layout = new PdfLayout({ title: labels.statementTitle(date), date: period.date, language: buyer.language }, labels);
  // Pages leave as they are finished; after each chunk we wait for the client to keep up.
  const written = pipeline(layout.doc, out);
  written.catch(() => undefined);
  const keepUp = async () => {
    if (out.writableNeedDrain) await drained(out);
  };
  layout.line(labels.statementTitle(date), { size: 16, bold: true });
  layout.line(labels.statementIntro);
  layout.gap(6);
  layout.line(`${labels.supplier}: ${SELLER.name}`, { bold: true });
  for (const text of sellerLines(labels, buyer.language)) layout.line(text);
  layout.gap(8);
  const [name, ...rest] = buyerLines(labels, buyer);
  layout.line(`${labels.customer}: ${name ?? ''}`, { x: 300, bold: true });
  for (const text of rest) layout.line(text, { x: 300 });
  layout.gap(12);

  const openColumns: Column[] = [
    { header: labels.document, width: 95 },
    { header: labels.kind, width: 80 },
    { header: labels.issueDate, width: 65 },
    { header: labels.dueDate, width: 70 },
    { header: labels.amount, width: 100, align: 'right' },
    { header: labels.status, width: 85 },
  ];
  layout.line(labels.openItems, { size: 11, bold: true });
  layout.tableHeader(openColumns);
  let balance = 0;
  let openCount = 0;
  for await (const chunk of documents.chunks(openItemsAt(customerId, period.date), undefined, 'asc')) {
    for (const item of chunk) {
      balance += signed(item);
      openCount += 1;
      const overdue = item.kind === DocumentKind.INVOICE && item.dueDate != null && item.dueDate < period.date;
      layout.row(openColumns, [
        item.number,
        labels.kindName[item.kind],
        formatDateBe(item.issueDate),
        item.dueDate ? formatDateBe(item.dueDate) : '',
        formatEuro(signed(item)),
        labels.paymentStatus[overdue ? PaymentStatus.OVERDUE : PaymentStatus.OPEN],
      ]);
    }
    await keepUp();
  }
  if (openCount === 0) layout.row(openColumns, [labels.noItems]);
  layout.rule();
  layout.total(labels.balance(date), formatEuro(balance), { bold: true });
  layout.gap(12);

  const paidColumns: Column[] = [
    { header: labels.document, width: 95 },
    { header: labels.kind, width: 80 },
    { header: labels.issueDate, width: 65 },
    { header: labels.paidOn, width: 70 },
    { header: labels.amount, width: 100, align: 'right' },
  ];
  layout.line(labels.paidItems(formatDateBe(period.paidFrom), date), { size: 11, bold: true });
  layout.tableHeader(paidColumns);
  let paid = 0;
  let paidCount = 0;
  for await (const chunk of documents.chunks(paidItemsBetween(customerId, period.paidFrom, period.date), undefined, 'asc')) {
    for (const item of chunk) {
      paid += signed(item);
      paidCount += 1;
      layout.row(paidColumns, [
        item.number,
        labels.kindName[item.kind],
        formatDateBe(item.issueDate),
        item.paidOn ? formatDateBe(item.paidOn) : '',
        formatEuro(signed(item)),
      ]);
    }
    await keepUp();
  }
  if (paidCount === 0) layout.row(paidColumns, [labels.noItems]);
  layout.rule();
  layout.total(labels.totalPaid, formatEuro(paid));
  layout.gap(8);
  layout.total(labels.balance(date), formatEuro(balance), { bold: true });
  layout.end();
  await written;
}
