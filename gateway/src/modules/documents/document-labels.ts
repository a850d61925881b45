import type { DocumentKind, PaymentStatus } from './document.enums';
import type { PaymentTiming, Periodicity } from '../../core/amortization-schedule';

/** Languages of correspondence (COM-1): a document is printed in its customer's language. */
export type DocumentLanguage = 'fr' | 'nl' | 'en';

export interface DocumentLabels {
  title: Record<DocumentKind, string>;
  numberOf: Record<DocumentKind, string>;
  supplier: string;
  customer: string;
  enterpriseNumber: string;
  vatNumber: string;
  customerNumber: string;
  issueDate: string;
  dueDate: string;
  contract: string;
  batch: string;
  creditedInvoice: string;
  description: string;
  quantity: string;
  unitPrice: string;
  vatRate: string;
  vatAmount: string;
  net: string;
  totalNet: string;
  vatAt: (rate: string) => string;
  totalVat: string;
  total: string;
  toPay: string;
  inYourFavour: string;
  paymentInstructions: string;
  structuredReference: string;
  iban: string;
  bic: string;
  paidOn: string;
  creditNoteSettlement: string;
  page: (n: number) => string;
  // amortization tables (CON-4)
  provisional: string;
  definitive: string;
  provisionalNote: string;
  financedAmount: string;
  residualValue: string;
  annualRate: string;
  installments: string;
  period: string;
  installment: string;
  interest: string;
  capital: string;
  outstanding: string;
  vat: string;
  totalInclVat: string;
  totals: string;
  // the convention an amortization table states (#12 §3, CON-4)
  convention: string;
  timingName: Record<PaymentTiming, string>;
  periodicityAndRate: string;
  periodicityAndRateText: (periodicity: Periodicity, annualRate: string, periodsPerYear: number) => string;
  conventionNote: (timing: PaymentTiming, hasResidualValue: boolean) => string;
  residualValueLine: string;
  residualValueShort: string;
  // statement of account (DOC-8)
  statementTitle: (date: string) => string;
  statementIntro: string;
  openItems: string;
  paidItems: (from: string, to: string) => string;
  noItems: string;
  document: string;
  kind: string;
  amount: string;
  status: string;
  balance: (date: string) => string;
  totalPaid: string;
  kindName: Record<DocumentKind, string>;
  paymentStatus: Record<PaymentStatus, string>;
  /** Issue #12 §1: an open invoice collected by direct debit on its due date (the documents tab's words). */
  directDebitOn: (date: string) => string;
  // exports (DOC-4)
  exportColumns: readonly string[];
  statementFileName: string;
}

