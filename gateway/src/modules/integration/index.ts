/** The public face of the integration module (issue #14 §1): the core leasing system's way in (INT-1, INT-2).
 * What other modules, the composition root (app/), the command-line tools and the tests may use. */
export { parseIngestionBatch } from './ingestion.schema';
export type { ContractRecord, CustomerRecord, IngestionBatch, InvoiceRecord } from './ingestion.schema';
export { IngestionService } from './ingestion.service';
export type { IngestionSummary } from './ingestion.service';
export { internalRoutes } from './internal.routes';
