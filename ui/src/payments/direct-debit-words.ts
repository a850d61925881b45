import { toPortalLanguage, type PortalLanguage } from '../formats/portal-language';

// Issue #12 §1 (DOC-3, CON-3): an amount that will be collected by SEPA direct debit on its due date
// says so instead of "to pay", in the same words in every tab (the documents tab's invoices, the
// contracts tab's installments). The date comes already formatted for the user's locale.
const directDebitOn: Record<PortalLanguage, (date: string) => string> = {
  fr: (date) => `Domiciliation le ${date}`,
  nl: (date) => `Domiciliëring op ${date}`,
  en: (date) => `Direct debit on ${date}`,
};

/** "Domiciliation le 01/12/2026", "Domiciliëring op 01/12/2026", "Direct debit on 01/12/2026". */
export function directDebitOnText(language: string | undefined, formattedDate: string): string {
  return directDebitOn[toPortalLanguage(language)](formattedDate);
}
