import { sqlValue, type SqlRow } from '../../platform/db/sql-reader';
import type { Asset } from './asset.entity';
import type { Contract } from './contract.entity';
import type { Installment } from './installment.entity';

/**
 * What the GraphQL read path needs of contracts, assets and installments, as plain objects read with
 * hand-written SQL (issue #8: no entity hydration on the hottest screens). The GraphQL types are the
 * entity classes; a view has every field they publish, so the same resolvers serve both.
 */
export type ContractView = Pick<
  Contract,
  | 'id'
  | 'contractNumber'
  | 'kind'
  | 'status'
  | 'objectSummary'
  | 'startDate'
  | 'endDate'
  | 'durationMonths'
  | 'numberOfInstallments'
  | 'periodicity'
  | 'paymentTiming'
  | 'financedAmountCents'
  | 'annualRatePercent'
  | 'residualValueCents'
  | 'periodicAmountCents'
  | 'vatRatePercent'
  | 'paymentMethod'
  | 'sepaMandateReference'
  | 'supplierName'
  | 'earlyTerminationRuleFr'
  | 'earlyTerminationRuleNl'
  | 'earlyTerminationRuleEn'
  | 'activatedAt'
> & {
  /** The customer's language of correspondence: the early-termination rule falls back to it (#18 item 9). */
  customerLanguage: string;
};

export type AssetView = Pick<Asset, 'id' | 'description' | 'brand' | 'model' | 'serialNumber' | 'quantity' | 'location'> & {
  contractId: string;
};

export type InstallmentView = Pick<Installment, 'id' | 'sequence' | 'dueDate' | 'amountCents' | 'vatCents' | 'totalCents' | 'paidOn'> & {
  contractId: string;
};

export { ASSET_COLUMNS, CONTRACT_COLUMNS, INSTALLMENT_COLUMNS } from './contract-sql';

export function contractViewOf(row: SqlRow): ContractView {
  return {
    id: String(row.id),
    contractNumber: String(row.contract_number),
    kind: row.kind as ContractView['kind'],
    status: row.status as ContractView['status'],
    objectSummary: String(row.object_summary),
    startDate: String(row.start_date),
    endDate: String(row.end_date),
    durationMonths: sqlValue.integer(row.duration_months),
    numberOfInstallments: sqlValue.integer(row.number_of_installments),
    periodicity: row.periodicity as ContractView['periodicity'],
    paymentTiming: row.payment_timing as ContractView['paymentTiming'],
    financedAmountCents: sqlValue.integer(row.financed_amount_cents),
    annualRatePercent: String(row.annual_rate_percent),
    residualValueCents: sqlValue.integer(row.residual_value_cents),
    periodicAmountCents: sqlValue.integer(row.periodic_amount_cents),
    vatRatePercent: sqlValue.text(row.vat_rate_percent),
    paymentMethod: row.payment_method as ContractView['paymentMethod'],
    sepaMandateReference: sqlValue.text(row.sepa_mandate_reference),
    supplierName: String(row.supplier_name),
    earlyTerminationRuleFr: sqlValue.text(row.early_termination_rule_fr),
    earlyTerminationRuleNl: sqlValue.text(row.early_termination_rule_nl),
    earlyTerminationRuleEn: sqlValue.text(row.early_termination_rule_en),
    activatedAt: sqlValue.date(row.activated_at),
    customerLanguage: String(row.customer_language),
  };
}

export function assetViewOf(row: SqlRow): AssetView {
  return {
    id: String(row.id),
    contractId: String(row.contract_id),
    description: String(row.description),
    brand: String(row.brand),
    model: String(row.model),
    serialNumber: sqlValue.text(row.serial_number),
    quantity: sqlValue.integer(row.quantity),
    location: sqlValue.text(row.location),
  };
}

export function installmentViewOf(row: SqlRow): InstallmentView {
  return {
    id: String(row.id),
    contractId: String(row.contract_id),
    sequence: sqlValue.integer(row.sequence),
    dueDate: String(row.due_date),
    amountCents: sqlValue.integer(row.amount_cents),
    vatCents: sqlValue.integer(row.vat_cents),
    totalCents: sqlValue.integer(row.total_cents),
    paidOn: sqlValue.text(row.paid_on),
  };
}