const FR: DocumentLabels = {
  title: { INVOICE: 'FACTURE', CREDIT_NOTE: 'NOTE DE CRÉDIT', AMORTIZATION_TABLE: "TABLEAU D'AMORTISSEMENT" },
  numberOf: { INVOICE: 'Numéro de facture', CREDIT_NOTE: 'Numéro de note de crédit', AMORTIZATION_TABLE: 'Numéro de document' },
  supplier: 'Fournisseur',
  customer: 'Client',
  enterpriseNumber: "N° d'entreprise",
  vatNumber: 'N° TVA',
  customerNumber: 'N° client',
  issueDate: 'Date',
  dueDate: "Date d'échéance",
  contract: 'Contrat',
  batch: 'Lot de facturation',
  creditedInvoice: 'Facture créditée',
  description: 'Description',
  quantity: 'Quantité',
  unitPrice: 'Prix unitaire HTVA',
  vatRate: 'Taux TVA',
  vatAmount: 'Montant TVA',
  net: 'Net HTVA',
  totalNet: 'Total HTVA',
  vatAt: (rate) => `TVA ${rate}`,
  totalVat: 'Total TVA',
  total: 'Total TVAC',
  toPay: 'Montant à payer',
  inYourFavour: 'Montant en votre faveur',
  paymentInstructions: 'Paiement par virement, avec la communication structurée :',
  structuredReference: 'Communication structurée',
  iban: 'IBAN',
  bic: 'BIC',
  paidOn: 'Payée le',
  creditNoteSettlement: 'Ce montant sera remboursé ou déduit de votre prochaine facture.',
  page: (n) => `Page ${n}`,
  provisional: 'PROVISOIRE',
  definitive: 'DÉFINITIF',
  provisionalNote: "Tableau provisoire : il devient définitif à l'activation du contrat.",
  financedAmount: 'Montant financé',
  residualValue: 'Valeur résiduelle',
  annualRate: 'Taux annuel',
  installments: 'Échéances',
  period: 'Période',
  installment: 'Loyer HTVA',
  interest: 'Intérêts',
  capital: 'Capital',
  outstanding: 'Capital restant',
  vat: 'TVA',
  totalInclVat: 'Total TVAC',
  totals: 'Totaux',
  convention: 'Convention',
  timingName: {
    IN_ADVANCE: 'Terme à échoir (loyer payable en début de période)',
    IN_ARREARS: 'Terme échu (loyer payable en fin de période)',
  },
  periodicityAndRate: 'Loyers et taux',
  periodicityAndRateText: (periodicity, rate, ppy) =>
    `${{ MONTHLY: 'Mensuels', QUARTERLY: 'Trimestriels', SEMI_ANNUAL: 'Semestriels', ANNUAL: 'Annuels' }[periodicity]} · taux nominal annuel ${rate} ÷ ${ppy}`,
  conventionNote: (timing, hasResidualValue) =>
    "Les intérêts d'un loyer sont ceux courus pendant la période qui se termine à son échéance, sur le capital restant dû, arrondis au cent." +
    (timing === 'IN_ADVANCE' ? ' Le premier loyer, payé à la signature, est entièrement du capital.' : '') +
    (hasResidualValue
      ? " La ligne « Option » est la valeur résiduelle (option d'achat), due à la fin du contrat ; après elle, le capital restant dû est nul."
      : ''),
  residualValueLine: "Valeur résiduelle (option d'achat)",
  residualValueShort: 'Option',
  statementTitle: (date) => `RELEVÉ DE COMPTE AU ${date}`,
  statementIntro: 'Confirmation de solde : documents ouverts, documents réglés et solde à cette date.',
  openItems: 'Documents ouverts',
  paidItems: (from, to) => `Documents réglés du ${from} au ${to}`,
  noItems: 'Aucun document.',
  document: 'Document',
  kind: 'Type',
  amount: 'Montant',
  status: 'Statut',
  balance: (date) => `Solde au ${date}`,
  totalPaid: 'Total réglé',
  kindName: { INVOICE: 'Facture', CREDIT_NOTE: 'Note de crédit', AMORTIZATION_TABLE: "Tableau d'amortissement" },
  paymentStatus: { PAID: 'Payée', OPEN: 'Ouverte', OVERDUE: 'En retard' },
  directDebitOn: (date) => `Domiciliation le ${date}`,
  exportColumns: [
    'Numéro',
    'Type',
    'Date',
    "Date d'échéance",
    'Contrat',
    'Lot',
    'Net HTVA',
    'TVA',
    'Total TVAC',
    'Statut de paiement',
    'Communication structurée',
  ],
  statementFileName: 'relevé-de-compte',
};

