/** The public face of the customers module (issue #14 §1): what other modules, the composition root (app/),
 * the command-line tools and the tests may use. Everything else in this folder is the module's own. */
export { Customer } from './customer.entity';
export { CorrespondenceLanguage } from './customer.enums';
export { CustomerResolver } from './customer.resolver';
export { CustomerService, CustomerUpstreamSync, applyCompanyDataChange, customerFieldsOf } from './customer.service';
export type { CompanyDataChange } from './customer.service';
export { customerRecord } from './customer-record';
export type { CustomerRecord } from './customer-record';
export { customerNamesOf } from './customer-names';
