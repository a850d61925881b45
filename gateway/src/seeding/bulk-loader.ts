import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import type { Clock } from '../platform/clock';
import { randomLoginId } from '../platform/auth/secrets';
import { IngestionRejected, type IngestionProblem } from '../platform/errors';
import { Asset, Contract, Installment } from '../modules/contracts';
import { Customer } from '../modules/customers';
import { Document, DocumentLine, lineTreatmentsOf } from '../modules/documents';
import { CustomerLogin } from '../modules/identity';
import {
  amortizationTableRow,
  assetRows,
  contractRow,
  customerRow,
  installmentRows,
  invoiceRow,
  lineRows,
  type ContractRef,
  type Row,
} from './bulk-rows';
import { parseIngestionBatch, type CustomerRecord, type IngestionBatch } from '../modules/integration';
import { bulkSqlWriter, type BulkSqlWriter } from './bulk-sql-writer';
import { administratorLoginRow, type ScaleLogin } from './scale-logins';

export interface BulkLoadOptions {
  /** Batches committed in one transaction (default 100); the scale set has one customer per batch. */
  batchesPerTransaction?: number;
  /** Batches whose rows are held in memory and inserted together (default 25); bounds the memory of a load. */
  batchesInMemory?: number;
  /** Upper bound of rows in one INSERT statement (fewer for wide tables, to stay under the bind-parameter limits). */
  rowsPerStatement?: number;
  /** BENCH/DEMO ONLY: gives every loaded customer one ACTIVE administrator login with this argon2id hash. */
  administratorPasswordHash?: string;
  /** Called after each committed transaction with the totals committed so far. */
  onProgress?: (progress: BulkLoadSummary) => void;
}

export interface BulkLoadSummary {
  batches: number;
  customers: number;
  contracts: number;
  assets: number;
  installments: number;
  /** Invoices and credit notes. */
  invoices: number;
  lines: number;
  amortizationTables: number;
  /** The administrator logins created, in the order of the customers (only with `administratorPasswordHash`). */
  logins: ScaleLogin[];
}

/** The bulk loader does not upsert: it stops before writing anything over data that is already there. */
export class BulkLoadRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkLoadRefused';
  }
}

/** A batch of the load that fails validation: the batches before it are loaded, nothing of it or after it is. */
export class BulkBatchRejected extends IngestionRejected {
  constructor(
    readonly batchIndex: number,
    problems: IngestionProblem[],
  ) {
    super(problems);
    this.name = 'BulkBatchRejected';
    const what = this.message.replace(/^Batch rejected, nothing was changed: /, '');
    const loaded =
      batchIndex === 0 ? '' : batchIndex === 1 ? ' (the batch before it is loaded)' : ` (the ${batchIndex} batches before it are loaded)`;
    this.message = `Batch ${batchIndex + 1} of the load rejected, nothing of it was written${loaded}: ${what}`;
  }
}

interface KnownContract extends ContractRef {
  customerUpstreamId: string;
}

/** Rows of a group of batches, in foreign-key order. */
class GroupRows {
  readonly customers: Row<Customer>[] = [];
  readonly logins: Row<CustomerLogin>[] = [];
  readonly contracts: Row<Contract>[] = [];
  readonly assets: Row<Asset>[] = [];
  readonly installments: Row<Installment>[] = [];
  readonly documents: Row<Document>[] = [];
  readonly lines: Row<DocumentLine>[] = [];
  batches = 0;
  invoices = 0;
  amortizationTables = 0;

  /** What the group adds to the summary once its transaction is committed. */
  counts(): BulkLoadSummary {
    return {
      batches: this.batches,
      customers: this.customers.length,
      contracts: this.contracts.length,
      assets: this.assets.length,
      installments: this.installments.length,
      invoices: this.invoices,
      lines: this.lines.length,
      amortizationTables: this.amortizationTables,
      logins: this.logins.map((login, i) => ({
        customerNumber: this.customers[i]?.customerNumber as string,
        loginId: login.loginId as string,
      })),
    };
  }
}

