/** The public face of the documents module (issue #14 §1): what other modules, the composition root (app/),
 * the command-line tools and the tests may use. Everything else in this folder is the module's own. */
export { documentDownloadRoutes } from './document-downloads.routes';
export { DocumentLine } from './document-line.entity';
export { DocumentUpstreamSync } from './document-upstream-sync';
export { Document } from './document.entity';
export { DocumentKind } from './document.enums';
export { DocumentResolver } from './document.resolver';
export { directDebitMandateOf, lineTreatmentsOf } from './invoice-terms';
export type { InvoicedContract } from './invoice-terms';
export { PRINT_VIEW_STYLE } from './print-view';
export { SELLER } from './seller-identity';
export { invoiceRecord } from './invoice-record';
export type { InvoiceRecord } from './invoice-record';
