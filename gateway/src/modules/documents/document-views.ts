import { sqlValue, type SqlRow } from '../../platform/db/sql-reader';
import type { DocumentLine } from './document-line.entity';
import type { Document } from './document.entity';

/**
 * Documents and their lines as the GraphQL read path needs them: plain objects read with
 * hand-written SQL (issue #8). Every field the Document and DocumentLine types publish is here.
 */
export type DocumentView = Pick<
  Document,
  | 'id'
  | 'kind'
  | 'number'
  | 'contractNumber'
  | 'batchNumber'
  | 'issueDate'
  | 'dueDate'
  | 'currency'
  | 'netCents'
  | 'vatCents'
  | 'totalCents'
  | 'paidOn'
  | 'structuredReference'
  | 'creditedDocumentNumber'
  | 'directDebitMandateReference'
>;

export type DocumentLineView = Pick<
  DocumentLine,
  'id' | 'position' | 'description' | 'quantity' | 'unitPriceCents' | 'vatRatePercent' | 'vatCategory' | 'netCents' | 'vatCents'
> & { documentId: string };

export { DOCUMENT_COLUMNS } from './document-sql';

export function documentViewOf(row: SqlRow): DocumentView {
  return {
    id: String(row.id),
    kind: row.kind as DocumentView['kind'],
    number: String(row.number),
    contractNumber: sqlValue.text(row.contract_number),
    batchNumber: sqlValue.text(row.batch_number),
    issueDate: String(row.issue_date),
    dueDate: sqlValue.text(row.due_date),
    currency: String(row.currency),
    netCents: sqlValue.integer(row.net_cents),
    vatCents: sqlValue.integer(row.vat_cents),
    totalCents: sqlValue.integer(row.total_cents),
    paidOn: sqlValue.text(row.paid_on),
    structuredReference: sqlValue.text(row.structured_reference),
    creditedDocumentNumber: sqlValue.text(row.credited_document_number),
    directDebitMandateReference: sqlValue.text(row.direct_debit_mandate_reference),
  };
}

export const LINE_COLUMNS =
  'l.id, l.document_id, l.position, l.description, l.quantity, l.unit_price_cents, l.vat_rate_percent, l.vat_category, l.net_cents, l.vat_cents';

export function documentLineViewOf(row: SqlRow): DocumentLineView {
  return {
    id: String(row.id),
    documentId: String(row.document_id),
    position: sqlValue.integer(row.position),
    description: String(row.description),
    quantity: String(row.quantity),
    unitPriceCents: sqlValue.integer(row.unit_price_cents),
    vatRatePercent: String(row.vat_rate_percent),
    vatCategory: String(row.vat_category) as DocumentLineView['vatCategory'],
    netCents: sqlValue.integer(row.net_cents),
    vatCents: sqlValue.integer(row.vat_cents),
  };
}
