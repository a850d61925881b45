import { z } from 'zod';
import { cents, isoDate, percent, upstreamId } from '../../platform/upstream-fields';
import { amortizationTermsProblem } from './amortization.service';
import type { PaymentTiming, Periodicity } from './contract.enums';
import { earlyTerminationRuleField } from './early-termination-rule';

/** A contract with its assets and installments as the core leasing system sends it (INT-1). */
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
    // #18 item 9: one text in the customer's language (the older form) or texts per language
    earlyTerminationRule: earlyTerminationRuleField,
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

export type ContractRecord = z.infer<typeof contractRecord>;
