import { graphql } from '../../../gql';

// CON-1: one page of the customer's contracts, with the next installment for the list's last column
// (and the payment method: a direct debit says when it will be collected, issue #12 §1).
export const ContractListQuery = graphql(`
  query ContractList($first: Int, $after: String, $filter: ContractFilter, $sort: ContractSort) {
    contracts(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          contractNumber
          kind
          status
          objectSummary
          startDate
          endDate
          periodicAmountCents
          periodicity
          paymentMethod
          nextInstallment {
            id
            dueDate
            totalCents
            status
          }
        }
      }
    }
  }
`);

// CON-2, CON-3: every contract term, the financed assets and the last and next installments.
export const ContractDetailQuery = graphql(`
  query ContractDetail($number: String!) {
    contractByNumber(number: $number) {
      id
      contractNumber
      kind
      status
      objectSummary
      startDate
      endDate
      activatedAt
      durationMonths
      numberOfInstallments
      periodicity
      paymentTiming
      periodicAmountCents
      financedAmountCents
      annualRatePercent
      vatRatePercent
      residualValueCents
      earlyTerminationRule
      earlyTerminationRuleLanguage
      paymentMethod
      sepaMandateReference
      supplierName
      assets {
        id
        description
        brand
        model
        serialNumber
        quantity
        location
      }
      lastInstallment {
        id
        sequence
        dueDate
        amountCents
        vatCents
        totalCents
        status
        paidOn
      }
      nextInstallment {
        id
        sequence
        dueDate
        amountCents
        vatCents
        totalCents
        status
        paidOn
      }
    }
  }
`);

// CON-4: the amortization table with its totals; null for rentals.
export const AmortizationTableQuery = graphql(`
  query AmortizationTable($number: String!) {
    contractByNumber(number: $number) {
      id
      contractNumber
      kind
      status
      vatRatePercent
      amortizationTable {
        definitive
        regularInstallmentCents
        residualValueCents
        paymentTiming
        annualRatePercent
        periodicity
        periodsPerYear
        rows {
          period
          dueDate
          installmentCents
          interestCents
          capitalCents
          outstandingCents
          vatCents
          totalCents
        }
        residualValueRow {
          period
          dueDate
          installmentCents
          interestCents
          capitalCents
          outstandingCents
          vatCents
          totalCents
        }
        totals {
          installmentCents
          interestCents
          capitalCents
          vatCents
          totalCents
        }
      }
    }
  }
`);
