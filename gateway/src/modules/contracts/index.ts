/** The public face of the contracts module (issue #14 §1): what other modules, the composition root (app/),
 * the command-line tools and the tests may use. Everything else in this folder is the module's own. */
export { amortizationTableOf, amortizationTermsProblem, rentsTotalOf } from './amortization.service';
export { AmortizationTable } from './amortization.types';
export { Asset } from './asset.entity';
export { ContractUpstreamSync, assetFieldsOf, contractFieldsOf, installmentFieldsOf } from './contract-upstream-sync';
export { Contract } from './contract.entity';
export { ContractStatus, PaymentTiming, Periodicity } from './contract.enums';
export { ContractResolver, InstallmentResolver } from './contract.resolver';
export { ContractService } from './contract.service';
export { Installment } from './installment.entity';
export { contractRecord } from './contract-record';
export type { ContractRecord } from './contract-record';
