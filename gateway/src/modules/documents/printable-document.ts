import type { EntityManager } from '@mikro-orm/core';
import type { VatCategory, VatExemptionBasis } from '../../core/vat-treatment';
import { ContractService, amortizationTableOf, type AmortizationTable } from '../contracts';
import { CustomerService, type Customer } from '../customers';
import { documentLanguageOf, type DocumentLanguage } from './document-labels';
import type { DocumentLine } from './document-line.entity';
import { DomainError } from '../../platform/errors';
import { Document } from './document.entity';
import { DocumentKind } from './document.enums';
import { DocumentService } from './document.service';
import type { PostalAddress } from './seller-identity';

/**
 * Everything a rendering (PDF, print view, UBL) needs about one document, loaded once and detached
 * from the ORM so a renderer is a pure function of it.
 */
export interface Buyer {
  name: string;
  customerNumber: string;
  enterpriseNumber: string;
  vatNumber: string | null;
  /** The billing address when the customer has one, else its registered office. */
  address: PostalAddress;
  language: DocumentLanguage;
  /** The account a direct debit is collected from (COM-1: printed masked only). */
  iban: string | null;
}

export interface PrintableLine {
  position: number;
  description: string;
  quantity: string;
  unitPriceCents: number;
  vatRatePercent: string;
  vatCategory: VatCategory;
  vatExemptionBasis: VatExemptionBasis | null;
  netCents: number;
  vatCents: number;
}

/** Issue #12 §1: an invoice collected by SEPA direct debit on its due date. */
export interface DirectDebitCollection {
  mandateReference: string;
  /** The customer's account the mandate debits (electronic IBAN); null when the core system sent none. */
  debtorIban: string | null;
}

interface PrintableBase {
  id: string;
  number: string;
  issueDate: string;
  contractNumber: string | null;
  buyer: Buyer;
}

export interface PrintableInvoice extends PrintableBase {
  kind: DocumentKind.INVOICE | DocumentKind.CREDIT_NOTE;
  dueDate: string | null;
  batchNumber: string | null;
  paidOn: string | null;
  /** 12 digits (formatted on output). */
  structuredReference: string | null;
  creditedDocumentNumber: string | null;
  /** Null when the invoice is paid by transfer (and for credit notes). */
  directDebit: DirectDebitCollection | null;
  netCents: number;
  vatCents: number;
  totalCents: number;
  lines: PrintableLine[];
}

export interface PrintableAmortizationTable extends PrintableBase {
  kind: DocumentKind.AMORTIZATION_TABLE;
  contract: {
    contractNumber: string;
    objectSummary: string;
    startDate: string;
    endDate: string;
    financedAmountCents: number;
    residualValueCents: number;
    annualRatePercent: string;
    numberOfInstallments: number;
  };
  table: AmortizationTable;
}

export type PrintableDocument = PrintableInvoice | PrintableAmortizationTable;

export function buyerOf(customer: Customer): Buyer {
  const billing =
    customer.billingStreet && customer.billingPostalCode && customer.billingCity
      ? {
          street: customer.billingStreet,
          postalCode: customer.billingPostalCode,
          city: customer.billingCity,
          country: customer.billingCountry ?? customer.registeredCountry,
        }
      : null;
  return {
    name: customer.legalForm ? `${customer.name} ${customer.legalForm}` : customer.name,
    customerNumber: customer.customerNumber,
    enterpriseNumber: customer.enterpriseNumber,
    vatNumber: customer.vatNumber ?? null,
    address: billing ?? {
      street: customer.registeredStreet,
      postalCode: customer.registeredPostalCode,
      city: customer.registeredCity,
      country: customer.registeredCountry,
    },
    language: documentLanguageOf(customer.language),
    iban: customer.iban ?? null,
  };
}

/** Loads printable documents of one customer: one document, or a chunk of them with one query for their lines. */
/** What an amortization table's heading says of its contract (PDF and print view). */
function contractSummaryOf(contract: PrintableAmortizationTable['contract']): PrintableAmortizationTable['contract'] {
  return {
    contractNumber: contract.contractNumber,
    objectSummary: contract.objectSummary,
    startDate: contract.startDate,
    endDate: contract.endDate,
    financedAmountCents: contract.financedAmountCents,
    residualValueCents: contract.residualValueCents,
    annualRatePercent: contract.annualRatePercent,
    numberOfInstallments: contract.numberOfInstallments,
  };
}