const NL: DocumentLabels = {
  title: { INVOICE: 'FACTUUR', CREDIT_NOTE: 'CREDITNOTA', AMORTIZATION_TABLE: 'AFLOSSINGSTABEL' },
  numberOf: { INVOICE: 'Factuurnummer', CREDIT_NOTE: 'Creditnotanummer', AMORTIZATION_TABLE: 'Documentnummer' },
  supplier: 'Leverancier',
  customer: 'Klant',
  enterpriseNumber: 'Ondernemingsnr.',
  vatNumber: 'Btw-nr.',
  customerNumber: 'Klantnr.',
  issueDate: 'Datum',
  dueDate: 'Vervaldatum',
  contract: 'Contract',
  batch: 'Facturatierun',
  creditedInvoice: 'Gecrediteerde factuur',
  description: 'Omschrijving',
  quantity: 'Aantal',
  unitPrice: 'Eenheidsprijs excl. btw',
  vatRate: 'Btw-tarief',
  vatAmount: 'Btw-bedrag',
  net: 'Netto excl. btw',
  totalNet: 'Totaal excl. btw',
  vatAt: (rate) => `Btw ${rate}`,
  totalVat: 'Totaal btw',
  total: 'Totaal incl. btw',
  toPay: 'Te betalen bedrag',
  inYourFavour: 'Bedrag in uw voordeel',
  paymentInstructions: 'Betaling per overschrijving, met de gestructureerde mededeling:',
  structuredReference: 'Gestructureerde mededeling',
  iban: 'IBAN',
  bic: 'BIC',
  paidOn: 'Betaald op',
  creditNoteSettlement: 'Dit bedrag wordt terugbetaald of verrekend met uw volgende factuur.',
  page: (n) => `Pagina ${n}`,
  provisional: 'VOORLOPIG',
  definitive: 'DEFINITIEF',
  provisionalNote: 'Voorlopige tabel: ze wordt definitief bij de activering van het contract.',
  financedAmount: 'Gefinancierd bedrag',
  residualValue: 'Restwaarde',
  annualRate: 'Jaarlijkse rentevoet',
  installments: 'Termijnen',
  period: 'Periode',
  installment: 'Termijn excl. btw',
  interest: 'Interest',
  capital: 'Kapitaal',
  outstanding: 'Openstaand kapitaal',
  vat: 'Btw',
  totalInclVat: 'Totaal incl. btw',
  totals: 'Totalen',
  convention: 'Conventie',
  timingName: {
    IN_ADVANCE: 'Vooraf betaalbaar (huur bij het begin van de periode)',
    IN_ARREARS: 'Achteraf betaalbaar (huur op het einde van de periode)',
  },
  periodicityAndRate: 'Termijnen en rente',
  periodicityAndRateText: (periodicity, rate, ppy) =>
    `${{ MONTHLY: 'Maandelijks', QUARTERLY: 'Driemaandelijks', SEMI_ANNUAL: 'Halfjaarlijks', ANNUAL: 'Jaarlijks' }[periodicity]} · nominale jaarrente ${rate} ÷ ${ppy}`,
  conventionNote: (timing, hasResidualValue) =>
    'De interest van een huurtermijn is de interest gelopen over de periode die op de vervaldag eindigt, op het openstaande kapitaal, afgerond op de cent.' +
    (timing === 'IN_ADVANCE' ? ' De eerste huurtermijn, betaald bij de ondertekening, is volledig kapitaal.' : '') +
    (hasResidualValue
      ? ' De lijn „Optie” is de restwaarde (aankoopoptie), verschuldigd op het einde van het contract; daarna is het openstaande kapitaal nul.'
      : ''),
  residualValueLine: 'Restwaarde (aankoopoptie)',
  residualValueShort: 'Optie',
  statementTitle: (date) => `REKENINGUITTREKSEL OP ${date}`,
  statementIntro: 'Saldobevestiging: openstaande documenten, betaalde documenten en saldo op deze datum.',
  openItems: 'Openstaande documenten',
  paidItems: (from, to) => `Betaalde documenten van ${from} tot ${to}`,
  noItems: 'Geen documenten.',
  document: 'Document',
  kind: 'Soort',
  amount: 'Bedrag',
  status: 'Status',
  balance: (date) => `Saldo op ${date}`,
  totalPaid: 'Totaal betaald',
  kindName: { INVOICE: 'Factuur', CREDIT_NOTE: 'Creditnota', AMORTIZATION_TABLE: 'Aflossingstabel' },
  paymentStatus: { PAID: 'Betaald', OPEN: 'Open', OVERDUE: 'Vervallen' },
  directDebitOn: (date) => `Domiciliëring op ${date}`,
  exportColumns: [
    'Nummer',
    'Soort',
    'Datum',
    'Vervaldatum',
    'Contract',
    'Run',
    'Netto excl. btw',
    'Btw',
    'Totaal incl. btw',
    'Betaalstatus',
    'Gestructureerde mededeling',
  ],
  statementFileName: 'rekeninguittreksel',
};