/**
 * Loads a brand-new data set (INT-3 scale seed, issue #8) with multi-row INSERTs, many batches per
 * transaction, instead of the unit of work of the ingestion. It takes the same batches and still
 * validates each with parseIngestionBatch, and writes the rows the ingestion (IngestionService)
 * would write into a database without them: customers, contracts with activation date, assets,
 * installments, invoices with their lines, amortization tables of activated contracts.
 *
 * What it does not do, on purpose:
 * - Upserts. It refuses customers whose upstream id or customer number is already in the database
 *   (or earlier in the same load); other duplicates stop the load at the unique constraint.
 * - Outbox events. A loaded set is history, not news: 1.2 million "invoice.issued" e-mails or
 *   20 000 "contract.activated" provisionings would be wrong for a seed, so none are written.
 *   Customers get their logins from `administratorPasswordHash` (bench) instead of ACC-2.
 */
export class BulkLoader {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
  ) {}

  async load(batches: Iterable<unknown> | AsyncIterable<unknown>, options: BulkLoadOptions = {}): Promise<BulkLoadSummary> {
    const run = new LoadRun(bulkSqlWriter(this.orm, options.rowsPerStatement ?? 500), this.clock.now(), options);
    let pending: { index: number; batch: IngestionBatch }[] = [];
    let index = 0;
    try {
      for await (const input of batches) {
        let batch: IngestionBatch;
        try {
          batch = parseIngestionBatch(input);
        } catch (error) {
          if (!(error instanceof IngestionRejected)) throw error;
          await run.write(pending);
          await run.finish();
          throw new BulkBatchRejected(index, error.problems);
        }
        pending.push({ index, batch });
        index += 1;
        if (pending.length >= (options.batchesInMemory ?? 25)) {
          await run.write(pending);
          pending = [];
        }
        // Lets the statements in flight go on while the next batches are made and checked.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await run.write(pending);
      await run.finish();
    } finally {
      await run.abandon();
    }
    return run.summary;
  }
}

class LoadRun {
  readonly summary: BulkLoadSummary = {
    batches: 0,
    customers: 0,
    contracts: 0,
    assets: 0,
    installments: 0,
    invoices: 0,
    lines: 0,
    amortizationTables: 0,
    logins: [],
  };
  /** Customers and contracts of this load (and those looked up in the database), by upstream id. */
  private readonly customers = new Map<string, string>();
  /** Their languages of correspondence: a rule sent as one text is in it (#18 item 9). */
  private readonly customerLanguages = new Map<string, string>();
  private readonly customerNumbers = new Set<string>();
  private readonly contracts = new Map<string, KnownContract>();
  private readonly loginIds = new Set<string>();
  /** The inserts of the previous group, running while the next one is checked and planned (PostgreSQL works meanwhile). */
  private inflight: Promise<void> = Promise.resolve();
  /** Groups inserted into the open transaction and not yet committed. */
  private uncommitted: BulkLoadSummary[] = [];
  private transactionStart = 0;

  constructor(
    private readonly writer: BulkSqlWriter,
    private readonly now: Date,
    private readonly options: BulkLoadOptions,
  ) {}

  /**
   * Checks and plans a group of batches and queues their inserts behind the previous group's; a
   * batch that cannot be taken stops the load after the ones before it, which are committed.
   */
  async write(pending: readonly { index: number; batch: IngestionBatch }[]): Promise<void> {
    if (pending.length === 0) return;
    const batches = pending.map((p) => p.batch);
    const inDatabase = await this.customersInDatabase(batches);
    await this.lookUpReferences(batches);
    const rows = new GroupRows();
    const at = new Date();
    let failure: Error | undefined;
    for (const { index, batch } of pending) {
      failure = this.refusal(batch, inDatabase) ?? this.problemsOf(batch, index);
      if (failure) break;
      this.plan(batch, rows, at);
    }
    if (rows.batches > 0 && this.options.administratorPasswordHash) await this.addLogins(rows, this.options.administratorPasswordHash);
    await this.inflight;
    if (rows.batches > 0) {
      this.inflight = this.insert(rows, pending[0]?.index ?? 0);
      this.inflight.catch(() => undefined); // awaited by the next write or by finish()
    }
    if (failure) {
      await this.finish();
      throw failure;
    }
  }

