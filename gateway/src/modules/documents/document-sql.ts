import { addMonthsIso } from '../../core/iso-date';
import { likePattern } from '../../platform/db/like-pattern';
import { badInput, type FieldProblem } from '../../platform/errors';
import { isInputDate } from '../../platform/input-checks';

/**
 * The SQL text of the documents read path (issue #8), as pure functions (no entity, no GraphQL, no
 * ORM): the service runs these statements, and the bench floor (bench/floor/floor-server.mjs) imports
 * them from the build so that it runs exactly the gateway's statements (issue #17 §1).
 */

export const DOCUMENT_COLUMNS =
  'd.id, d.kind, d.number, d.contract_number, d.batch_number, d.issue_date, d.due_date, d.currency, d.net_cents, ' +
  'd.vat_cents, d.total_cents, d.paid_on, d.structured_reference, d.credited_document_number, d.direct_debit_mandate_reference';

/** The GraphQL DocumentFilter, structurally (enum values are their names): this file imports no GraphQL type. */
export interface DocumentsSqlFilter {
  issuedFrom?: string | null;
  issuedTo?: string | null;
  search?: string | null;
  kinds?: readonly string[] | null;
  contractNumber?: string | null;
  paymentStatus?: string | null;
  batchNumber?: string | null;
}

/** One page of documents, newest first: `conditions` are the filter's, then the keyset condition if any. */
export function documentsPageSql(conditions: readonly string[]): string {
  return `select ${DOCUMENT_COLUMNS} from document d where ${conditions.join(' and ')} order by d.issue_date desc, d.id desc limit ?`;
}

/** The totalCount of a documents list: the filter's conditions, without the keyset condition. */
export function documentsCountSql(conditions: readonly string[]): string {
  return `select count(*) as n from document d where ${conditions.join(' and ')}`;
}

/** The documents filter as SQL (the same as DocumentService.filterFor): the customer first. BAD_USER_INPUT on bad dates. */
export function documentsWhereSql(
  customerId: string,
  today: string,
  filter: DocumentsSqlFilter,
  dialect: 'sqlite' | 'postgresql',
): { conditions: string[]; params: unknown[] } {
  checkDocumentDateRange(filter);
  const conditions = ['d.customer_id = ?', 'd.issue_date >= ?'];
  const params: unknown[] = [customerId, filter.issuedFrom ?? addMonthsIso(today, -12)];
  const add = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (filter.issuedTo) add('d.issue_date <= ?', filter.issuedTo);
  if (filter.kinds?.length) add(`d.kind in (${filter.kinds.map(() => '?').join(', ')})`, ...filter.kinds);
  if (filter.contractNumber?.trim()) add('d.contract_number = ?', filter.contractNumber.trim());
  if (filter.batchNumber?.trim()) add('d.batch_number = ?', filter.batchNumber.trim());
  // PaymentStatusFilter.PAID / UNPAID; DocumentKind.INVOICE / CREDIT_NOTE
  if (filter.paymentStatus === 'PAID') add('d.paid_on is not null');
  if (filter.paymentStatus === 'UNPAID') add('d.paid_on is null and d.kind in (?, ?)', 'INVOICE', 'CREDIT_NOTE');
  const search = filter.search?.trim();
  if (search) {
    const like = dialect === 'postgresql' ? 'ilike' : 'like';
    add(`(d.number ${like} ? or d.contract_number ${like} ?)`, likePattern(search), likePattern(search));
  }
  return { conditions, params };
}

/** BAD_USER_INPUT naming the fields when the dates of a filter are not valid (DOC-2). */
export function checkDocumentDateRange(filter: Pick<DocumentsSqlFilter, 'issuedFrom' | 'issuedTo'>): void {
  const problems: FieldProblem[] = [];
  for (const field of ['issuedFrom', 'issuedTo'] as const) {
    const value = filter[field];
    if (value != null && !isInputDate(value)) {
      problems.push({ field, code: 'DATE_INVALID', message: 'Use a date like 2026-01-31' });
    }
  }
  if (problems.length === 0 && filter.issuedFrom && filter.issuedTo && filter.issuedFrom > filter.issuedTo) {
    problems.push({ field: 'issuedTo', code: 'DATE_RANGE_INVALID', message: 'The end date is before the start date' });
  }
  if (problems.length > 0) throw badInput('The date range is not valid', problems);
}
