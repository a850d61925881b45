import { z } from 'zod';
import { validateIban, validateBic } from '../../core/bank-account';
import { normalizeEnterpriseNumber } from '../../core/enterprise-number';
import { isIsoDate } from '../../core/iso-date';
import { parseStructuredReference } from '../../core/structured-reference';
import { isPostalCodeForCountry } from '../../core/postal-code';
import { documentFigureProblems } from '../../core/document-lines';
import { VAT_CATEGORIES, VAT_EXEMPTION_BASES } from '../../core/vat-treatment';
import { IngestionRejected, type IngestionProblem } from '../../platform/errors';
import { amortizationTermsProblem } from '../contracts/amortization.service';
import type { PaymentTiming, Periodicity } from '../contracts/contract.enums';

/**
 * The JSON the core leasing system sends (INT-1), through HTTP or files. Everything is checked
 * before anything is written: one bad record rejects the whole batch with its position and field.
 */
const upstreamId = z.string().trim().min(1).max(64);
const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
const cents = z.number().int('must be whole cents').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);
const percent = z.string().regex(/^\d{1,3}(\.\d{1,6})?$/, 'must be a decimal percentage such as "4.75"');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as BE');

const address = z
  .object({
    street: z.string().trim().min(1).max(200),
    postalCode: z.string().trim().min(1).max(12),
    city: z.string().trim().min(1).max(100),
    country,
  })
  .superRefine((value, ctx) => {
    if (!isPostalCodeForCountry(value.country, value.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: `is not a postal code of ${value.country}` });
    }
  });

export const customerRecord = z.object({
  upstreamId,
  customerNumber: z.string().regex(/^\d{8}$/, 'must be 8 digits'),
  name: z.string().trim().min(1).max(200),
  legalForm: z.string().trim().max(40).nullish(),
  enterpriseNumber: z.string().transform((value, ctx) => {
    const normalized = normalizeEnterpriseNumber(value);
    if (!normalized) {
      ctx.addIssue({ code: 'custom', message: 'is not a valid Belgian enterprise number (10 digits, mod 97)' });
      return z.NEVER;
    }
    return normalized;
  }),
  vatNumber: z
    .string()
    .regex(/^BE[01]\d{9}$/, 'must look like BE0403170701')
    .nullish(),
  registeredOffice: address,
  billingAddress: address.nullish(),
  iban: z
    .string()
    .transform((value, ctx) => {
      const result = validateIban(value);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: `is not a valid IBAN (${result.code})` });
        return z.NEVER;
      }
      return result.iban;
    })
    .nullish(),
  bic: z
    .string()
    .refine((value) => validateBic(value), 'is not a valid BIC')
    .nullish(),
  language: z.enum(['fr', 'nl', 'en']).default('fr'),
  administrativeContact: z
    .object({
      name: z.string().trim().min(1).max(200),
      email: z.email('must be an e-mail address').max(254).nullish(),
      phone: z.string().trim().max(32).nullish(),
    })
    .nullish(),
});

const assetRecord = z.object({
  upstreamId,
  description: z.string().trim().min(1).max(300),
  brand: z.string().trim().min(1).max(100),
  model: z.string().trim().min(1).max(100),
  serialNumber: z.string().trim().max(100).nullish(),
  quantity: z.number().int().min(1, 'must be at least 1'),
  location: z.string().trim().max(300).nullish(),
});

const installmentRecord = z
  .object({
    sequence: z.number().int().min(1),
    dueDate: isoDate,
    amountCents: cents,
    vatCents: cents,
    totalCents: cents,
    paidOn: isoDate.nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.amountCents + value.vatCents !== value.totalCents) {
      ctx.addIssue({ code: 'custom', path: ['totalCents'], message: 'must equal amountCents + vatCents' });
    }
  });

export const contractRecord = z
  .object({
    upstreamId,
    customerUpstreamId: upstreamId,
    contractNumber: z.string().regex(/^[A-Z0-9-]{4,20}$/, 'must be 4 to 20 capital letters, digits or dashes'),
    kind: z.enum(['LEASING', 'CREDIT_LINE', 'RENTAL']),
    status: z.enum(['PENDING', 'ACTIVE', 'ENDED', 'TERMINATED']),
    objectSummary: z.string().trim().min(1).max(300),
    startDate: isoDate,
    endDate: isoDate,
    durationMonths: z.number().int().min(1).max(600),
    numberOfInstallments: z.number().int().min(1).max(600),
    periodicity: z.enum(['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'ANNUAL']),
    paymentTiming: z.enum(['IN_ADVANCE', 'IN_ARREARS']),
    financedAmountCents: cents.min(1, 'must be positive'),
    annualRatePercent: percent,
    residualValueCents: cents,
    periodicAmountCents: cents,
    vatRatePercent: percent.nullish(),
    paymentMethod: z.enum(['SEPA_DIRECT_DEBIT', 'BANK_TRANSFER']),
    sepaMandateReference: z.string().trim().max(35).nullish(),
    supplierName: z.string().trim().min(1).max(200),
    earlyTerminationRule: z.string().trim().max(300).nullish(),
    activatedAt: z.iso.datetime({ offset: true }).nullish(),
    assets: z.array(assetRecord).default([]),
    installments: z.array(installmentRecord).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.endDate < value.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
    if (value.residualValueCents >= value.financedAmountCents) {
      ctx.addIssue({ code: 'custom', path: ['residualValueCents'], message: 'must be less than financedAmountCents' });
    }
    // #12 §4: every constraint of the amortization engine, so no stored contract breaks its table.
    if (value.kind !== 'RENTAL') {
      const problem = amortizationTermsProblem({
        ...value,
        periodicity: value.periodicity as Periodicity,
        paymentTiming: value.paymentTiming as PaymentTiming,
      });
      if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: `${problem.message} (${problem.code})` });
    }
    if (value.paymentMethod === 'SEPA_DIRECT_DEBIT' && !value.sepaMandateReference) {
      ctx.addIssue({ code: 'custom', path: ['sepaMandateReference'], message: 'is required for SEPA direct debit' });
    }
    const sequences = new Set<number>();
    value.installments.forEach((installment, index) => {
      if (sequences.has(installment.sequence)) {
        ctx.addIssue({ code: 'custom', path: ['installments', index, 'sequence'], message: 'appears twice' });
      }
      sequences.add(installment.sequence);
    });
  });

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

export const ingestionBatch = z
  .object({
    customers: z.array(customerRecord).default([]),
    contracts: z.array(contractRecord).default([]),
    invoices: z.array(invoiceRecord).default([]),
  })
  .strict();

export type IngestionBatch = z.infer<typeof ingestionBatch>;
export type CustomerRecord = z.infer<typeof customerRecord>;
export type ContractRecord = z.infer<typeof contractRecord>;
export type InvoiceRecord = z.infer<typeof invoiceRecord>;

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
