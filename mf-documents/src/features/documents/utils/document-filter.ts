import type { DocumentFilter, DocumentKind, PaymentStatusFilter } from '../../../gql/graphql';

export const documentKinds: readonly DocumentKind[] = ['INVOICE', 'CREDIT_NOTE', 'AMORTIZATION_TABLE'];
export const paymentStatusFilters: readonly PaymentStatusFilter[] = ['PAID', 'UNPAID'];

/** The filter as it lives in the page's address (shareable, survives a reload). */
export interface DocumentFilterState {
  from: string;
  to: string;
  search: string;
  kind: DocumentKind | null;
  contract: string;
  paid: PaymentStatusFilter | null;
  batch: string;
}

export function filterStateFrom(params: URLSearchParams): DocumentFilterState {
  return {
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    search: params.get('q') ?? '',
    kind: documentKinds.find((k) => k === params.get('kind')) ?? null,
    contract: params.get('contract') ?? '',
    paid: paymentStatusFilters.find((p) => p === params.get('paid')) ?? null,
    batch: params.get('batch') ?? '',
  };
}

/**
 * The GraphQL DocumentFilter: only what the user set. Without a start date the gateway applies its
 * default (the last 12 months, DOC-1), for the list and for the exports alike.
 */
export function toDocumentFilter(state: DocumentFilterState): DocumentFilter {
  return {
    ...(state.from ? { issuedFrom: state.from } : {}),
    ...(state.to ? { issuedTo: state.to } : {}),
    ...(state.search ? { search: state.search } : {}),
    ...(state.kind ? { kinds: [state.kind] } : {}),
    ...(state.contract ? { contractNumber: state.contract } : {}),
    ...(state.paid ? { paymentStatus: state.paid } : {}),
    ...(state.batch ? { batchNumber: state.batch } : {}),
  };
}

export function isFiltered(state: DocumentFilterState): boolean {
  return Boolean(state.from || state.to || state.search || state.kind || state.contract || state.paid || state.batch);
}