  /** Waits for the inserts in flight and commits what is not committed yet. */
  async finish(): Promise<void> {
    await this.inflight;
    if (this.uncommitted.length > 0) await this.commit();
  }

  /** After a failure: rolls back a transaction left open. */
  async abandon(): Promise<void> {
    await this.inflight.catch(() => undefined);
    if (this.uncommitted.length === 0) return;
    this.uncommitted = [];
    await this.writer.rollback();
  }

  private async insert(rows: GroupRows, firstIndex: number): Promise<void> {
    if (this.uncommitted.length === 0) {
      await this.writer.begin();
      this.transactionStart = firstIndex;
    }
    this.uncommitted.push(rows.counts());
    try {
      await this.writer.insert(Customer, rows.customers);
      await this.writer.insert(CustomerLogin, rows.logins);
      await this.writer.insert(Contract, rows.contracts);
      await this.writer.insert(Asset, rows.assets);
      await this.writer.insert(Installment, rows.installments);
      await this.writer.insert(Document, rows.documents);
      await this.writer.insert(DocumentLine, rows.lines);
    } catch (error) {
      const batches = this.uncommitted.reduce((sum, group) => sum + group.batches, 0);
      this.uncommitted = [];
      await this.writer.rollback();
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      throw new BulkLoadRefused(
        `Batches ${this.transactionStart + 1}–${this.transactionStart + batches} hold a record whose unique key is already taken ` +
          `(${error.message.split('\n')[0]?.slice(0, 300)}); nothing of them was written. ` +
          'The bulk loader only loads brand-new data sets: start from an empty database.',
      );
    }
    if (this.uncommitted.reduce((sum, group) => sum + group.batches, 0) >= (this.options.batchesPerTransaction ?? 100)) {
      await this.commit();
    }
  }

  private async commit(): Promise<void> {
    const groups = this.uncommitted;
    this.uncommitted = [];
    await this.writer.commit();
    const s = this.summary;
    for (const group of groups) {
      s.batches += group.batches;
      s.customers += group.customers;
      s.contracts += group.contracts;
      s.assets += group.assets;
      s.installments += group.installments;
      s.invoices += group.invoices;
      s.lines += group.lines;
      s.amortizationTables += group.amortizationTables;
      s.logins.push(...group.logins);
    }
    this.options.onProgress?.(s);
  }

  /** Upstream ids and customer numbers of these batches' customers that the database already holds. */
  private async customersInDatabase(batches: readonly IngestionBatch[]): Promise<Set<string>> {
    const records = batches.flatMap((b) => b.customers);
    if (records.length === 0) return new Set();
    const found = await this.writer.select<{ upstream_id: string; customer_number: string }>(
      `select upstream_id, customer_number from customer where upstream_id in (${marks(records)}) or customer_number in (${marks(records)})`,
      [...records.map((r) => r.upstreamId), ...records.map((r) => r.customerNumber)],
    );
    return new Set(found.flatMap((c) => [`id:${c.upstream_id}`, `number:${c.customer_number}`]));
  }

