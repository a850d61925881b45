import { computeAmortizationSchedule, validateScheduleInput, type ScheduleInput } from '../../core/amortization-schedule';
import { CoreValidationError } from '../../core/core-error';
import { DomainError, type FieldProblem } from '../../platform/errors';
import type { Contract } from './contract.entity';
import { ContractKind, ContractStatus, PaymentTiming, Periodicity } from './contract.enums';
import type { AmortizationTable } from './amortization.types';

// The engine names its inputs after its own parameters; the contract calls two of them differently.
const CONTRACT_FIELD_OF_SCHEDULE_INPUT: Readonly<Record<string, string>> = {
  periods: 'numberOfInstallments',
  timing: 'paymentTiming',
};

const contractFieldOf = (error: CoreValidationError): string =>
  CONTRACT_FIELD_OF_SCHEDULE_INPUT[error.field ?? ''] ?? error.field ?? 'contract';

type ContractTerms = Pick<
  Contract,
  | 'financedAmountCents'
  | 'residualValueCents'
  | 'annualRatePercent'
  | 'numberOfInstallments'
  | 'periodicity'
  | 'paymentTiming'
  | 'startDate'
  | 'vatRatePercent'
>;

const scheduleInputOf = (contract: ContractTerms): ScheduleInput => ({
  financedAmountCents: contract.financedAmountCents,
  residualValueCents: contract.residualValueCents,
  annualRatePercent: contract.annualRatePercent,
  periods: contract.numberOfInstallments,
  periodicity: contract.periodicity,
  timing: contract.paymentTiming,
  startDate: contract.startDate,
  vatRatePercent: contract.vatRatePercent ?? null,
});

/**
 * INT-1, X-5: what the engine would refuse in these terms, named by the contract's own field; null
 * when a table can be computed. Ingestion asks this of every leasing and credit-line record, so the
 * portal never stores a contract whose table it cannot show.
 */
export function amortizationTermsProblem(contract: ContractTerms): FieldProblem | null {
  try {
    validateScheduleInput(scheduleInputOf(contract));
    return null;
  } catch (error) {
    if (error instanceof CoreValidationError) return { field: contractFieldOf(error), code: error.code, message: error.message };
    throw error;
  }
}

/**
 * terms stored before ingestion checked them (or changed behind its back) can be refused by the
 * engine. The table then answers a coded error naming the contract's field, and only the table
 * fails: the contract and its other fields still answer.
 */
function termsRefused(contractNumber: string, error: CoreValidationError): DomainError {
  const field = contractFieldOf(error);
  return new DomainError(
    'CONFLICT',
    `The terms of contract ${contractNumber} do not allow an amortization table: ${field}: ${error.message}`,
    {
      reason: 'AMORTIZATION_TERMS_INVALID',
      fields: [{ field, code: error.code, message: error.message }],
    },
  );
}

/** CON-4: leasing and credit lines have a table, rentals do not; provisional until activation. */
export function amortizationTableOf(
  contract: Pick<
    Contract,
    | 'kind'
    | 'status'
    | 'financedAmountCents'
    | 'residualValueCents'
    | 'annualRatePercent'
    | 'numberOfInstallments'
    | 'periodicity'
    | 'paymentTiming'
    | 'startDate'
    | 'vatRatePercent'
    | 'contractNumber'
  >,
): AmortizationTable | null {
  if (contract.kind === ContractKind.RENTAL) return null;
  const schedule = computeOrExplain(contract.contractNumber, () => computeAmortizationSchedule(scheduleInputOf(contract)));
  return {
    definitive: contract.status !== ContractStatus.PENDING,
    regularInstallmentCents: schedule.regularInstallmentCents,
    periodicRate: schedule.periodicRate,
    residualValueCents: contract.residualValueCents,
    // The core's string unions carry the same values as the GraphQL enums.
    paymentTiming: schedule.convention.timing as PaymentTiming,
    annualRatePercent: schedule.convention.annualRatePercent,
    periodicity: schedule.convention.periodicity as Periodicity,
    periodsPerYear: schedule.convention.periodsPerYear,
    rows: schedule.rows,
    residualValueRow: schedule.residualValueRow,
    totals: schedule.totals,
  };
}

/**
 * DOC-1: the amount of an issued table as a document is what its rents add up to. The purchase
 * option is left out: it is paid only if the customer exercises it (the table's totals include it).
 */
export function rentsTotalOf(table: AmortizationTable): { netCents: number; vatCents: number } {
  const option = table.residualValueRow;
  return {
    netCents: table.totals.installmentCents - (option?.installmentCents ?? 0),
    vatCents: table.totals.vatCents - (option?.vatCents ?? 0),
  };
}

function computeOrExplain<T>(contractNumber: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CoreValidationError) throw termsRefused(contractNumber, error);
    throw error;
  }
}
