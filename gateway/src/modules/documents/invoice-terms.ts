import { resolveVatTreatment, type InvoicedContractKind, type VatTreatment } from '../../core/vat-treatment';
import type { IngestionProblem } from '../../platform/errors';
import type { InvoiceRecord } from './invoice-record';

/**
 * What an invoice record of the core system (INT-1) implies beyond its own fields, the same for the
 * ingestion (DocumentUpstreamSync) and the bulk loader: how it is settled (issue #12 §1) and the VAT
 * treatment of each line (issue #12 §2), from the contract it belongs to.
 */
export interface InvoicedContract {
  kind: string;
  paymentMethod: string;
  sepaMandateReference?: string | null;
}

/**
 * An invoice of a direct-debit contract is collected on its due date under the contract's mandate,
 * so it asks for no transfer. A credit note is refunded or deducted, never collected.
 */
export function directDebitMandateOf(record: Pick<InvoiceRecord, 'kind'>, contract: InvoicedContract | null | undefined): string | null {
  if (record.kind !== 'INVOICE' || !contract || contract.paymentMethod !== 'SEPA_DIRECT_DEBIT') return null;
  return contract.sepaMandateReference ?? null;
}

export type LineTreatments = { ok: true; treatments: VatTreatment[] } | { ok: false; problems: IngestionProblem[] };

/** The VAT treatment of every line, or the problems naming `lines[i].<field>` of record `where`. */
export function lineTreatmentsOf(
  record: Pick<InvoiceRecord, 'lines'>,
  contract: InvoicedContract | null | undefined,
  where: { record: string; upstreamId?: string },
): LineTreatments {
  const kind = (contract?.kind ?? null) as InvoicedContractKind;
  const treatments: VatTreatment[] = [];
  const problems: IngestionProblem[] = [];
  record.lines.forEach((line, index) => {
    const result = resolveVatTreatment(line, kind);
    if (result.ok) treatments.push(result.treatment);
    else problems.push({ ...where, field: `lines[${index}].${result.field}`, message: result.message });
  });
  return problems.length ? { ok: false, problems } : { ok: true, treatments };
}
