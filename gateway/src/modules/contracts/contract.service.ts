import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { notFound } from '../../platform/errors';
import { decodeCursor, keysetCondition, pageSize, toPage, type Page } from '../../platform/graphql/connection';
import { containsIgnoringCase, SortDirection } from '../../platform/graphql/sort-direction';
import { Asset } from './asset.entity';
import { Contract } from './contract.entity';
import { ContractSortField, InstallmentStatus } from './contract.enums';
import type { ContractsArgs } from './contract.inputs';
import { Installment } from './installment.entity';

const SORT_PROPERTY: Record<ContractSortField, 'contractNumber' | 'startDate' | 'endDate' | 'periodicAmountCents'> = {
  [ContractSortField.NUMBER]: 'contractNumber',
  [ContractSortField.START_DATE]: 'startDate',
  [ContractSortField.END_DATE]: 'endDate',
  [ContractSortField.PERIODIC_AMOUNT]: 'periodicAmountCents',
};

/** Contracts, assets and installments of one customer. Every query takes the customer id. */
export class ContractService {
  constructor(private readonly em: EntityManager) {}

  async listContracts(customerId: string, args: ContractsArgs): Promise<Page<Contract>> {
    const size = pageSize(args.first);
    const property = SORT_PROPERTY[args.sort?.field ?? ContractSortField.NUMBER];
    const direction = (args.sort?.direction ?? SortDirection.ASC) === SortDirection.ASC ? 'asc' : 'desc';
    const where = await this.filterFor(customerId, args);
    const after = args.after ? decodeCursor(args.after) : null;
    const rows = await this.em.find(Contract, after ? { $and: [where, keysetCondition(property, direction, after)] } : where, {
      orderBy: [{ [property]: direction }, { id: direction }],
      limit: size + 1,
    });
    return toPage(
      rows,
      size,
      (row) => row[property],
      after !== null,
      () => this.em.count(Contract, where),
    );
  }

  async getContract(customerId: string, id: string): Promise<Contract> {
    const contract = await this.em.findOne(Contract, { id, customer: customerId });
    if (!contract) throw notFound('Contract');
    return contract;
  }

  async getContractByNumber(customerId: string, contractNumber: string): Promise<Contract> {
    const contract = await this.em.findOne(Contract, { contractNumber: contractNumber.trim(), customer: customerId });
    if (!contract) throw notFound('Contract');
    return contract;
  }

  /** Assets of many contracts in one statement. */
  async assetsByContract(contractIds: readonly string[]): Promise<Map<string, Asset[]>> {
    const assets = await this.em.find(
      Asset,
      { contract: { $in: [...contractIds] } },
      { orderBy: [{ description: 'asc' }, { serialNumber: 'asc' }, { id: 'asc' }] },
    );
    const byContract = new Map<string, Asset[]>();
    for (const asset of assets) {
      const list = byContract.get(asset.contract.id) ?? [];
      list.push(asset);
      byContract.set(asset.contract.id, list);
    }
    return byContract;
  }

  /**
   * For each contract, the installment nearest to `today` on one side (CON-3): the next one due on or
   * after today, or the last one due before it. One statement for any number of contracts.
   */
  async nearestInstallmentByContract(
    contractIds: readonly string[],
    today: string,
    side: 'next' | 'last',
  ): Promise<Map<string, Installment>> {
    const placeholders = contractIds.map(() => '?').join(', ');
    const [pick, comparison] = side === 'next' ? ['min', '>='] : ['max', '<'];
    const rows = await this.em
      .getConnection()
      .execute<Record<string, unknown>[]>(
        `select i.* from installment i where i.contract_id in (${placeholders}) and i.due_date = ` +
          `(select ${pick}(j.due_date) from installment j where j.contract_id = i.contract_id and j.due_date ${comparison} ?)`,
        [...contractIds, today],
      );
    const byContract = new Map<string, Installment>();
    for (const row of rows) {
      const installment = this.em.map(Installment, row);
      if (!byContract.has(installment.contract.id)) byContract.set(installment.contract.id, installment);
    }
    return byContract;
  }

  private async filterFor(customerId: string, args: ContractsArgs): Promise<FilterQuery<Contract>> {
    const conditions: FilterQuery<Contract>[] = [{ customer: customerId }];
    const filter = args.filter;
    if (filter?.kinds?.length) conditions.push({ kind: { $in: filter.kinds } });
    if (filter?.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
    const search = filter?.search?.trim();
    if (search) {
      const pattern = containsIgnoringCase(this.em, search);
      const bySerial = await this.em.find(Asset, { customer: customerId, serialNumber: pattern }, { fields: ['contract'], limit: 1000 });
      const contractIds = [...new Set(bySerial.map((asset) => asset.contract.id))];
      conditions.push({
        $or: [{ contractNumber: pattern }, ...(contractIds.length ? [{ id: { $in: contractIds } }] : [])],
      });
    }
    return { $and: conditions };
  }
}

/** Paid, due or overdue as seen on `today`. */
export function installmentStatus(installment: Pick<Installment, 'paidOn' | 'dueDate'>, today: string): InstallmentStatus {
  if (installment.paidOn) return InstallmentStatus.PAID;
  return installment.dueDate < today ? InstallmentStatus.OVERDUE : InstallmentStatus.DUE;
}