  /** Customers and contracts referred to but neither loaded before nor in these batches: the ingestion finds them in the database. */
  private async lookUpReferences(batches: readonly IngestionBatch[]): Promise<void> {
    const definedCustomers = new Set(batches.flatMap((b) => b.customers.map((c) => c.upstreamId)));
    const definedContracts = new Set(batches.flatMap((b) => b.contracts.map((c) => c.upstreamId)));
    const customerIds = [
      ...new Set(
        batches
          .flatMap((b) => [...b.contracts, ...b.invoices].map((r) => r.customerUpstreamId))
          .filter((id) => !this.customers.has(id) && !definedCustomers.has(id)),
      ),
    ];
    const contractIds = [
      ...new Set(
        batches
          .flatMap((b) => b.invoices.map((r) => r.contractUpstreamId))
          .filter((id): id is string => Boolean(id) && !this.contracts.has(id as string) && !definedContracts.has(id as string)),
      ),
    ];
    if (customerIds.length > 0) {
      const found = await this.writer.select<{ id: string; upstream_id: string; language: string }>(
        `select id, upstream_id, language from customer where upstream_id in (${marks(customerIds)})`,
        customerIds,
      );
      for (const customer of found) {
        this.customers.set(customer.upstream_id, customer.id);
        this.customerLanguages.set(customer.upstream_id, customer.language);
      }
    }
    if (contractIds.length > 0) {
      const found = await this.writer.select<{
        id: string;
        upstream_id: string;
        contract_number: string;
        customer_upstream_id: string;
        kind: string;
        payment_method: string;
        sepa_mandate_reference: string | null;
      }>(
        'select c.id, c.upstream_id, c.contract_number, o.upstream_id as customer_upstream_id, ' +
          'c.kind, c.payment_method, c.sepa_mandate_reference ' +
          `from contract c join customer o on o.id = c.customer_id where c.upstream_id in (${marks(contractIds)})`,
        contractIds,
      );
      for (const c of found) {
        this.contracts.set(c.upstream_id, {
          id: c.id,
          contractNumber: c.contract_number,
          customerUpstreamId: c.customer_upstream_id,
          kind: c.kind,
          paymentMethod: c.payment_method,
          sepaMandateReference: c.sepa_mandate_reference,
        });
      }
    }
  }

  private refusal(batch: IngestionBatch, inDatabase: ReadonlySet<string>): BulkLoadRefused | undefined {
    const held = (c: CustomerRecord) => inDatabase.has(`id:${c.upstreamId}`) || inDatabase.has(`number:${c.customerNumber}`);
    const there = batch.customers.find(held);
    const repeated = batch.customers.find((c) => this.customers.has(c.upstreamId) || this.customerNumbers.has(c.customerNumber));
    const customer = there ?? repeated;
    if (!customer) return undefined;
    return new BulkLoadRefused(
      `${there ? 'The database already holds' : 'The data set holds twice'} customer ${customer.upstreamId} (${customer.customerNumber}). ` +
        'The bulk loader only loads brand-new data sets and never updates: start from an empty database, ' +
        'or send the batches through the ingestion (pnpm ingest), which upserts.',
    );
  }

  /**
   * The reference checks of the ingestion (ContractUpstreamSync, DocumentUpstreamSync) against the
   * customers and contracts known at this batch, with the same messages; duplicates of unique keys
   * are left to the database's constraints.
   */
  private problemsOf(batch: IngestionBatch, index: number): BulkBatchRejected | undefined {
    const customers = new Set(batch.customers.map((c) => c.upstreamId));
    const knownCustomer = (id: string) => customers.has(id) || this.customers.has(id);
    const contractProblems: IngestionProblem[] = [];
    batch.contracts.forEach((record, i) => {
      if (!knownCustomer(record.customerUpstreamId)) {
        contractProblems.push({
          record: `contracts[${i}]`,
          upstreamId: record.upstreamId,
          field: 'customerUpstreamId',
          message: 'names no known customer',
        });
      }
    });
    if (contractProblems.length) return new BulkBatchRejected(index, contractProblems);

    const contractOwners = new Map(batch.contracts.map((c) => [c.upstreamId, c.customerUpstreamId]));
    const ownerOf = (contractId: string) => contractOwners.get(contractId) ?? this.contracts.get(contractId)?.customerUpstreamId;
    const batchContracts = new Map(batch.contracts.map((c) => [c.upstreamId, c]));
    const termsOf = (contractId: string | null | undefined) =>
      contractId ? (batchContracts.get(contractId) ?? this.contracts.get(contractId) ?? null) : null;
    const invoiceProblems: IngestionProblem[] = [];
    batch.invoices.forEach((record, i) => {
      const where = { record: `invoices[${i}]`, upstreamId: record.upstreamId };
      if (!knownCustomer(record.customerUpstreamId))
        invoiceProblems.push({ ...where, field: 'customerUpstreamId', message: 'names no known customer' });
      if (record.contractUpstreamId) {
        const owner = ownerOf(record.contractUpstreamId);
        if (!owner) invoiceProblems.push({ ...where, field: 'contractUpstreamId', message: 'names no known contract' });
        else if (knownCustomer(record.customerUpstreamId) && owner !== record.customerUpstreamId) {
          invoiceProblems.push({ ...where, field: 'contractUpstreamId', message: 'names a contract of another customer' });
        }
      }
      const vat = lineTreatmentsOf(record, termsOf(record.contractUpstreamId), where);
      if (!vat.ok) invoiceProblems.push(...vat.problems);
    });
    return invoiceProblems.length ? new BulkBatchRejected(index, invoiceProblems) : undefined;
  }

