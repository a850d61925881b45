// Issue #19 §6 (CON-4): one contract's amortization table as the gateway serves it beside /graphql,
// same origin and session cookie (docs/partners.md). The CSV is the one for people; partners add ?format=data.

export type AmortizationDownload = 'pdf' | 'print' | 'xlsx' | 'csv';

export function amortizationDownloadUrl(contractNumber: string, kind: AmortizationDownload): string {
  const base = `/contracts/${encodeURIComponent(contractNumber)}/amortization`;
  return kind === 'print' ? `${base}/print` : `${base}.${kind}`;
}
