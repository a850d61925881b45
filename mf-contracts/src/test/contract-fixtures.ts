import type { AmortizationTableQuery, ContractDetailQuery, ContractListQuery } from '../gql/graphql';

type ListNode = ContractListQuery['contracts']['edges'][number]['node'];

export function listNode(n: number, overrides: Partial<ListNode> = {}): ListNode {
  return {
    __typename: 'Contract',
    id: `c${n}`,
    contractNumber: `LC-1000000${n}-0${n}`,
    kind: 'LEASING',
    status: 'ACTIVE',
    objectSummary: `Chariot élévateur ${n}`,
    startDate: '2024-05-01',
    endDate: '2029-04-30',
    periodicAmountCents: 104526,
    periodicity: 'MONTHLY',
    paymentMethod: 'BANK_TRANSFER',
    nextInstallment: { __typename: 'Installment', id: `i${n}`, dueDate: '2026-12-01', totalCents: 126476, status: 'DUE' },
    ...overrides,
  };
}

export function listPage(
  nodes: ListNode[],
  { hasNextPage = false, endCursor = null as string | null, totalCount = nodes.length } = {},
): ContractListQuery {
  return {
    __typename: 'Query',
    contracts: {
      __typename: 'ContractConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'ContractEdge', cursor: `cursor-${node.id}`, node })),
    },
  };
}

export const detail: ContractDetailQuery = {
  __typename: 'Query',
  contractByNumber: {
    __typename: 'Contract',
    id: 'c1',
    contractNumber: 'LC-10000002-01',
    kind: 'LEASING',
    status: 'ACTIVE',
    objectSummary: 'Heftrucks Linde E25',
    startDate: '2024-05-01',
    endDate: '2029-04-30',
    activatedAt: '2024-04-18T09:00:00.000Z',
    durationMonths: 60,
    numberOfInstallments: 60,
    periodicity: 'MONTHLY',
    paymentTiming: 'IN_ADVANCE',
    periodicAmountCents: 104526,
    financedAmountCents: 5500000,
    annualRatePercent: '4.75',
    vatRatePercent: '21',
    residualValueCents: 55000,
    earlyTerminationRule: 'Capital restant dû majoré de 3 %',
    earlyTerminationRuleLanguage: 'FR',
    paymentMethod: 'SEPA_DIRECT_DEBIT',
    sepaMandateReference: 'MANDATE-0001',
    supplierName: 'Linde Material Handling Belgium',
    assets: [
      {
        __typename: 'Asset',
        id: 'a1',
        description: 'Chariot élévateur électrique',
        brand: 'Linde',
        model: 'E25',
        serialNumber: 'LND-E25-0042',
        quantity: 2,
        location: 'Entrepôt Liège',
      },
    ],
    lastInstallment: {
      __typename: 'Installment',
      id: 'i4',
      sequence: 30,
      dueDate: '2026-11-01',
      amountCents: 104526,
      vatCents: 21950,
      totalCents: 126476,
      status: 'OVERDUE',
      paidOn: null,
    },
    nextInstallment: {
      __typename: 'Installment',
      id: 'i5',
      sequence: 31,
      dueDate: '2026-12-01',
      amountCents: 104526,
      vatCents: 21950,
      totalCents: 126476,
      status: 'DUE',
      paidOn: null,
    },
  },
};

// #12 §3: 1 000,00 € at 12 % over 2 monthly rents in advance, residual value 10,00 €, 21 % VAT, worked
// independently (Python decimal): P = 497,56 €; rent 1 at signing is all capital; rent 2 carries 1 % of
// 502,44 € = 5,02 € and leaves 9,90 € = 10,00 / 1,01; the option a month later is 9,90 capital + 0,10 interest.
export const amortization: AmortizationTableQuery = {
  __typename: 'Query',
  contractByNumber: {
    __typename: 'Contract',
    id: 'c1',
    contractNumber: 'LC-10000002-01',
    kind: 'LEASING',
    status: 'PENDING',
    vatRatePercent: '21',
    amortizationTable: {
      __typename: 'AmortizationTable',
      definitive: false,
      regularInstallmentCents: 49756,
      residualValueCents: 1000,
      paymentTiming: 'IN_ADVANCE',
      annualRatePercent: '12',
      periodicity: 'MONTHLY',
      periodsPerYear: 12,
      rows: [
        {
          __typename: 'AmortizationRow',
          period: 1,
          dueDate: '2026-01-01',
          installmentCents: 49756,
          interestCents: 0,
          capitalCents: 49756,
          outstandingCents: 50244,
          vatCents: 10449,
          totalCents: 60205,
        },
        {
          __typename: 'AmortizationRow',
          period: 2,
          dueDate: '2026-02-01',
          installmentCents: 49756,
          interestCents: 502,
          capitalCents: 49254,
          outstandingCents: 990,
          vatCents: 10449,
          totalCents: 60205,
        },
      ],
      residualValueRow: {
        __typename: 'AmortizationRow',
        period: 3,
        dueDate: '2026-03-01',
        installmentCents: 1000,
        interestCents: 10,
        capitalCents: 990,
        outstandingCents: 0,
        vatCents: 210,
        totalCents: 1210,
      },
      totals: {
        __typename: 'AmortizationTotals',
        installmentCents: 100512,
        interestCents: 512,
        capitalCents: 100000,
        vatCents: 21108,
        totalCents: 121620,
      },
    },
  },
};
