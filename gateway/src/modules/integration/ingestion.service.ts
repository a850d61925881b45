import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import { brusselsDateOf } from '../../core/brussels-time';
import { enqueueOutboxEvents, type OutboxEvent } from '../../platform/outbox/outbox.service';
import { ContractUpstreamSync, amortizationTableOf, rentsTotalOf } from '../contracts';
import { CustomerUpstreamSync } from '../customers';
import { DocumentKind, DocumentUpstreamSync } from '../documents';
import { parseIngestionBatch, type IngestionBatch } from './ingestion.schema';

export interface IngestionSummary {
  customers: { created: number; updated: number };
  contracts: { created: number; updated: number; activated: number };
  invoices: { created: number; updated: number };
  events: number;
}

/**
 * INT-1: takes a batch from the core leasing system, all or nothing. Records are matched by their
 * upstream ids, so sending the same batch twice changes nothing and emits no second event.
 */
export class IngestionService {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
  ) {}

  async ingest(input: unknown): Promise<IngestionSummary> {
    const batch = parseIngestionBatch(input);
    const now = this.clock.now();
    return this.orm.em.fork().transactional((em) => this.apply(em, batch, now));
  }

  private async apply(em: EntityManager, batch: IngestionBatch, now: Date): Promise<IngestionSummary> {
    const customerSync = new CustomerUpstreamSync(em);
    const customers = await customerSync.upsert(batch.customers);
    const referencedCustomers = [...batch.contracts, ...batch.invoices]
      .map((r) => r.customerUpstreamId)
      .filter((id) => !customers.byUpstreamId.has(id));
    for (const [id, customer] of await customerSync.findByUpstreamIds(referencedCustomers)) customers.byUpstreamId.set(id, customer);

    const contractSync = new ContractUpstreamSync(em);
    const contracts = await contractSync.upsert(batch.contracts, customers.byUpstreamId, now);
    const referencedContracts = batch.invoices
      .map((r) => r.contractUpstreamId)
      .filter((id): id is string => Boolean(id) && !contracts.byUpstreamId.has(id as string));
    for (const [id, contract] of await contractSync.findByUpstreamIds(referencedContracts)) contracts.byUpstreamId.set(id, contract);

    const documentSync = new DocumentUpstreamSync(em);
    const invoices = await documentSync.upsertInvoices(batch.invoices, customers.byUpstreamId, contracts.byUpstreamId);
    await documentSync.recordAmortizationTables(
      contracts.activated.flatMap((contract) => {
        const table = amortizationTableOf(contract);
        if (!table) return [];
        const issueDate = brusselsDateOf(contract.activatedAt ?? now);
        return [{ contract, issueDate, ...rentsTotalOf(table) }];
      }),
    );

    await em.flush();
    const events: OutboxEvent[] = [
      ...contracts.activated.map((contract) => ({
        topic: 'contract.activated' as const,
        deduplicationKey: `contract.activated:${contract.id}`,
        payload: { contractId: contract.id, contractNumber: contract.contractNumber, customerId: contract.customer.id },
      })),
      ...invoices.created
        .filter((d) => d.kind === DocumentKind.INVOICE || d.kind === DocumentKind.CREDIT_NOTE)
        .map((document) => ({
          topic: 'invoice.issued' as const,
          deduplicationKey: `invoice.issued:${document.id}`,
          payload: { documentId: document.id, number: document.number, kind: document.kind, customerId: document.customer.id },
        })),
    ];
    enqueueOutboxEvents(em, events, now);
    return {
      customers: { created: customers.created, updated: customers.updated },
      contracts: { created: contracts.created, updated: contracts.updated, activated: contracts.activated.length },
      invoices: { created: invoices.created.length, updated: invoices.updated },
      events: events.length,
    };
  }
}
