import type { EntityManager } from '@mikro-orm/core';
import { FROM_READ_REPLICA, sqlReaderOf } from '../../platform/db/sql-reader';
import { notFound } from '../../platform/errors';
import { decodeCursor, pageSize, toPage, type CursorKey, type Page } from '../../platform/graphql/connection';
import { SortDirection } from '../../platform/graphql/sort-direction';
import { Contract } from './contract.entity';
import {
  assetsByContractSql,
  contractByKeySql,
  contractsCountSql,
  contractsPageSql,
  contractsWhereSql,
  nearestInstallmentSql,
} from './contract-sql';
import { assetViewOf, contractViewOf, installmentViewOf, type AssetView, type ContractView, type InstallmentView } from './contract-views';
import { ContractSortField, InstallmentStatus } from './contract.enums';
import type { ContractsArgs } from './contract.inputs';
import type { Installment } from './installment.entity';

const SORT_COLUMN: Record<
  ContractSortField,
  { column: string; property: 'contractNumber' | 'startDate' | 'endDate' | 'periodicAmountCents'; cursorKey: CursorKey }
> = {
  [ContractSortField.NUMBER]: { column: 'contract_number', property: 'contractNumber', cursorKey: 'text' },
  [ContractSortField.START_DATE]: { column: 'start_date', property: 'startDate', cursorKey: 'iso-date' },
  [ContractSortField.END_DATE]: { column: 'end_date', property: 'endDate', cursorKey: 'iso-date' },
  [ContractSortField.PERIODIC_AMOUNT]: { column: 'periodic_amount_cents', property: 'periodicAmountCents', cursorKey: 'integer' },
};

/** Contracts, assets and installments of one customer. Every query takes the customer id. */
export class ContractService {
  constructor(private readonly em: EntityManager) {}

  /** CON-1: one page of the customer's contracts, read lean (issue #8). */
  async listContracts(customerId: string, args: ContractsArgs): Promise<Page<ContractView>> {
    const size = pageSize(args.first);
    const field = args.sort?.field ?? ContractSortField.NUMBER;
    const { column, property, cursorKey } = SORT_COLUMN[field];
    const direction = (args.sort?.direction ?? SortDirection.ASC) === SortDirection.ASC ? 'asc' : 'desc';
    const filter = this.sqlFilterFor(customerId, args);
    const after = args.after ? decodeCursor(args.after, cursorKey) : null;
    const conditions = [...filter.conditions];
    const params = [...filter.params];
    if (after) {
      const op = direction === 'asc' ? '>' : '<';
      conditions.push(`(c.${column} ${op} ? or (c.${column} = ? and c.id ${op} ?))`);
      params.push(after.key, after.key, after.id);
    }
    const reader = sqlReaderOf(this.em);
    const rows = await reader.all(contractsPageSql(conditions, column, direction), [...params, size + 1], FROM_READ_REPLICA);
    return toPage(
      rows.map(contractViewOf),
      size,
      (row) => row[property],
      after !== null,
      async () => {
        const [count] = await reader.all<{ n: unknown }>(contractsCountSql(filter.conditions), filter.params, FROM_READ_REPLICA);
        return Number(count?.n ?? 0);
      },
    );
  }

  /** One contract of the customer by id or by number, read lean; NOT_FOUND otherwise (foreign ids alike). */
  async findContractView(customerId: string, key: { id: string } | { contractNumber: string }): Promise<ContractView> {
    const [column, value] = 'id' in key ? (['id', key.id] as const) : (['contract_number', key.contractNumber.trim()] as const);
    const [row] = await sqlReaderOf(this.em).all(contractByKeySql(column), [value, customerId], FROM_READ_REPLICA);
    if (!row) throw notFound('Contract');
    return contractViewOf(row);
  }

  /** Whether the customer has a contract with this number (a request or a registration names one). */
  async hasContract(customerId: string, contractNumber: string): Promise<boolean> {
    return (await this.em.count(Contract, { customer: customerId, contractNumber })) > 0;
  }

  async getContract(customerId: string, id: string): Promise<Contract> {
    const contract = await this.em.findOne(Contract, { id, customer: customerId });
    if (!contract) throw notFound('Contract');
    return contract;
  }

  /** Assets of many contracts in one statement. */
  async assetsByContract(contractIds: readonly string[]): Promise<Map<string, AssetView[]>> {
    const rows = await sqlReaderOf(this.em).all(assetsByContractSql(contractIds.length), contractIds, FROM_READ_REPLICA);
    const byContract = new Map<string, AssetView[]>();
    for (const asset of rows.map(assetViewOf)) {
      const list = byContract.get(asset.contractId) ?? [];
      list.push(asset);
      byContract.set(asset.contractId, list);
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
  ): Promise<Map<string, InstallmentView>> {
    const rows = await sqlReaderOf(this.em).all(
      nearestInstallmentSql(contractIds.length, side),
      [...contractIds, today],
      FROM_READ_REPLICA,
    );
    const byContract = new Map<string, InstallmentView>();
    for (const installment of rows.map(installmentViewOf)) {
      if (!byContract.has(installment.contractId)) byContract.set(installment.contractId, installment);
    }
    return byContract;
  }

  /** The WHERE of the contracts list (CON-1): always the customer first. */
  private sqlFilterFor(customerId: string, args: ContractsArgs): { conditions: string[]; params: unknown[] } {
    return contractsWhereSql(customerId, args.filter, sqlReaderOf(this.em).dialect);
  }
}

/** Paid, due or overdue as seen on `today`. */
export function installmentStatus(installment: Pick<Installment, 'paidOn' | 'dueDate'>, today: string): InstallmentStatus {
  if (installment.paidOn) return InstallmentStatus.PAID;
  return installment.dueDate < today ? InstallmentStatus.OVERDUE : InstallmentStatus.DUE;
}
