import type { VatCategory } from '../../core/vat-treatment';
import { formatDateBe } from './belgian-format';
import type { DocumentLanguage } from './document-labels';

/**
 * Wording of how an invoice is settled (issue #12 §1: SEPA direct debit instead of a transfer) and of
 * the VAT category of a 0 % rate (§2), per language. Kept apart from document-labels.ts so that the
 * printed documents share it with the print view.
 */
export interface SettlementLabels {
  /** In place of "amount to pay": nothing is to be paid, the amount will be collected. */
  toBeCollected: string;
  directDebitNotice: string;
  collectionDate: string;
  debitedAccount: string;
  mandateReference: string;
  creditorIdentifier: string;
  /** A paid direct-debit invoice: the amount was collected, in the past tense (issue #12 §1). */
  collected: string;
  collectedNotice: (date: string) => string;
  /** Shown after "VAT 0 %" in the VAT breakdown; the standard rate has none. */
  categorySuffix: Record<VatCategory, string>;
}

const FR: SettlementLabels = {
  toBeCollected: 'Montant à prélever',
  directDebitNotice: "Ce montant sera prélevé par domiciliation européenne (SEPA) à l'échéance : aucun virement n'est à effectuer.",
  collectionDate: 'Date du prélèvement',
  debitedAccount: 'Compte débité',
  mandateReference: 'Référence du mandat',
  creditorIdentifier: 'Identifiant du créancier',
  collected: 'Montant réglé',
  collectedNotice: (date) => `Montant prélevé par domiciliation européenne (SEPA) le ${date} : cette facture est réglée.`,
  categorySuffix: { S: '', Z: ' (taux zéro)', E: ' (exonérée)' },
};

const NL: SettlementLabels = {
  toBeCollected: 'Te debiteren bedrag',
  directDebitNotice: 'Dit bedrag wordt op de vervaldag via Europese domiciliëring (SEPA) geïnd: u hoeft niets over te schrijven.',
  collectionDate: 'Datum van de inning',
  debitedAccount: 'Gedebiteerde rekening',
  mandateReference: 'Mandaatreferentie',
  creditorIdentifier: 'Schuldeiser-id',
  collected: 'Betaald bedrag',
  collectedNotice: (date) => `Bedrag op ${date} via Europese domiciliëring (SEPA) geïnd: deze factuur is betaald.`,
  categorySuffix: { S: '', Z: ' (nultarief)', E: ' (vrijgesteld)' },
};

const EN: SettlementLabels = {
  toBeCollected: 'Amount to be debited',
  directDebitNotice: 'This amount will be collected by SEPA direct debit on the due date: no transfer is needed.',
  collectionDate: 'Collection date',
  debitedAccount: 'Debited account',
  mandateReference: 'Mandate reference',
  creditorIdentifier: 'Creditor identifier',
  collected: 'Amount settled',
  collectedNotice: (date) => `Amount collected by SEPA direct debit on ${date}: this invoice is settled.`,
  categorySuffix: { S: '', Z: ' (zero-rated)', E: ' (exempt)' },
};

const LABELS: Record<DocumentLanguage, SettlementLabels> = { fr: FR, nl: NL, en: EN };

export function settlementLabelsFor(language: DocumentLanguage): SettlementLabels {
  return LABELS[language];
}

/**
 * The words of a direct-debit invoice's settlement block, shared by the PDF and the print view. Before
 * the collection: the amount to be debited, the future-tense notice and the collection date (the due
 * date). Once paid: the amount settled and a past-tense notice carrying the date it was collected —
 * never "will be collected" under a paid date.
 */
export function directDebitWording(
  settlement: SettlementLabels,
  invoice: { paidOn: string | null; dueDate: string | null },
): { amountLabel: string; notice: string; collectionDate: string | null } {
  if (invoice.paidOn) {
    return { amountLabel: settlement.collected, notice: settlement.collectedNotice(formatDateBe(invoice.paidOn)), collectionDate: null };
  }
  return {
    amountLabel: settlement.toBeCollected,
    notice: settlement.directDebitNotice,
    collectionDate: invoice.dueDate ? formatDateBe(invoice.dueDate) : null,
  };
}
