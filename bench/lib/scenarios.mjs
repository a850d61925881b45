/**
 * The benchmark scenarios of issue #8: one GraphQL operation each, sent as the same HTTP request to
 * the gateway and to its floor. The floor answers exactly these selections, byte for byte.
 */

const CONTRACT_DETAIL = `id contractNumber kind status objectSummary startDate endDate durationMonths numberOfInstallments
      periodicity paymentTiming financedAmountCents annualRatePercent residualValueCents periodicAmountCents vatRatePercent
      paymentMethod sepaMandateReference supplierName earlyTerminationRule activatedAt
      assets { id description brand model serialNumber quantity location }
      nextInstallment { id sequence dueDate amountCents vatCents totalCents paidOn status }
      lastInstallment { id sequence dueDate amountCents vatCents totalCents paidOn status }`;

export const SCENARIOS = {
  S1: {
    title: 'one contract by number (detail, assets, next and last installment)',
    query: `query S1($number: String!) { contractByNumber(number: $number) { ${CONTRACT_DETAIL} } }`,
    variables: (data) => ({ number: data.contractNumber }),
  },
  S2: {
    title: 'contracts page: 20 contracts with assets and next installment',
    query: `query S2($first: Int!) { contracts(first: $first) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id contractNumber kind status objectSummary startDate endDate periodicAmountCents
        assets { id description brand model serialNumber }
        nextInstallment { sequence dueDate totalCents status } } } }`,
    variables: () => ({ first: 20 }),
  },
  S3: {
    title: 'amortization table of 360 periods',
    query: `query S3($number: String!) { contractByNumber(number: $number) { contractNumber amortizationTable {
      definitive periodicRate regularInstallmentCents residualValueCents
      totals { installmentCents interestCents capitalCents vatCents totalCents }
      rows { period dueDate installmentCents interestCents capitalCents vatCents totalCents outstandingCents } } } }`,
    variables: (data) => ({ number: data.longContractNumber }),
  },
  S4: {
    title: 'documents page: 50 invoices, date range and search',
    query: `query S4($filter: DocumentFilter!) { documents(first: 50, filter: $filter) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id number kind issueDate dueDate contractNumber batchNumber netCents vatCents totalCents paidOn
        paymentStatus structuredReference pdfUrl } } }`,
    variables: (data) => ({ filter: { issuedFrom: data.issuedFrom, issuedTo: data.issuedTo, search: data.search } }),
  },
  S5: {
    title: 'sign-in (argon2id check, new server-side session)',
    query: `mutation S5($input: SignInInput!) { signIn(input: $input) { status } }`,
    variables: (data) => ({ input: { loginId: data.loginId, password: data.password } }),
  },
};

/** The HTTP request body of a scenario, identical for gateway and floor. */
export function requestBody(name, data) {
  const scenario = SCENARIOS[name];
  return JSON.stringify({ operationName: name, query: scenario.query.replace(/\s+/g, ' '), variables: scenario.variables(data) });
}
