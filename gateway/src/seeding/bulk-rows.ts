import { randomUUID } from 'node:crypto';
import type { RequiredEntityData } from '@mikro-orm/core';
import { brusselsDateOf } from '../core/brussels-time';
import {
  Contract,
  ContractStatus,
  amortizationTableOf,
  assetFieldsOf,
  contractFieldsOf,
  installmentFieldsOf,
  rentsTotalOf,
  type Asset,
  type Installment,
} from '../modules/contracts';
import { customerFieldsOf, type Customer } from '../modules/customers';
import { DocumentKind, directDebitMandateOf, type Document, type DocumentLine, type InvoicedContract } from '../modules/documents';
import type { VatTreatment } from '../core/vat-treatment';
import type { ContractRecord, CustomerRecord, InvoiceRecord } from '../modules/integration';

/**
 * The rows the ingestion path (CustomerUpstreamSync, ContractUpstreamSync, DocumentUpstreamSync,
 * IngestionService) creates for a record it has never seen, as plain insert data for the bulk
 * loader. The record-to-column mappings are the ingestion's own (customerFieldsOf, contractFieldsOf…);
 * the equivalence test (bulk-loader.test.ts) proves both paths write the same rows. Every column is
 * given explicitly: a multi-row INSERT needs the same columns in every row. Like BaseEntity, each
 * row gets a random UUID, and `at` (the wall-clock time of the load) as creation and update time.
 */
export type Row<T extends object> = RequiredEntityData<T> & { id: string; createdAt: Date; updatedAt: Date };

export function customerRow(record: CustomerRecord, at: Date): Row<Customer> {
  return {
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    ...customerFieldsOf(record),
    secondFactorRequired: false,
    companyDataChangedAt: null,
  };
}

/**
 * A new contract: an ACTIVE one is activated now unless the core system says when (the ingestion's
 * `contract.activatedAt = record.activatedAt ?? now`); any other keeps the date it was sent with.
 */
export function contractRow(record: ContractRecord, customerId: string, customerLanguage: string, now: Date, at: Date): Row<Contract> {
  const activatedAt = record.activatedAt ? new Date(record.activatedAt) : record.status === ContractStatus.ACTIVE ? now : null;
  return {
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    ...contractFieldsOf(record, customerLanguage),
    customer: customerId,
    activatedAt,
  };
}

export function assetRows(record: ContractRecord, customerId: string, contractId: string, at: Date): Row<Asset>[] {
  return record.assets.map((asset) => ({
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    ...assetFieldsOf(asset),
    customer: customerId,
    contract: contractId,
  }));
}

export function installmentRows(record: ContractRecord, contractId: string, at: Date): Row<Installment>[] {
  return record.installments.map((installment) => ({
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    ...installmentFieldsOf(installment),
    contract: contractId,
  }));
}

/** The contract an invoice refers to, as far as its document row needs it. */
export interface ContractRef extends InvoicedContract {
  id: string;
  contractNumber: string;
}

export function invoiceRow(record: InvoiceRecord, customerId: string, contract: ContractRef | null, at: Date): Row<Document> {
  return {
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    upstreamId: record.upstreamId,
    customer: customerId,
    contract: contract?.id ?? null,
    kind: record.kind as DocumentKind,
    number: record.number,
    contractNumber: contract?.contractNumber ?? null,
    batchNumber: record.batchNumber ?? null,
    issueDate: record.issueDate,
    dueDate: record.dueDate ?? null,
    currency: 'EUR',
    netCents: record.netCents,
    vatCents: record.vatCents,
    totalCents: record.totalCents,
    paidOn: record.paidOn ?? null,
    structuredReference: record.structuredReference ?? null,
    creditedDocumentNumber: record.creditedDocumentNumber ?? null,
    directDebitMandateReference: directDebitMandateOf(record, contract),
  };
}

/** `treatments`: the VAT treatment of each line, from lineTreatmentsOf (checked before planning). */
export function lineRows(record: InvoiceRecord, documentId: string, treatments: readonly VatTreatment[], at: Date): Row<DocumentLine>[] {
  return record.lines.map((line, index) => ({
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    document: documentId,
    position: index + 1,
    description: line.description,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    vatRatePercent: line.vatRatePercent,
    netCents: line.netCents,
    vatCents: line.vatCents,
    vatCategory: (treatments[index] as VatTreatment).category,
    vatExemptionBasis: (treatments[index] as VatTreatment).exemptionBasis,
  }));
}

/**
 * DOC-1: the amortization table a newly activated contract issues (IngestionService +
 * DocumentUpstreamSync.recordAmortizationTables); null for a contract that is not activated by
 * this load or has no table (rentals). The figures come from the one amortization engine.
 */
export function amortizationTableRow(contract: Row<Contract>, at: Date): Row<Document> | null {
  if (contract.status !== ContractStatus.ACTIVE || !(contract.activatedAt instanceof Date)) return null;
  // amortizationTableOf reads the terms of a Contract; an unmanaged instance carries them.
  const table = amortizationTableOf(Object.assign(new Contract(), contract));
  if (!table) return null;
  const { netCents, vatCents } = rentsTotalOf(table);
  return {
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    upstreamId: `amortization-table:${contract.upstreamId}`,
    customer: contract.customer,
    contract: contract.id,
    kind: DocumentKind.AMORTIZATION_TABLE,
    number: `AT-${contract.contractNumber}`,
    contractNumber: contract.contractNumber,
    batchNumber: null,
    issueDate: brusselsDateOf(contract.activatedAt),
    dueDate: null,
    currency: 'EUR',
    netCents,
    vatCents,
    totalCents: netCents + vatCents,
    paidOn: null,
    structuredReference: null,
    creditedDocumentNumber: null,
    directDebitMandateReference: null,
  };
}
