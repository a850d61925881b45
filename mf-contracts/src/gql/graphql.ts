/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows the list of contracts. */
export type ContractFilter = {
  /** Only these kinds. */
  kinds?: Array<ContractKind> | null | undefined;
  /** Part of a contract number or of a financed asset serial number. */
  search?: string | null | undefined;
  /** Only these statuses. */
  statuses?: Array<ContractStatus> | null | undefined;
};

/** Kind of contract. */
export type ContractKind =
  /** Credit line (loan) financing equipment; no VAT on installments. */
  | 'CREDIT_LINE'
  /** Financial leasing: installments bear VAT, a purchase option ends the contract. */
  | 'LEASING'
  /** Operating rental: no amortization table. */
  | 'RENTAL';

/** Order of the contracts list. */
export type ContractSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: ContractSortField;
};

/** Field to sort contracts by. */
export type ContractSortField =
  /** End date. */
  | 'END_DATE'
  /** Contract number. */
  | 'NUMBER'
  /** Periodic amount. */
  | 'PERIODIC_AMOUNT'
  /** Start date. */
  | 'START_DATE';

/** Life-cycle status of a contract. */
export type ContractStatus =
  /** Running: its amortization table is definitive. */
  | 'ACTIVE'
  /** Reached its end date. */
  | 'ENDED'
  /** Signed but not yet activated: its amortization table is provisional. */
  | 'PENDING'
  /** Ended early. */
  | 'TERMINATED';

/** Payment status of an installment on a given day. */
export type InstallmentStatus =
  /** Not yet paid, due date not yet passed. */
  | 'DUE'
  /** Not paid and the due date has passed. */
  | 'OVERDUE'
  /** Paid. */
  | 'PAID';

/** A language of the portal and of correspondence. */
export type Language =
  /** English */
  | 'EN'
  /** French */
  | 'FR'
  /** Dutch */
  | 'NL';

/** How installments are paid. */
export type PaymentMethod =
  /** Bank transfer with the structured payment reference. */
  | 'BANK_TRANSFER'
  /** SEPA direct debit under a mandate. */
  | 'SEPA_DIRECT_DEBIT';

/** Whether installments are paid at the start or the end of each period. */
export type PaymentTiming =
  /** At the start of each period. */
  | 'IN_ADVANCE'
  /** At the end of each period. */
  | 'IN_ARREARS';

/** How often an installment falls due. */
export type Periodicity =
  /** Every year. */
  | 'ANNUAL'
  /** Every month. */
  | 'MONTHLY'
  /** Every three months. */
  | 'QUARTERLY'
  /** Every six months. */
  | 'SEMI_ANNUAL';

/** Ascending or descending order. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

export type ContractListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ContractFilter | null | undefined;
  sort?: ContractSort | null | undefined;
}>;


export type ContractListQuery = { __typename: 'Query', contracts: { __typename: 'ContractConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ContractEdge', cursor: string, node: { __typename: 'Contract', id: string, contractNumber: string, kind: ContractKind, status: ContractStatus, objectSummary: string, startDate: string, endDate: string, periodicAmountCents: number, periodicity: Periodicity, paymentMethod: PaymentMethod, nextInstallment: { __typename: 'Installment', id: string, dueDate: string, totalCents: number, status: InstallmentStatus } | null } }> } };

export type ContractDetailQueryVariables = Exact<{
  number: string;
}>;


export type ContractDetailQuery = { __typename: 'Query', contractByNumber: { __typename: 'Contract', id: string, contractNumber: string, kind: ContractKind, status: ContractStatus, objectSummary: string, startDate: string, endDate: string, activatedAt: string | null, durationMonths: number, numberOfInstallments: number, periodicity: Periodicity, paymentTiming: PaymentTiming, periodicAmountCents: number, financedAmountCents: number, annualRatePercent: string, vatRatePercent: string | null, residualValueCents: number, earlyTerminationRule: string | null, earlyTerminationRuleLanguage: Language | null, paymentMethod: PaymentMethod, sepaMandateReference: string | null, supplierName: string, assets: Array<{ __typename: 'Asset', id: string, description: string, brand: string, model: string, serialNumber: string | null, quantity: number, location: string | null }>, lastInstallment: { __typename: 'Installment', id: string, sequence: number, dueDate: string, amountCents: number, vatCents: number, totalCents: number, status: InstallmentStatus, paidOn: string | null } | null, nextInstallment: { __typename: 'Installment', id: string, sequence: number, dueDate: string, amountCents: number, vatCents: number, totalCents: number, status: InstallmentStatus, paidOn: string | null } | null } };

export type AmortizationTableQueryVariables = Exact<{
  number: string;
}>;


export type AmortizationTableQuery = { __typename: 'Query', contractByNumber: { __typename: 'Contract', id: string, contractNumber: string, kind: ContractKind, status: ContractStatus, vatRatePercent: string | null, amortizationTable: { __typename: 'AmortizationTable', definitive: boolean, regularInstallmentCents: number, residualValueCents: number, paymentTiming: PaymentTiming, annualRatePercent: string, periodicity: Periodicity, periodsPerYear: number, rows: Array<{ __typename: 'AmortizationRow', period: number, dueDate: string, installmentCents: number, interestCents: number, capitalCents: number, outstandingCents: number, vatCents: number, totalCents: number }>, residualValueRow: { __typename: 'AmortizationRow', period: number, dueDate: string, installmentCents: number, interestCents: number, capitalCents: number, outstandingCents: number, vatCents: number, totalCents: number } | null, totals: { __typename: 'AmortizationTotals', installmentCents: number, interestCents: number, capitalCents: number, vatCents: number, totalCents: number } } | null } };


export const ContractListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodicAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"periodicity"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"nextInstallment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractListQuery, ContractListQueryVariables>;
export const ContractDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfInstallments"}},{"kind":"Field","name":{"kind":"Name","value":"periodicity"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTiming"}},{"kind":"Field","name":{"kind":"Name","value":"periodicAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"financedAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"annualRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"vatRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"residualValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationRule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationRuleLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"sepaMandateReference"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInstallment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextInstallment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]}}]} as unknown as DocumentNode<ContractDetailQuery, ContractDetailQueryVariables>;
export const AmortizationTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmortizationTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vatRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"amortizationTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definitive"}},{"kind":"Field","name":{"kind":"Name","value":"regularInstallmentCents"}},{"kind":"Field","name":{"kind":"Name","value":"residualValueCents"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTiming"}},{"kind":"Field","name":{"kind":"Name","value":"annualRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"periodicity"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"installmentCents"}},{"kind":"Field","name":{"kind":"Name","value":"interestCents"}},{"kind":"Field","name":{"kind":"Name","value":"capitalCents"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residualValueRow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"installmentCents"}},{"kind":"Field","name":{"kind":"Name","value":"interestCents"}},{"kind":"Field","name":{"kind":"Name","value":"capitalCents"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installmentCents"}},{"kind":"Field","name":{"kind":"Name","value":"interestCents"}},{"kind":"Field","name":{"kind":"Name","value":"capitalCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmortizationTableQuery, AmortizationTableQueryVariables>;