const EN: DocumentLabels = {
  title: { INVOICE: 'INVOICE', CREDIT_NOTE: 'CREDIT NOTE', AMORTIZATION_TABLE: 'AMORTIZATION TABLE' },
  numberOf: { INVOICE: 'Invoice number', CREDIT_NOTE: 'Credit note number', AMORTIZATION_TABLE: 'Document number' },
  supplier: 'Supplier',
  customer: 'Customer',
  enterpriseNumber: 'Enterprise no.',
  vatNumber: 'VAT no.',
  customerNumber: 'Customer no.',
  issueDate: 'Date',
  dueDate: 'Due date',
  contract: 'Contract',
  batch: 'Invoicing run',
  creditedInvoice: 'Credited invoice',
  description: 'Description',
  quantity: 'Quantity',
  unitPrice: 'Unit price excl. VAT',
  vatRate: 'VAT rate',
  vatAmount: 'VAT amount',
  net: 'Net excl. VAT',
  totalNet: 'Total excl. VAT',
  vatAt: (rate) => `VAT ${rate}`,
  totalVat: 'Total VAT',
  total: 'Total incl. VAT',
  toPay: 'Amount to pay',
  inYourFavour: 'Amount in your favour',
  paymentInstructions: 'Pay by bank transfer, quoting the structured reference:',
  structuredReference: 'Structured reference',
  iban: 'IBAN',
  bic: 'BIC',
  paidOn: 'Paid on',
  creditNoteSettlement: 'This amount will be refunded or deducted from your next invoice.',
  page: (n) => `Page ${n}`,
  provisional: 'PROVISIONAL',
  definitive: 'DEFINITIVE',
  provisionalNote: 'Provisional table: it becomes definitive when the contract is activated.',
  financedAmount: 'Financed amount',
  residualValue: 'Residual value',
  annualRate: 'Annual rate',
  installments: 'Installments',
  period: 'Period',
  installment: 'Installment excl. VAT',
  interest: 'Interest',
  capital: 'Capital',
  outstanding: 'Outstanding capital',
  vat: 'VAT',
  totalInclVat: 'Total incl. VAT',
  totals: 'Totals',
  convention: 'Convention',
  timingName: {
    IN_ADVANCE: 'In advance (rent due at the start of each period)',
    IN_ARREARS: 'In arrears (rent due at the end of each period)',
  },
  periodicityAndRate: 'Rents and rate',
  periodicityAndRateText: (periodicity, rate, ppy) =>
    `${{ MONTHLY: 'Monthly', QUARTERLY: 'Quarterly', SEMI_ANNUAL: 'Half-yearly', ANNUAL: 'Yearly' }[periodicity]} · nominal annual rate ${rate} ÷ ${ppy}`,
  conventionNote: (timing, hasResidualValue) =>
    'The interest of a rent is the interest accrued over the period ending on its due date, on the outstanding capital, rounded to the cent.' +
    (timing === 'IN_ADVANCE' ? ' The first rent, paid at signing, is all capital.' : '') +
    (hasResidualValue
      ? ' The “Option” line is the residual value (purchase option), due at the end of the contract; after it the outstanding capital is nil.'
      : ''),
  residualValueLine: 'Residual value (purchase option)',
  residualValueShort: 'Option',
  statementTitle: (date) => `STATEMENT OF ACCOUNT AT ${date}`,
  statementIntro: 'Balance confirmation: open items, paid items and the balance at this date.',
  openItems: 'Open items',
  paidItems: (from, to) => `Items paid from ${from} to ${to}`,
  noItems: 'No documents.',
  document: 'Document',
  kind: 'Kind',
  amount: 'Amount',
  status: 'Status',
  balance: (date) => `Balance at ${date}`,
  totalPaid: 'Total paid',
  kindName: { INVOICE: 'Invoice', CREDIT_NOTE: 'Credit note', AMORTIZATION_TABLE: 'Amortization table' },
  paymentStatus: { PAID: 'Paid', OPEN: 'Open', OVERDUE: 'Overdue' },
  directDebitOn: (date) => `Direct debit on ${date}`,
  exportColumns: [
    'Number',
    'Kind',
    'Issue date',
    'Due date',
    'Contract',
    'Batch',
    'Net excl. VAT',
    'VAT',
    'Total incl. VAT',
    'Payment status',
    'Structured reference',
  ],
  statementFileName: 'statement-of-account',
};

const LABELS: Record<DocumentLanguage, DocumentLabels> = { fr: FR, nl: NL, en: EN };

export function labelsFor(language: string): DocumentLabels {
  return LABELS[language as DocumentLanguage] ?? FR;
}

export function documentLanguageOf(language: string): DocumentLanguage {
  return language === 'nl' || language === 'en' ? language : 'fr';
}
