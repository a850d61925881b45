import type { EntityManager } from '@mikro-orm/core';
import { IngestionRejected, type IngestionProblem } from '../../platform/errors';
import type { Customer } from '../customers';
import type { ContractRecord } from './contract-record';
import { Asset } from './asset.entity';
import { Contract } from './contract.entity';
import { ContractKind, ContractStatus, PaymentMethod, PaymentTiming, Periodicity } from './contract.enums';
import { Installment } from './installment.entity';
import { earlyTerminationTextsOf } from './early-termination-rule';

export interface ContractSyncResult {
  byUpstreamId: Map<string, Contract>;
  created: number;
  updated: number;
  /** Contracts that became ACTIVE in this batch (new and active, or pending before). */
  activated: Contract[];
}

/** Upserts contracts with their assets and schedules (INT-1), by upstream id, inside the caller's transaction. */
export class ContractUpstreamSync {
  constructor(private readonly em: EntityManager) {}

  async findByUpstreamIds(upstreamIds: readonly string[]): Promise<Map<string, Contract>> {
    if (upstreamIds.length === 0) return new Map();
    const found = await this.em.find(Contract, { upstreamId: { $in: [...new Set(upstreamIds)] } });
    return new Map(found.map((contract) => [contract.upstreamId, contract]));
  }

  async upsert(records: readonly ContractRecord[], customers: Map<string, Customer>, now: Date): Promise<ContractSyncResult> {
    const byUpstreamId = await this.findByUpstreamIds(records.map((r) => r.upstreamId));
    const problems: IngestionProblem[] = [];
    const numberHolders = records.length
      ? await this.em.find(Contract, { contractNumber: { $in: records.map((r) => r.contractNumber) } })
      : [];
    records.forEach((record, index) => {
      const where = { record: `contracts[${index}]`, upstreamId: record.upstreamId };
      const customer = customers.get(record.customerUpstreamId);
      if (!customer) problems.push({ ...where, field: 'customerUpstreamId', message: 'names no known customer' });
      const existing = byUpstreamId.get(record.upstreamId);
      if (existing && customer && existing.customer.id !== customer.id) {
        problems.push({ ...where, field: 'customerUpstreamId', message: 'differs from the customer the contract belongs to' });
      }
      const holder = numberHolders.find((c) => c.contractNumber === record.contractNumber);
      if (holder && holder.upstreamId !== record.upstreamId) {
        problems.push({ ...where, field: 'contractNumber', message: 'is already used by another contract' });
      }
    });
    const existingAssets = await this.existingAssets(records);
    for (const [index, record] of records.entries()) {
      for (const [assetIndex, asset] of record.assets.entries()) {
        const holder = existingAssets.get(asset.upstreamId);
        if (holder && holder.contract.upstreamId !== record.upstreamId) {
          problems.push({
            record: `contracts[${index}]`,
            upstreamId: record.upstreamId,
            field: `assets[${assetIndex}].upstreamId`,
            message: 'belongs to another contract',
          });
        }
      }
    }
    if (problems.length) throw new IngestionRejected(problems);

    const existingInstallments = await this.existingInstallments([...byUpstreamId.values()].map((c) => c.id));
    let created = 0;
    let updated = 0;
    const activated: Contract[] = [];
    for (const record of records) {
      const customer = customers.get(record.customerUpstreamId) as Customer;
      const data = { ...contractFieldsOf(record, customer.language), customer };
      let contract = byUpstreamId.get(record.upstreamId);
      const wasActive = contract?.status === ContractStatus.ACTIVE || contract?.activatedAt != null;
      if (contract) {
        this.em.assign(contract, data);
        updated += 1;
      } else {
        contract = this.em.create(Contract, data);
        byUpstreamId.set(record.upstreamId, contract);
        created += 1;
      }
      if (record.status === ContractStatus.ACTIVE && !wasActive) {
        contract.activatedAt = record.activatedAt ? new Date(record.activatedAt) : now;
        activated.push(contract);
      } else if (record.activatedAt) {
        contract.activatedAt = new Date(record.activatedAt);
      }

      for (const assetRecord of record.assets) {
        const assetData = { ...assetFieldsOf(assetRecord), customer, contract };
        const asset = existingAssets.get(assetRecord.upstreamId);
        if (asset) this.em.assign(asset, assetData);
        else this.em.create(Asset, assetData);
      }

      for (const installmentRecord of record.installments) {
        const installmentData = { ...installmentFieldsOf(installmentRecord), contract };
        const installment = existingInstallments.get(`${contract.id}#${installmentRecord.sequence}`);
        if (installment) this.em.assign(installment, installmentData);
        else this.em.create(Installment, installmentData);
      }
    }
    return { byUpstreamId, created, updated, activated };
  }

  private async existingAssets(records: readonly ContractRecord[]): Promise<Map<string, Asset>> {
    const ids = records.flatMap((r) => r.assets.map((a) => a.upstreamId));
    if (ids.length === 0) return new Map();
    const assets = await this.em.find(Asset, { upstreamId: { $in: ids } }, { populate: ['contract'] });
    return new Map(assets.map((asset) => [asset.upstreamId, asset]));
  }

  private async existingInstallments(contractIds: string[]): Promise<Map<string, Installment>> {
    if (contractIds.length === 0) return new Map();
    const installments = await this.em.find(Installment, { contract: { $in: contractIds } });
    return new Map(installments.map((i) => [`${i.contract.id}#${i.sequence}`, i]));
  }
}

/**
 * The columns a contract record sets, shared by the ingestion and the bulk loader (INT-1, INT-3).
 * A rule sent as one text is in the customer's language of correspondence (#18 item 9).
 */
export function contractFieldsOf(record: ContractRecord, customerLanguage: string) {
  return {
    upstreamId: record.upstreamId,
    contractNumber: record.contractNumber,
    kind: record.kind as ContractKind,
    status: record.status as ContractStatus,
    objectSummary: record.objectSummary,
    startDate: record.startDate,
    endDate: record.endDate,
    durationMonths: record.durationMonths,
    numberOfInstallments: record.numberOfInstallments,
    periodicity: record.periodicity as Periodicity,
    paymentTiming: record.paymentTiming as PaymentTiming,
    financedAmountCents: record.financedAmountCents,
    annualRatePercent: record.annualRatePercent,
    residualValueCents: record.residualValueCents,
    periodicAmountCents: record.periodicAmountCents,
    vatRatePercent: record.vatRatePercent ?? null,
    paymentMethod: record.paymentMethod as PaymentMethod,
    sepaMandateReference: record.sepaMandateReference ?? null,
    supplierName: record.supplierName,
    ...earlyTerminationTextsOf(record.earlyTerminationRule, customerLanguage),
  };
}

export function assetFieldsOf(record: ContractRecord['assets'][number]) {
  return {
    upstreamId: record.upstreamId,
    description: record.description,
    brand: record.brand,
    model: record.model,
    serialNumber: record.serialNumber ?? null,
    quantity: record.quantity,
    location: record.location ?? null,
  };
}

export function installmentFieldsOf(record: ContractRecord['installments'][number]) {
  return {
    sequence: record.sequence,
    dueDate: record.dueDate,
    amountCents: record.amountCents,
    vatCents: record.vatCents,
    totalCents: record.totalCents,
    paidOn: record.paidOn ?? null,
  };
}
