import { z } from 'zod';
import { isIsoDate } from '../core/iso-date';
import { isPostalCodeForCountry } from '../core/postal-code';

/** The fields every record of the core leasing system shares (INT-1): each module's record schema
 * (customers, contracts, documents) is written with these, and the integration module checks a batch
 * of them before anything is written. */
export const upstreamId = z.string().trim().min(1).max(64);
export const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
export const cents = z.number().int('must be whole cents').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);
export const percent = z.string().regex(/^\d{1,3}(\.\d{1,6})?$/, 'must be a decimal percentage such as "4.75"');
export const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as BE');

export const address = z
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