export class PrintableDocuments {
  private buyer: Buyer | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly customerId: string,
  ) {}

  async customer(): Promise<Buyer> {
    this.buyer ??= buyerOf(await new CustomerService(this.em).getCustomer(this.customerId));
    return this.buyer;
  }

  /** NOT_FOUND for an unknown id and for another customer's id alike. */
  async byId(id: string): Promise<PrintableDocument> {
    const document = await new DocumentService(this.em).getDocument(this.customerId, id);
    const [printable] = await this.ofChunk([document]);
    return printable as PrintableDocument;
  }

  /**
   * Issue #19 §6 (CON-4): the amortization table of one of the customer's contracts, by its number, as
   * the contract's screen shows it. It carries the number and date of the contract's latest
   * amortization-table document when the core system sent one, else the contract number and today.
   * NOT_FOUND for another customer's contract and for a rental, which has no table.
   */
  async amortizationTableOfContract(contractNumber: string, today: string): Promise<PrintableAmortizationTable> {
    const contract = await new ContractService(this.em).findContractView(this.customerId, { contractNumber });
    const table = amortizationTableOf(contract);
    if (!table) throw new DomainError('NOT_FOUND', 'A rental has no amortization table');
    const [document] = await this.em.find(
      Document,
      { customer: this.customerId, contractNumber: contract.contractNumber, kind: DocumentKind.AMORTIZATION_TABLE },
      { orderBy: [{ issueDate: 'desc' }, { id: 'desc' }], limit: 1, fields: ['id', 'number', 'issueDate'] },
    );
    return {
      id: document?.id ?? contract.id,
      kind: DocumentKind.AMORTIZATION_TABLE,
      number: document?.number ?? contract.contractNumber,
      issueDate: document?.issueDate ?? today,
      contractNumber: contract.contractNumber,
      buyer: await this.customer(),
      contract: contractSummaryOf(contract),
      table,
    };
  }

  /**
   * The documents must belong to this customer (they come from a customer-scoped query). Lines are
   * read through a fork of their own, so a long export does not pile them up in the request's identity map.
   */
  async ofChunk(documents: readonly Document[]): Promise<PrintableDocument[]> {
    const buyer = await this.customer();
    const em = this.em.fork();
    const invoiceIds = documents.filter((d) => d.kind !== DocumentKind.AMORTIZATION_TABLE).map((d) => d.id);
    const lines = invoiceIds.length ? await new DocumentService(em).linesByDocument(invoiceIds) : new Map<string, DocumentLine[]>();
    const printable: PrintableDocument[] = [];
    for (const document of documents) {
      if (document.kind === DocumentKind.AMORTIZATION_TABLE) {
        printable.push(await this.amortizationTable(em, document, buyer));
      } else {
        printable.push({
          id: document.id,
          kind: document.kind,
          number: document.number,
          issueDate: document.issueDate,
          dueDate: document.dueDate ?? null,
          contractNumber: document.contractNumber ?? null,
          batchNumber: document.batchNumber ?? null,
          paidOn: document.paidOn ?? null,
          structuredReference: document.structuredReference ?? null,
          creditedDocumentNumber: document.creditedDocumentNumber ?? null,
          directDebit: document.directDebitMandateReference
            ? { mandateReference: document.directDebitMandateReference, debtorIban: buyer.iban }
            : null,
          netCents: document.netCents,
          vatCents: document.vatCents,
          totalCents: document.totalCents,
          buyer,
          lines: (lines.get(document.id) ?? []).map((line) => ({
            position: line.position,
            description: line.description,
            quantity: line.quantity,
            unitPriceCents: line.unitPriceCents,
            vatRatePercent: line.vatRatePercent,
            vatCategory: line.vatCategory,
            vatExemptionBasis: line.vatExemptionBasis ?? null,
            netCents: line.netCents,
            vatCents: line.vatCents,
          })),
        });
      }
    }
    return printable;
  }

  /** CON-4: the table is computed from the contract, as the contracts tab shows it. */
  private async amortizationTable(em: EntityManager, document: Document, buyer: Buyer): Promise<PrintableAmortizationTable> {
    const contractId = document.contract?.id;
    const contract = contractId ? await new ContractService(em).getContract(this.customerId, contractId) : null;
    const table = contract ? amortizationTableOf(contract) : null;
    if (!contract || !table) throw new Error(`Amortization table ${document.number} has no leasing or credit-line contract`);
    return {
      id: document.id,
      kind: DocumentKind.AMORTIZATION_TABLE,
      number: document.number,
      issueDate: document.issueDate,
      contractNumber: contract.contractNumber,
      buyer,
      contract: contractSummaryOf(contract),
      table,
    };
  }
}

export interface VatSubtotal {
  ratePercent: string;
  category: VatCategory;
  exemptionBasis: VatExemptionBasis | null;
  taxableCents: number;
  vatCents: number;
}

/**
 * VAT per category and rate, and per exemption basis (EN 16931 BG-23: one breakdown per category and
 * rate; an exempt one states its reason, so two bases make two), from the lines (the ingestion
 * guarantees they add up to the document totals). Highest rate first, then S, Z, E.
 */
export function vatBreakdown(lines: readonly PrintableLine[]): VatSubtotal[] {
  const byKey = new Map<string, VatSubtotal>();
  for (const line of lines) {
    const key = `${line.vatCategory}|${Number(line.vatRatePercent)}|${line.vatExemptionBasis ?? ''}`;
    const subtotal = byKey.get(key) ?? {
      ratePercent: line.vatRatePercent,
      category: line.vatCategory,
      exemptionBasis: line.vatExemptionBasis,
      taxableCents: 0,
      vatCents: 0,
    };
    subtotal.taxableCents += line.netCents;
    subtotal.vatCents += line.vatCents;
    byKey.set(key, subtotal);
  }
  const order: Record<VatCategory, number> = { S: 0, Z: 1, E: 2 };
  return [...byKey.values()].sort(
    (a, b) =>
      Number(b.ratePercent) - Number(a.ratePercent) ||
      order[a.category] - order[b.category] ||
      (a.exemptionBasis ?? '').localeCompare(b.exemptionBasis ?? ''),
  );
}
