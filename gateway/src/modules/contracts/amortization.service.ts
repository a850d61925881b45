import { computeAmortizationSchedule } from '../../core/amortization-schedule';
import type { Contract } from './contract.entity';
import { ContractKind, ContractStatus } from './contract.enums';
import type { AmortizationTable } from './amortization.types';

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
  >,
): AmortizationTable | null {
  if (contract.kind === ContractKind.RENTAL) return null;
  const schedule = computeAmortizationSchedule({
    financedAmountCents: contract.financedAmountCents,
    residualValueCents: contract.residualValueCents,
    annualRatePercent: contract.annualRatePercent,
    periods: contract.numberOfInstallments,
    periodicity: contract.periodicity,
    timing: contract.paymentTiming,
    startDate: contract.startDate,
    vatRatePercent: contract.vatRatePercent ?? null,
  });
  return {
    definitive: contract.status !== ContractStatus.PENDING,
    regularInstallmentCents: schedule.regularInstallmentCents,
    periodicRate: schedule.periodicRate,
    residualValueCents: contract.residualValueCents,
    rows: schedule.rows,
    totals: schedule.totals,
  };
}
