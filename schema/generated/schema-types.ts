export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city: Scalars['String']['output'];
  /** Country, ISO 3166-1 alpha-2 (e.g. BE). */
  country: Scalars['String']['output'];
  /** Postal code. */
  postalCode: Scalars['String']['output'];
  /** Street and number. */
  street: Scalars['String']['output'];
};

/** Administrative contact of the customer (from its SEPA mandate or registration). */
export type AdministrativeContact = {
  __typename?: 'AdministrativeContact';
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** One period of an amortization table (CON-4). Amounts in euro cents. */
export type AmortizationRow = {
  __typename?: 'AmortizationRow';
  /** Capital part of the installment. */
  capitalCents: Scalars['SafeInt']['output'];
  /** Due date (ISO 8601 date). */
  dueDate: Scalars['String']['output'];
  /** Installment excluding VAT. */
  installmentCents: Scalars['SafeInt']['output'];
  /** Interest part of the installment. */
  interestCents: Scalars['SafeInt']['output'];
  /** Capital still outstanding after this period. */
  outstandingCents: Scalars['SafeInt']['output'];
  /** Period number, from 1. */
  period: Scalars['Int']['output'];
  /** Installment including VAT. */
  totalCents: Scalars['SafeInt']['output'];
  /** VAT on the installment (0 when none applies). */
  vatCents: Scalars['SafeInt']['output'];
};

/** Amortization table of a leasing or credit-line contract (CON-4). */
export type AmortizationTable = {
  __typename?: 'AmortizationTable';
  /** False while the contract is not activated: the table is provisional. */
  definitive: Scalars['Boolean']['output'];
  /** Interest rate per period as a decimal fraction. */
  periodicRate: Scalars['String']['output'];
  /** Regular installment excluding VAT; the last one absorbs rounding. */
  regularInstallmentCents: Scalars['SafeInt']['output'];
  /** Residual value the outstanding capital ends at. */
  residualValueCents: Scalars['SafeInt']['output'];
  /** One row per period. */
  rows: Array<AmortizationRow>;
  /** Column totals. */
  totals: AmortizationTotals;
};

/** Column totals of an amortization table, in euro cents. */
export type AmortizationTotals = {
  __typename?: 'AmortizationTotals';
  /** Sum of capital parts: financed amount minus residual value. */
  capitalCents: Scalars['SafeInt']['output'];
  /** Sum of installments excluding VAT. */
  installmentCents: Scalars['SafeInt']['output'];
  /** Sum of interest parts. */
  interestCents: Scalars['SafeInt']['output'];
  /** Sum of installments including VAT. */
  totalCents: Scalars['SafeInt']['output'];
  /** Sum of VAT. */
  vatCents: Scalars['SafeInt']['output'];
};

/** An asset financed by a contract. */
export type Asset = {
  __typename?: 'Asset';
  /** Brand. */
  brand: Scalars['String']['output'];
  /** Description of the asset. */
  description: Scalars['String']['output'];
  /** Opaque identifier, stable for the life of the record. */
  id: Scalars['ID']['output'];
  /** Where the asset is located. */
  location?: Maybe<Scalars['String']['output']>;
  /** Model. */
  model: Scalars['String']['output'];
  /** Quantity. */
  quantity: Scalars['Int']['output'];
  /** Serial number (or chassis number for vehicles). */
  serialNumber?: Maybe<Scalars['String']['output']>;
};

/** The bank account installments are paid from; the IBAN is never shown in full (COM-1). */
export type BankAccount = {
  __typename?: 'BankAccount';
  /** BIC. */
  bic?: Maybe<Scalars['String']['output']>;
  /** Last 4 characters of the IBAN. */
  ibanLast4: Scalars['String']['output'];
  /** IBAN with every character but the last 4 hidden, e.g. "BE•• •••• •••• 6769". */
  maskedIban: Scalars['String']['output'];
};

/** An invoicing batch: the documents issued together in one run (DOC-5). */
export type Batch = {
  __typename?: 'Batch';
  /** Invoices minus credit notes, including VAT, in cents. */
  balanceCents: Scalars['SafeInt']['output'];
  /** Number of documents in the batch. */
  documentCount: Scalars['Int']['output'];
  /** Issue date of the batch (latest document date, ISO 8601). */
  issueDate: Scalars['String']['output'];
  /** Batch number. */
  number: Scalars['String']['output'];
};

/** A page of invoicing batches, newest first. */
export type BatchConnection = {
  __typename?: 'BatchConnection';
  /** Items of this page with their cursors. */
  edges: Array<BatchEdge>;
  /** Items of this page. */
  nodes: Array<Batch>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a Batch list with its cursor. */
export type BatchEdge = {
  __typename?: 'BatchEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Batch;
};

/** The customer's company data as known by the leasing company (COM-1). */
export type Company = {
  __typename?: 'Company';
  /** Administrative contact, when known. */
  administrativeContact?: Maybe<AdministrativeContact>;
  /** Bank account, masked. */
  bankAccount?: Maybe<BankAccount>;
  /** BIC of the bank account. */
  bic?: Maybe<Scalars['String']['output']>;
  /** Billing address; null when invoices go to the registered office. */
  billingAddress?: Maybe<Address>;
  /** When company data last changed through a completed request (COM-3). */
  companyDataChangedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Customer number, 8 digits, as printed on letters and invoices. */
  customerNumber: Scalars['String']['output'];
  /** Belgian enterprise number, 10 digits (e.g. 0403170701). */
  enterpriseNumber: Scalars['String']['output'];
  /** Enterprise number formatted as 0403.170.701. */
  enterpriseNumberFormatted: Scalars['String']['output'];
  /** Opaque identifier, stable for the life of the record. */
  id: Scalars['ID']['output'];
  /** Language of correspondence. */
  language: Language;
  /** Legal form, e.g. SRL, SA, BV, NV. */
  legalForm?: Maybe<Scalars['String']['output']>;
  /** Registered company name. */
  name: Scalars['String']['output'];
  /** Registered office. */
  registeredOffice: Address;
  /** VAT number, e.g. BE0403170701; empty when not VAT-registered. */
  vatNumber?: Maybe<Scalars['String']['output']>;
};

/** A contract of the customer with every term of CON-2. */
export type Contract = {
  __typename?: 'Contract';
  /** When the contract was activated. */
  activatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Amortization table (CON-4); null for rentals. Provisional until the contract is activated. */
  amortizationTable?: Maybe<AmortizationTable>;
  /** Nominal yearly interest rate in percent, as a decimal string (e.g. "4.75"). */
  annualRatePercent: Scalars['String']['output'];
  /** Financed assets (CON-2). */
  assets: Array<Asset>;
  /** Contract number, to quote in every message to Customer Services. */
  contractNumber: Scalars['String']['output'];
  /** Duration in months. */
  durationMonths: Scalars['Int']['output'];
  /** Indemnity rule applied on early termination, as described in the contract. */
  earlyTerminationRule?: Maybe<Scalars['String']['output']>;
  /** End date (ISO 8601 date). */
  endDate: Scalars['String']['output'];
  /** Financed amount excluding VAT, in euro cents. */
  financedAmountCents: Scalars['SafeInt']['output'];
  /** Opaque identifier, stable for the life of the record. */
  id: Scalars['ID']['output'];
  /** Leasing, credit line or rental. */
  kind: ContractKind;
  /** Last installment that fell due before today (CON-3). */
  lastInstallment?: Maybe<Installment>;
  /** Next installment due on or after today (CON-3). */
  nextInstallment?: Maybe<Installment>;
  /** Number of installments. */
  numberOfInstallments: Scalars['Int']['output'];
  /** Short description of what is financed, e.g. "2 forklifts Linde E20". */
  objectSummary: Scalars['String']['output'];
  /** How installments are paid. */
  paymentMethod: PaymentMethod;
  /** Payment in advance or in arrears. */
  paymentTiming: PaymentTiming;
  /** Regular periodic amount excluding VAT, in euro cents. */
  periodicAmountCents: Scalars['SafeInt']['output'];
  /** How often an installment falls due. */
  periodicity: Periodicity;
  /** Residual value / purchase option at the end, in euro cents (0 when none). */
  residualValueCents: Scalars['SafeInt']['output'];
  /** SEPA mandate reference when paid by direct debit. */
  sepaMandateReference?: Maybe<Scalars['String']['output']>;
  /** Start date (ISO 8601 date). */
  startDate: Scalars['String']['output'];
  /** Life-cycle status. */
  status: ContractStatus;
  /** Supplier of the financed equipment. */
  supplierName: Scalars['String']['output'];
  /** VAT rate applied to installments in percent (e.g. "21"); null when none applies. */
  vatRatePercent?: Maybe<Scalars['String']['output']>;
};

/** A page of contracts. */
export type ContractConnection = {
  __typename?: 'ContractConnection';
  /** Items of this page with their cursors. */
  edges: Array<ContractEdge>;
  /** Items of this page. */
  nodes: Array<Contract>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a Contract list with its cursor. */
export type ContractEdge = {
  __typename?: 'ContractEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Contract;
};

/** Narrows the list of contracts. */
export type ContractFilter = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ContractKind>>;
  /** Part of a contract number or of a financed asset serial number. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ContractStatus>>;
};

/** Kind of contract. */
export type ContractKind =
  /** Credit line (loan) financing equipment; no VAT on installments. */
  | 'CREDIT_LINE'
  /** Financial leasing: installments bear VAT, a purchase option ends the contract. */
  | 'LEASING'
  /** Operating rental: no amortization table. */
  | 'RENTAL';

/** Order of the contracts list. */
export type ContractSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: ContractSortField;
};

/** Field to sort contracts by. */
export type ContractSortField =
  /** End date. */
  | 'END_DATE'
  /** Contract number. */
  | 'NUMBER'
  /** Periodic amount. */
  | 'PERIODIC_AMOUNT'
  /** Start date. */
  | 'START_DATE';

/** Life-cycle status of a contract. */
export type ContractStatus =
  /** Running: its amortization table is definitive. */
  | 'ACTIVE'
  /** Reached its end date. */
  | 'ENDED'
  /** Signed but not yet activated: its amortization table is provisional. */
  | 'PENDING'
  /** Ended early. */
  | 'TERMINATED';

/** An invoice, credit note or amortization table of the customer. */
export type Document = {
  __typename?: 'Document';
  /** Invoicing run the document was issued in (DOC-5). */
  batchNumber?: Maybe<Scalars['String']['output']>;
  /** Number of the contract the document belongs to. */
  contractNumber?: Maybe<Scalars['String']['output']>;
  /** For a credit note: the number of the invoice it credits. */
  creditedDocumentNumber?: Maybe<Scalars['String']['output']>;
  /** Currency (ISO 4217), EUR. */
  currency: Scalars['String']['output'];
  /** Due date (ISO 8601 date) of an invoice. */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier, stable for the life of the record. */
  id: Scalars['ID']['output'];
  /** Issue date (ISO 8601 date). */
  issueDate: Scalars['String']['output'];
  /** Invoice, credit note or amortization table. */
  kind: DocumentKind;
  /** Invoice lines; empty for amortization tables. */
  lines: Array<DocumentLine>;
  /** Total excluding VAT, in cents. */
  netCents: Scalars['SafeInt']['output'];
  /** Document number (invoice number for invoices and credit notes). */
  number: Scalars['String']['output'];
  /** Date the document was settled (ISO 8601 date). */
  paidOn?: Maybe<Scalars['String']['output']>;
  /** Paid, open or overdue as of today; null for amortization tables. */
  paymentStatus?: Maybe<PaymentStatus>;
  /** Belgian structured payment reference, e.g. +++123/4567/89002+++ (DOC-9); null when none. */
  structuredReference?: Maybe<Scalars['String']['output']>;
  /** Total including VAT, in cents. */
  totalCents: Scalars['SafeInt']['output'];
  /** VAT, in cents. */
  vatCents: Scalars['SafeInt']['output'];
};

/** A page of documents, newest first. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** Items of this page with their cursors. */
  edges: Array<DocumentEdge>;
  /** Items of this page. */
  nodes: Array<Document>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a Document list with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Document;
};

/** Narrows the list of documents (DOC-1, DOC-2). */
export type DocumentFilter = {
  /** Only documents of this invoicing batch (DOC-5). */
  batchNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only documents of this contract number. */
  contractNumber?: InputMaybe<Scalars['String']['input']>;
  /** Issued on or after this date (ISO 8601). Default: 12 months before today. */
  issuedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Issued on or before this date (ISO 8601). */
  issuedTo?: InputMaybe<Scalars['String']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<DocumentKind>>;
  /** Only paid, or only unpaid, invoices and credit notes. */
  paymentStatus?: InputMaybe<PaymentStatusFilter>;
  /** Part of a document number or of a contract number. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of document. */
export type DocumentKind =
  /** Amortization table issued for a leasing or credit-line contract. */
  | 'AMORTIZATION_TABLE'
  /** Credit note. */
  | 'CREDIT_NOTE'
  /** Invoice. */
  | 'INVOICE';

/** A line of an invoice or credit note. */
export type DocumentLine = {
  __typename?: 'DocumentLine';
  /** What is invoiced. */
  description: Scalars['String']['output'];
  /** Opaque identifier, stable for the life of the record. */
  id: Scalars['ID']['output'];
  /** Line total excluding VAT, in cents. */
  netCents: Scalars['SafeInt']['output'];
  /** Line number, from 1. */
  position: Scalars['Int']['output'];
  /** Quantity as a decimal string. */
  quantity: Scalars['String']['output'];
  /** Unit price excluding VAT, in cents. */
  unitPriceCents: Scalars['SafeInt']['output'];
  /** VAT of the line, in cents. */
  vatCents: Scalars['SafeInt']['output'];
  /** VAT rate in percent, e.g. "21". */
  vatRatePercent: Scalars['String']['output'];
};

/** An installment of a contract. */
export type Installment = {
  __typename?: 'Installment';
  /** Amount excluding VAT, in euro cents. */
  amountCents: Scalars['SafeInt']['output'];
  /** Due date (ISO 8601 date). */
  dueDate: Scalars['String']['output'];
  /** Opaque identifier, stable for the life of the record. */
  id: Scalars['ID']['output'];
  /** Date the installment was paid (ISO 8601 date), if paid. */
  paidOn?: Maybe<Scalars['String']['output']>;
  /** Position in the schedule, from 1. */
  sequence: Scalars['Int']['output'];
  /** Paid, due or overdue as of today. */
  status: InstallmentStatus;
  /** Amount including VAT, in euro cents. */
  totalCents: Scalars['SafeInt']['output'];
  /** VAT, in euro cents. */
  vatCents: Scalars['SafeInt']['output'];
};

/** Payment status of an installment on a given day. */
export type InstallmentStatus =
  /** Not yet paid, due date not yet passed. */
  | 'DUE'
  /** Not paid and the due date has passed. */
  | 'OVERDUE'
  /** Paid. */
  | 'PAID';

/** A language of the portal and of correspondence. */
export type Language =
  /** English */
  | 'EN'
  /** French */
  | 'FR'
  /** Dutch */
  | 'NL';

/** Where a page stands in a list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How installments are paid. */
export type PaymentMethod =
  /** Bank transfer with the structured payment reference. */
  | 'BANK_TRANSFER'
  /** SEPA direct debit under a mandate. */
  | 'SEPA_DIRECT_DEBIT';

/** Payment status of an invoice or credit note on a given day. */
export type PaymentStatus =
  /** Not settled; the due date has not passed. */
  | 'OPEN'
  /** Not settled and the due date has passed. */
  | 'OVERDUE'
  /** Settled. */
  | 'PAID';

/** Filter documents on whether they are settled. */
export type PaymentStatusFilter =
  /** Only settled documents. */
  | 'PAID'
  /** Only documents still open or overdue. */
  | 'UNPAID';

/** Whether installments are paid at the start or the end of each period. */
export type PaymentTiming =
  /** At the start of each period. */
  | 'IN_ADVANCE'
  /** At the end of each period. */
  | 'IN_ARREARS';

/** How often an installment falls due. */
export type Periodicity =
  /** Every year. */
  | 'ANNUAL'
  /** Every month. */
  | 'MONTHLY'
  /** Every three months. */
  | 'QUARTERLY'
  /** Every six months. */
  | 'SEMI_ANNUAL';

/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type Query = {
  __typename?: 'Query';
  /** One invoicing batch of the caller by number; NOT_FOUND otherwise. */
  batch: Batch;
  /** The caller's invoicing batches, newest first (DOC-5). */
  batches: BatchConnection;
  /** The caller's company data (COM-1). */
  company: Company;
  /** One contract of the caller by id; NOT_FOUND for unknown ids and ids of other customers. */
  contract: Contract;
  /** One contract of the caller by its contract number; NOT_FOUND otherwise. */
  contractByNumber: Contract;
  /** The caller's contracts: filter, search, sort, cursor pages (CON-1). */
  contracts: ContractConnection;
  /** One document of the caller; NOT_FOUND for unknown ids and ids of other customers. */
  document: Document;
  /** The caller's documents, newest first, by default the last 12 months (DOC-1, DOC-2). */
  documents: DocumentConnection;
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryBatchArgs = {
  number: Scalars['String']['input'];
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryContractByNumberArgs = {
  number: Scalars['String']['input'];
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ContractSort>;
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Ascending or descending order. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';
