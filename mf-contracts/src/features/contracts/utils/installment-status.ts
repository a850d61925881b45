import { directDebitOnText, useFormats } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import type { InstallmentStatus, PaymentMethod } from '../../../gql/graphql';

/**
 * CON-3, issue #12 §1: an installment's status in words. A due installment of a direct-debit contract
 * will be collected on its due date: it says so ("Domiciliation le 01/12/2026", the documents tab's
 * words, from the kit) instead of "to pay". Paid and overdue (a collection that failed) read as for a
 * transfer.
 */
export function useInstallmentStatusText(): (installment: { status: InstallmentStatus; dueDate: string }, method: PaymentMethod) => string {
  const { t, i18n } = useTranslation('contracts');
  const formats = useFormats();
  return (installment, method) =>
    installment.status === 'DUE' && method === 'SEPA_DIRECT_DEBIT'
      ? directDebitOnText(i18n.language, formats.date(installment.dueDate))
      : t(`installmentStatuses.${installment.status}`);
}
