import type { DocumentFilter } from '../../../gql/graphql';

// DOC-3…DOC-8: plain HTTP downloads beside /graphql, same origin and session cookie. The filter
// parameters carry the GraphQL DocumentFilter field names; kinds are comma-separated.

export type ExportFormat = 'csv' | 'xlsx' | 'zip';

export function filterQueryString(filter: DocumentFilter): string {
  const params = new URLSearchParams();
  const text = (name: keyof DocumentFilter, value: string | null | undefined) => {
    if (value) params.set(name, value);
  };
  text('issuedFrom', filter.issuedFrom);
  text('issuedTo', filter.issuedTo);
  text('search', filter.search);
  if (filter.kinds?.length) params.set('kinds', filter.kinds.join(','));
  text('contractNumber', filter.contractNumber);
  text('paymentStatus', filter.paymentStatus);
  text('batchNumber', filter.batchNumber);
  return params.toString();
}

export function exportUrl(format: ExportFormat, filter: DocumentFilter): string {
  const query = filterQueryString(filter);
  return `/documents/export.${format}${query ? `?${query}` : ''}`;
}

/** The API gives each document's PDF path; `?download=1` asks for it as an attachment. */
export function pdfDownloadUrl(pdfUrl: string): string {
  return `${pdfUrl}${pdfUrl.includes('?') ? '&' : '?'}download=1`;
}

export function batchZipUrl(batchNumber: string): string {
  return `/batches/${encodeURIComponent(batchNumber)}/zip`;
}

export function accountantPackUrl(from: string, to: string): string {
  return `/documents/accountant-pack.zip?${new URLSearchParams({ from, to }).toString()}`;
}

export function statementUrl(date: string): string {
  return `/statement.pdf?${new URLSearchParams({ date }).toString()}`;
}
