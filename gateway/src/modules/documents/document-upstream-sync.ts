import type { EntityManager } from '@mikro-orm/core';
import type { VatTreatment } from '../../core/vat-treatment';
import { IngestionRejected, type IngestionProblem } from '../../platform/errors';
import type { Contract } from '../contracts';
import type { Customer } from '../customers';
import type { InvoiceRecord } from './invoice-record';
import { DocumentLine } from './document-line.entity';
import { Document } from './document.entity';
import { DocumentKind } from './document.enums';
import { directDebitMandateOf, lineTreatmentsOf } from './invoice-terms';

export interface AmortizationTableIssue {
  contract: Contract;
  issueDate: string;
  netCents: number;
  vatCents: number;
}

/** Upserts invoices and credit notes (INT-1) and records issued amortization tables, inside the caller's transaction. */
export class DocumentUpstreamSync {
  constructor(private readonly em: EntityManager) {}

  async upsertInvoices(
    records: readonly InvoiceRecord[],
    customers: Map<string, Customer>,
    contracts: Map<string, Contract>,
  ): Promise<{ created: Document[]; updated: number }> {
    const existing = await this.findByUpstreamIds(records.map((r) => r.upstreamId));
    const numberHolders = records.length ? await this.em.find(Document, { number: { $in: records.map((r) => r.number) } }) : [];
    const problems: IngestionProblem[] = [];
    const lineVat: VatTreatment[][] = [];
    records.forEach((record, index) => {
      const where = { record: `invoices[${index}]`, upstreamId: record.upstreamId };
      const customer = customers.get(record.customerUpstreamId);
      if (!customer) problems.push({ ...where, field: 'customerUpstreamId', message: 'names no known customer' });
      if (record.contractUpstreamId) {
        const contract = contracts.get(record.contractUpstreamId);
        if (!contract) problems.push({ ...where, field: 'contractUpstreamId', message: 'names no known contract' });
        else if (customer && contract.customer.id !== customer.id) {
          problems.push({ ...where, field: 'contractUpstreamId', message: 'names a contract of another customer' });
        }
      }
      const document = existing.get(record.upstreamId);
      if (document && customer && document.customer.id !== customer.id) {
        problems.push({ ...where, field: 'customerUpstreamId', message: 'differs from the customer the invoice belongs to' });
      }
      const vat = lineTreatmentsOf(record, record.contractUpstreamId ? contracts.get(record.contractUpstreamId) : null, where);
      if (vat.ok) lineVat[index] = vat.treatments;
      else problems.push(...vat.problems);
      const holder = numberHolders.find((d) => d.number === record.number);
      if (holder && holder.upstreamId !== record.upstreamId) {
        problems.push({ ...where, field: 'number', message: 'is already used by another document' });
      }
    });
    if (problems.length) throw new IngestionRejected(problems);

    const updatedIds = records.map((r) => existing.get(r.upstreamId)?.id).filter((id): id is string => Boolean(id));
    if (updatedIds.length) await this.em.nativeDelete(DocumentLine, { document: { $in: updatedIds } });

    const created: Document[] = [];
    let updated = 0;
    for (const [recordIndex, record] of records.entries()) {
      const contract = record.contractUpstreamId ? contracts.get(record.contractUpstreamId) : undefined;
      const data = {
        upstreamId: record.upstreamId,
        customer: customers.get(record.customerUpstreamId) as Customer,
        contract: contract ?? null,
        kind: record.kind as DocumentKind,
        number: record.number,
        contractNumber: contract?.contractNumber ?? null,
        batchNumber: record.batchNumber ?? null,
        issueDate: record.issueDate,
        dueDate: record.dueDate ?? null,
        netCents: record.netCents,
        vatCents: record.vatCents,
        totalCents: record.totalCents,
        paidOn: record.paidOn ?? null,
        structuredReference: record.structuredReference ?? null,
        creditedDocumentNumber: record.creditedDocumentNumber ?? null,
        directDebitMandateReference: directDebitMandateOf(record, contract),
      };
      let document = existing.get(record.upstreamId);
      if (document) {
        this.em.assign(document, data);
        updated += 1;
      } else {
        document = this.em.create(Document, data);
        created.push(document);
      }
      const treatments = lineVat[recordIndex] as VatTreatment[];
      record.lines.forEach((line, index) => {
        const treatment = treatments[index] as VatTreatment;
        this.em.create(DocumentLine, {
          document: document,
          position: index + 1,
          ...line,
          vatCategory: treatment.category,
          vatExemptionBasis: treatment.exemptionBasis,
        });
      });
    }
    return { created, updated };
  }

  /** The amortization table of an activated contract becomes a document of the customer (DOC-1). */
  async recordAmortizationTables(issues: readonly AmortizationTableIssue[]): Promise<void> {
    const upstreamIds = issues.map((issue) => `amortization-table:${issue.contract.upstreamId}`);
    const existing = await this.findByUpstreamIds(upstreamIds);
    for (const issue of issues) {
      const upstreamId = `amortization-table:${issue.contract.upstreamId}`;
      const data = {
        upstreamId,
        customer: issue.contract.customer,
        contract: issue.contract,
        kind: DocumentKind.AMORTIZATION_TABLE,
        number: `AT-${issue.contract.contractNumber}`,
        contractNumber: issue.contract.contractNumber,
        batchNumber: null,
        issueDate: issue.issueDate,
        dueDate: null,
        netCents: issue.netCents,
        vatCents: issue.vatCents,
        totalCents: issue.netCents + issue.vatCents,
        paidOn: null,
        structuredReference: null,
      };
      const document = existing.get(upstreamId);
      if (document) this.em.assign(document, data);
      else this.em.create(Document, data);
    }
  }

  private async findByUpstreamIds(upstreamIds: readonly string[]): Promise<Map<string, Document>> {
    if (upstreamIds.length === 0) return new Map();
    const found = await this.em.find(Document, { upstreamId: { $in: [...upstreamIds] } });
    return new Map(found.map((d) => [d.upstreamId, d]));
  }
}
