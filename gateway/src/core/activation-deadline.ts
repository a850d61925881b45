import { brusselsDateOf, endOfBrusselsDay } from './brussels-time';
import { addBelgianBusinessDays } from './business-days';
import { CoreValidationError } from './core-error';

/**
 * SPEC ACC-3: a temporary password works until the END (23:59:59.999 Brussels) of the 8th Belgian
 * business day after the Brussels calendar day on which it was issued; the reminder e-mail goes
 * out on the 6th business day, i.e. 2 business days before the last valid day.
 * The issue day itself never counts, even when it is a business day (addBelgianBusinessDays counts
 * days strictly after it), and weekends and the 10 legal public holidays are skipped.
 */

export const TEMPORARY_PASSWORD_VALID_BUSINESS_DAYS = 8;
export const TEMPORARY_PASSWORD_REMINDER_BUSINESS_DAYS = 6;

export interface TemporaryPasswordDeadline {
  /** Last valid instant (UTC): the last millisecond of lastValidDay in Brussels. */
  expiresAt: Date;
  /** ISO date (Brussels) of the last day on which the temporary password works. */
  lastValidDay: string;
  /** ISO date (Brussels) on which the reminder is sent. */
  reminderDay: string;
}

export function temporaryPasswordDeadline(issuedAt: Date): TemporaryPasswordDeadline {
  if (!(issuedAt instanceof Date) || Number.isNaN(issuedAt.getTime())) {
    throw new CoreValidationError('DATE_INVALID', 'Invalid Date instance', 'issuedAt');
  }
  const issueDay = brusselsDateOf(issuedAt);
  const lastValidDay = addBelgianBusinessDays(issueDay, TEMPORARY_PASSWORD_VALID_BUSINESS_DAYS);
  return {
    expiresAt: endOfBrusselsDay(lastValidDay),
    lastValidDay,
    reminderDay: addBelgianBusinessDays(issueDay, TEMPORARY_PASSWORD_REMINDER_BUSINESS_DAYS),
  };
}