  /** The rows of one checked batch; from here on its customers and contracts are known to later batches. */
  private plan(batch: IngestionBatch, rows: GroupRows, at: Date): void {
    for (const record of batch.customers) {
      const row = customerRow(record, at);
      rows.customers.push(row);
      this.customers.set(record.upstreamId, row.id);
      this.customerLanguages.set(record.upstreamId, record.language);
      this.customerNumbers.add(record.customerNumber);
    }
    for (const record of batch.contracts) {
      const customerId = this.customers.get(record.customerUpstreamId) as string;
      const language = this.customerLanguages.get(record.customerUpstreamId) as string;
      const contract = contractRow(record, customerId, language, this.now, at);
      rows.contracts.push(contract);
      this.contracts.set(record.upstreamId, {
        id: contract.id,
        contractNumber: record.contractNumber,
        customerUpstreamId: record.customerUpstreamId,
        kind: record.kind,
        paymentMethod: record.paymentMethod,
        sepaMandateReference: record.sepaMandateReference ?? null,
      });
      rows.assets.push(...assetRows(record, customerId, contract.id, at));
      rows.installments.push(...installmentRows(record, contract.id, at));
    }
    for (const record of batch.invoices) {
      const contract = record.contractUpstreamId ? (this.contracts.get(record.contractUpstreamId) ?? null) : null;
      const document = invoiceRow(record, this.customers.get(record.customerUpstreamId) as string, contract, at);
      rows.documents.push(document);
      const vat = lineTreatmentsOf(record, contract, { record: record.upstreamId });
      // problemsOf refused the batch if a line had no valid VAT treatment.
      rows.lines.push(...lineRows(record, document.id, vat.ok ? vat.treatments : [], at));
      rows.invoices += 1;
    }
    // Like the ingestion: amortization tables after the invoices of the batch.
    for (const contract of rows.contracts.slice(rows.contracts.length - batch.contracts.length)) {
      const table = amortizationTableRow(contract, at);
      if (!table) continue;
      rows.documents.push(table);
      rows.amortizationTables += 1;
    }
    rows.batches += 1;
  }

  private async addLogins(rows: GroupRows, passwordHash: string): Promise<void> {
    const loginIds = rows.customers.map(() => this.newLoginId());
    // Login ids are random (ACC-1): draw again the rare ones another login already has.
    for (;;) {
      const taken = await this.writer.select<{ login_id: string }>(
        `select login_id from customer_login where login_id in (${marks(loginIds)})`,
        loginIds,
      );
      if (taken.length === 0) break;
      const clashes = new Set(taken.map((l) => l.login_id));
      loginIds.forEach((id, i) => {
        if (clashes.has(id)) loginIds[i] = this.newLoginId();
      });
    }
    rows.customers.forEach((customer, i) =>
      rows.logins.push(administratorLoginRow(customer, loginIds[i] as string, passwordHash, this.now)),
    );
  }

  private newLoginId(): string {
    let id = randomLoginId();
    while (this.loginIds.has(id)) id = randomLoginId();
    this.loginIds.add(id);
    return id;
  }
}

/** `?, ?, …`: one placeholder per value. */
const marks = (values: readonly unknown[]): string => values.map(() => '?').join(', ');
