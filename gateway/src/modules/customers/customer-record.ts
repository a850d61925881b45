import { z } from 'zod';
import { validateIban, validateBic } from '../../core/bank-account';
import { normalizeEnterpriseNumber } from '../../core/enterprise-number';
import { address, upstreamId } from '../../platform/upstream-fields';

/** A customer as the core leasing system sends it (INT-1): the integration module checks a batch of them. */
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

export type CustomerRecord = z.infer<typeof customerRecord>;
