import { isInputDate } from '../../platform/input-checks';
import { badInput, type FieldProblem } from '../../platform/errors';
import { DocumentKind, PaymentStatusFilter } from './document.enums';
import type { DocumentFilter } from './document.inputs';

/**
 * The GraphQL DocumentFilter read from a download URL's query string (DOC-4): the same fields, kinds
 * comma-separated (or repeated). Only the shape is checked here; DocumentService.filterFor checks the
 * dates and the range exactly as for GraphQL.
 */
export type QueryParameters = Record<string, unknown>;

const KINDS = new Set<string>(Object.values(DocumentKind));
const PAYMENT_STATUSES = new Set<string>(Object.values(PaymentStatusFilter));
const MAX_TEXT = 100;

export function documentFilterFromQuery(query: QueryParameters): DocumentFilter {
  const problems: FieldProblem[] = [];
  const text = (field: keyof DocumentFilter): string | null => {
    const value = query[field];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string') {
      problems.push({ field, code: 'PARAMETER_REPEATED', message: `Give ${field} once` });
      return null;
    }
    if (value.length > MAX_TEXT) {
      problems.push({ field, code: 'TOO_LONG', message: `At most ${MAX_TEXT} characters` });
      return null;
    }
    return value;
  };

  const filter: DocumentFilter = {
    issuedFrom: text('issuedFrom'),
    issuedTo: text('issuedTo'),
    search: text('search'),
    contractNumber: text('contractNumber'),
    batchNumber: text('batchNumber'),
  };

  const rawKinds = query.kinds;
  if (rawKinds !== undefined && rawKinds !== '') {
    const values = (Array.isArray(rawKinds) ? rawKinds : [rawKinds])
      .flatMap((value) => (typeof value === 'string' ? value.split(',') : ['?']))
      .map((value) => value.trim())
      .filter(Boolean);
    const unknown = values.filter((value) => !KINDS.has(value));
    if (unknown.length) problems.push({ field: 'kinds', code: 'KIND_INVALID', message: `Use ${[...KINDS].join(', ')}` });
    else filter.kinds = [...new Set(values)] as DocumentKind[];
  }

  const status = text('paymentStatus');
  if (status !== null) {
    if (PAYMENT_STATUSES.has(status)) filter.paymentStatus = status as PaymentStatusFilter;
    else problems.push({ field: 'paymentStatus', code: 'PAYMENT_STATUS_INVALID', message: `Use ${[...PAYMENT_STATUSES].join(' or ')}` });
  }

  if (problems.length) throw badInput('The filter is not valid', problems);
  return filter;
}

/** DOC-7: the period of an accountant pack, both ends required and included. */
export function periodFromQuery(query: QueryParameters): { from: string; to: string } {
  const problems: FieldProblem[] = [];
  const date = (field: 'from' | 'to'): string => {
    const value = query[field];
    if (typeof value !== 'string' || !isInputDate(value)) {
      problems.push({ field, code: 'DATE_INVALID', message: 'Use a date like 2026-01-31' });
      return '';
    }
    return value;
  };
  const from = date('from');
  const to = date('to');
  if (problems.length === 0 && from > to) {
    problems.push({ field: 'to', code: 'DATE_RANGE_INVALID', message: 'The end date is before the start date' });
  }
  if (problems.length) throw badInput('The period is not valid', problems);
  return { from, to };
}

/** DOC-8: the date of a statement; today when absent, never in the future. */
export function statementDateFromQuery(query: QueryParameters, today: string): string {
  const value = query.date;
  if (value === undefined || value === '') return today;
  if (typeof value !== 'string' || !isInputDate(value)) {
    throw badInput('The date is not valid', [{ field: 'date', code: 'DATE_INVALID', message: 'Use a date like 2026-01-31' }]);
  }
  if (value > today) {
    throw badInput('The date is in the future', [{ field: 'date', code: 'DATE_IN_FUTURE', message: 'Choose today or an earlier date' }]);
  }
  return value;
}
