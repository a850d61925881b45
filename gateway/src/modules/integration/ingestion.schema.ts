import { z } from 'zod';
import { IngestionRejected, type IngestionProblem } from '../../platform/errors';
import { contractRecord, type ContractRecord } from '../contracts';
import { customerRecord, type CustomerRecord } from '../customers';
import { invoiceRecord, type InvoiceRecord } from '../documents';

/**
 * The JSON the core leasing system sends (INT-1), through HTTP or files. Everything is checked
 * before anything is written: one bad record rejects the whole batch with its position and field.
 */
export const ingestionBatch = z
  .object({
    customers: z.array(customerRecord).default([]),
    contracts: z.array(contractRecord).default([]),
    invoices: z.array(invoiceRecord).default([]),
  })
  .strict();

export type IngestionBatch = z.infer<typeof ingestionBatch>;
export type { ContractRecord, CustomerRecord, InvoiceRecord };

/** Parses a batch, or throws IngestionRejected naming each bad record and field. */
export function parseIngestionBatch(input: unknown): IngestionBatch {
  const result = ingestionBatch.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 50).map((issue): IngestionProblem => {
    const [collection, index, ...rest] = issue.path;
    if (typeof collection === 'string' && typeof index === 'number') {
      const raw = (input as Record<string, unknown[]>)[collection]?.[index] as { upstreamId?: unknown } | undefined;
      return {
        record: `${collection}[${index}]`,
        upstreamId: typeof raw?.upstreamId === 'string' ? raw.upstreamId : undefined,
        field:
          rest.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('') || '(record)',
        message: issue.message,
      };
    }
    return { record: 'batch', field: issue.path.map(String).join('.') || '(body)', message: issue.message };
  });
  throw new IngestionRejected(problems);
}
