import { z } from 'zod';
import { documentFigureProblems } from '../../core/document-lines';
import { parseStructuredReference } from '../../core/structured-reference';
import { VAT_CATEGORIES, VAT_EXEMPTION_BASES } from '../../core/vat-treatment';
import { cents, isoDate, percent, upstreamId } from '../../platform/upstream-fields';

/** An invoice or credit note with its lines as the core leasing system sends it (INT-1). */
const lineRecord = z.object({
  description: z.string().trim().min(1).max(300),
  quantity: z.string().regex(/^\d{1,9}(\.\d{1,4})?$/, 'must be a decimal quantity such as "1" or "2.5"'),
  unitPriceCents: cents,
  vatRatePercent: percent,
  netCents: cents,
  vatCents: cents,
  // Issue #12 §2: the core system's VAT category and exemption basis; when absent, the default of the
  // contract kind applies (core/vat-treatment), checked with the contract in DocumentUpstreamSync.
  vatCategory: z.enum(VAT_CATEGORIES).nullish(),
  vatExemptionBasis: z.enum(VAT_EXEMPTION_BASES).nullish(),
});

export const invoiceRecord = z
  .object({
    upstreamId,
    customerUpstreamId: upstreamId,
    contractUpstreamId: upstreamId.nullish(),
    kind: z.enum(['INVOICE', 'CREDIT_NOTE']),
    number: z.string().regex(/^[A-Z0-9-]{4,30}$/, 'must be 4 to 30 capital letters, digits or dashes'),
    batchNumber: z
      .string()
      .regex(/^[A-Z0-9-]{1,20}$/, 'must be up to 20 capital letters, digits or dashes')
      .nullish(),
    issueDate: isoDate,
    dueDate: isoDate.nullish(),
    netCents: cents,
    vatCents: cents,
    totalCents: cents,
    paidOn: isoDate.nullish(),
    structuredReference: z
      .string()
      .transform((value, ctx) => {
        const digits = parseStructuredReference(value);
        if (!digits) {
          ctx.addIssue({ code: 'custom', message: 'is not a valid structured reference (mod 97)' });
          return z.NEVER;
        }
        return digits;
      })
      .nullish(),
    creditedDocumentNumber: z.string().max(30).nullish(),
    /** How the document rounds its VAT: each line (when absent), or once per rate over its lines. */
    vatCalculation: z.enum(['PER_LINE', 'PER_RATE']).nullish(),
    lines: z.array(lineRecord).min(1, 'must have at least one line'),
  })
  .superRefine((value, ctx) => {
    if (value.netCents + value.vatCents !== value.totalCents) {
      ctx.addIssue({ code: 'custom', path: ['totalCents'], message: 'must equal netCents + vatCents' });
    }
    // #12 §4: quantity × unit price = net, VAT rounded per line or per rate, totals = the lines'.
    for (const problem of documentFigureProblems({ ...value, vatCalculation: value.vatCalculation ?? 'PER_LINE' }))
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    if (value.dueDate && value.dueDate < value.issueDate) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'must not be before issueDate' });
    }
  });

export type InvoiceRecord = z.infer<typeof invoiceRecord>;
