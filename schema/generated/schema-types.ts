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

/** Activation of an access (ACC-3, ACC-4). */
export type ActivateAccessInput = {
  /** 9-digit login id from the e-mail. */
  loginId: Scalars['String']['input'];
  /** The password chosen now (ACC-4 rules). */
  newPassword: Scalars['String']['input'];
  /** Temporary password from the e-mail. */
  temporaryPassword: Scalars['String']['input'];
};

/** What the activation page needs once the temporary password is verified: the names the new password must not contain (ACC-4) and the language to speak (#18 item 3). */
export type ActivationCredentials = {
  __typename?: 'ActivationCredentials';
  /** The company’s name. */
  companyName: Scalars['String']['output'];
  /** The customer’s language of correspondence. */
  correspondenceLanguage: Language;
  /** The person’s name, as the company gave it. */
  personName: Scalars['String']['output'];
};

/** Step 1 of an activation: the credentials from the e-mail (ACC-3, #18 item 20). */
export type ActivationCredentialsInput = {
  /** 9-digit login id from the e-mail. */
  loginId: Scalars['String']['input'];
  /** Temporary password from the e-mail. */
  temporaryPassword: Scalars['String']['input'];
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

/** A new address (REQ-1). */
export type AddressChangeInput = {
  /** City. */
  city: Scalars['String']['input'];
  /** Country, two letters (BE). */
  country: Scalars['String']['input'];
  /** Registered office or billing address. */
  kind: AddressKind;
  /** Postal code (4 digits in Belgium). */
  postalCode: Scalars['String']['input'];
  /** Street and number. */
  street: Scalars['String']['input'];
};

/** Which address. */
export type AddressKind =
  /** Billing address. */
  | 'BILLING'
  /** Registered office. */
  | 'REGISTERED_OFFICE';

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

/** One line of an amortization table (CON-4): a rent, or the residual value at the end of the term. Amounts in euro cents. */
export type AmortizationRow = {
  __typename?: 'AmortizationRow';
  /** Capital part of the installment. */
  capitalCents: Scalars['SafeInt']['output'];
  /** Due date (ISO 8601 date). */
  dueDate: Scalars['String']['output'];
  /** Installment (or residual value) excluding VAT. */
  installmentCents: Scalars['SafeInt']['output'];
  /** Interest part: the interest accrued over the period ending at this due date. 0 for the first rent in advance, paid at signing. */
  interestCents: Scalars['SafeInt']['output'];
  /** Capital still outstanding after this period. */
  outstandingCents: Scalars['SafeInt']['output'];
  /** Rent number, from 1; the residual-value line comes after the last rent (number of rents + 1). */
  period: Scalars['Int']['output'];
  /** Installment including VAT. */
  totalCents: Scalars['SafeInt']['output'];
  /** VAT on the installment (0 when none applies). */
  vatCents: Scalars['SafeInt']['output'];
};

/** Amortization table of a leasing or credit-line contract (CON-4). */
export type AmortizationTable = {
  __typename?: 'AmortizationTable';
  /** Nominal annual interest rate in percent, e.g. "4.75"; periodicRate = this / 100 / periodsPerYear. */
  annualRatePercent: Scalars['String']['output'];
  /** False while the contract is not activated: the table is provisional. */
  definitive: Scalars['Boolean']['output'];
  /** Convention of the table: rents paid in advance (terme à échoir) or in arrears (terme échu). */
  paymentTiming: PaymentTiming;
  /** Interest rate per period as a decimal fraction. */
  periodicRate: Scalars['String']['output'];
  /** How often a rent falls due. */
  periodicity: Periodicity;
  /** Rents per year: 12, 4, 2 or 1. */
  periodsPerYear: Scalars['Int']['output'];
  /** Regular installment excluding VAT; the last one absorbs rounding. */
  regularInstallmentCents: Scalars['SafeInt']['output'];
  /** Residual value (purchase option), due at the end of the term. */
  residualValueCents: Scalars['SafeInt']['output'];
  /** The residual value (purchase option) as the last line of the table: capital = the outstanding before it, interest = the rest; null when the residual value is 0. */
  residualValueRow?: Maybe<AmortizationRow>;
  /** One row per rent. */
  rows: Array<AmortizationRow>;
  /** Column totals. */
  totals: AmortizationTotals;
};

/** Column totals of an amortization table (rents and residual-value line), in euro cents. */
export type AmortizationTotals = {
  __typename?: 'AmortizationTotals';
  /** Sum of capital parts, residual-value line included: the financed amount. */
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

/** An integration token of the customer (PRO-5); the secret itself is never shown again. */
export type ApiTokenInfo = {
  __typename?: 'ApiTokenInfo';
  /** Creation. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who created it (issue #11 §5); null if that login no longer exists. */
  createdBy?: Maybe<TokenCreator>;
  /** First characters of the token, to tell tokens apart. */
  displayPrefix: Scalars['String']['output'];
  /** Expiry. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Last use (precise to the minute). */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Name given at creation, e.g. "Accounting export". */
  name: Scalars['String']['output'];
  /** What the token may do. */
  profile: LoginProfile;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
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

/** A supporting document attached to a change request (REQ-2). */
export type AttachmentInfo = {
  __typename?: 'AttachmentInfo';
  /** When it was uploaded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Relative URL that downloads the file for the same signed-in caller (GET, session or token). */
  downloadUrl: Scalars['String']['output'];
  /** Name of the file as uploaded, cleaned of paths and unusual characters. */
  fileName: Scalars['String']['output'];
  /** Opaque id of the attachment. */
  id: Scalars['ID']['output'];
  /** Type detected from the content: application/pdf, image/jpeg or image/png. */
  mediaType: Scalars['String']['output'];
  /** Size in bytes (at most 10 MB). */
  sizeBytes: Scalars['Int']['output'];
};

/** One entry of the audit trail: who changed what, when, before and after (BO-5, PRO-7). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. 'login.created', 'request.approved'. */
  action: Scalars['String']['output'];
  /** customer, staff, token or system. */
  actorKind: Scalars['String']['output'];
  /** Name of who did it. */
  actorName: Scalars['String']['output'];
  /** Values after, as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** Values before, as JSON. */
  before?: Maybe<Scalars['String']['output']>;
  /** Name of the record changed, when it has one the caller may see: the person of a login, the company of a customer (PRO-7, BO-5). Null for other kinds and for another customer's people. */
  entityName?: Maybe<Scalars['String']['output']>;
  /** Which record (its number or id). */
  entityRef: Scalars['String']['output'];
  /** Kind of record changed. */
  entityType: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
};

/** A page of the audit trail, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** Items of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** Items of this page. */
  nodes: Array<AuditEntry>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a AuditEntry list with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEntry;
};

/** The customer a back-office request or search result is about. */
export type BackOfficeCustomer = {
  __typename?: 'BackOfficeCustomer';
  /** Administrative contact e-mail. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Administrative contact. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** Customer number. */
  customerNumber: Scalars['String']['output'];
  /** Enterprise number, formatted. */
  enterpriseNumber: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Number of logins. */
  loginCount: Scalars['Int']['output'];
  /** Company name. */
  name: Scalars['String']['output'];
};

/** Summary of a login, for the back office (BO-4). */
export type BackOfficeLogin = {
  __typename?: 'BackOfficeLogin';
  /** Temporary password expiry, when pending. */
  activationExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** E-mail. */
  email: Scalars['String']['output'];
  /** 9-digit login id. */
  loginId: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** ADMINISTRATOR or VIEWER. */
  profile: Scalars['String']['output'];
  /** PENDING_ACTIVATION, ACTIVE, LOCKED or DEACTIVATED. */
  status: Scalars['String']['output'];
};

/** A change request in the back office, with the current data beside the requested change (BO-3). */
export type BackOfficeRequest = {
  __typename?: 'BackOfficeRequest';
  /** Days since submission. */
  ageInDays: Scalars['Int']['output'];
  /** Agent handling it. */
  assigneeName?: Maybe<Scalars['String']['output']>;
  /** The customer's current values of the same fields. */
  currentValues: Array<ChangeDetail>;
  /** Its customer. */
  customer: BackOfficeCustomer;
  /** For bank details: who gave the first approval. */
  firstApproverName?: Maybe<Scalars['String']['output']>;
  /** Id of the request. */
  id: Scalars['ID']['output'];
  /** Whether approving completes it now (false when a second approver is still needed). */
  nextApprovalCompletes: Scalars['Boolean']['output'];
  /** The request. */
  request: ChangeRequest;
  /** The requested values, unmasked. */
  requestedValues: Array<ChangeDetail>;
};

/** A page of the request queue, oldest first. */
export type BackOfficeRequestConnection = {
  __typename?: 'BackOfficeRequestConnection';
  /** Items of this page with their cursors. */
  edges: Array<BackOfficeRequestEdge>;
  /** Items of this page. */
  nodes: Array<BackOfficeRequest>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a BackOfficeRequest list with its cursor. */
export type BackOfficeRequestEdge = {
  __typename?: 'BackOfficeRequestEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: BackOfficeRequest;
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

/** New bank details (REQ-1, REQ-4). */
export type BankDetailsInput = {
  /** Name of the account holder. */
  accountHolder: Scalars['String']['input'];
  /** BIC, 8 or 11 characters. */
  bic: Scalars['String']['input'];
  /** IBAN, spaces allowed. */
  iban: Scalars['String']['input'];
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

/** One field of a requested change, or of the current company data. */
export type ChangeDetail = {
  __typename?: 'ChangeDetail';
  /** Field name, e.g. iban, street, enterpriseNumber. */
  field: Scalars['String']['output'];
  /** Value (an IBAN is masked outside the back office). */
  value?: Maybe<Scalars['String']['output']>;
};

/** Change of one’s own password (PRO-6). */
export type ChangePasswordInput = {
  /** Current password. */
  currentPassword: Scalars['String']['input'];
  /** New password (ACC-4 rules). */
  newPassword: Scalars['String']['input'];
};

/** A change request of the customer (REQ-3). */
export type ChangeRequest = {
  __typename?: 'ChangeRequest';
  /** Supporting documents. */
  attachments: Array<AttachmentInfo>;
  /** Customer Services is waiting for an answer (MORE_INFORMATION_NEEDED). */
  awaitingAnswer: Scalars['Boolean']['output'];
  /** Contract it concerns. */
  contractNumber?: Maybe<Scalars['String']['output']>;
  /** When it was submitted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** History with the comments of Customer Services (REQ-3). */
  history: Array<RequestHistoryEntry>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Reference to quote, e.g. REQ-7K3M9Q2X. */
  reference: Scalars['String']['output'];
  /** Why it was rejected. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** The requested values (IBAN masked). */
  requestedChange: Array<ChangeDetail>;
  /** Where it stands. */
  status: ChangeRequestStatus;
  /** Who submitted it. */
  submittedByName: Scalars['String']['output'];
  /** What it changes. */
  type: ChangeRequestType;
  /** Last change. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of change requests, newest first. */
export type ChangeRequestConnection = {
  __typename?: 'ChangeRequestConnection';
  /** Items of this page with their cursors. */
  edges: Array<ChangeRequestEdge>;
  /** Items of this page. */
  nodes: Array<ChangeRequest>;
  /** Cursors and whether more pages exist. */
  pageInfo: PageInfo;
  /** How many items match the filter in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a ChangeRequest list with its cursor. */
export type ChangeRequestEdge = {
  __typename?: 'ChangeRequestEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ChangeRequest;
};

/** Where a change request stands (REQ-3). */
export type ChangeRequestStatus =
  /** Approved and applied. */
  | 'COMPLETED'
  /** Being processed. */
  | 'IN_PROGRESS'
  /** Customer Services asked a question: answer it. */
  | 'MORE_INFORMATION_NEEDED'
  /** Refused, with a reason. */
  | 'REJECTED'
  /** Received, not yet taken by Customer Services. */
  | 'SUBMITTED';

/** What a change request asks to change (REQ-1). */
export type ChangeRequestType =
  /** The registered office or the billing address. */
  | 'ADDRESS'
  /** The bank account installments are paid from (four-eyes, REQ-4). */
  | 'BANK_DETAILS'
  /** The company name or legal form. */
  | 'COMPANY_NAME'
  /** The enterprise number. */
  | 'ENTERPRISE_NUMBER'
  /** Any other administrative change, in free text. */
  | 'OTHER';

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
  /** Whether every login of this customer must use a second factor (ACC-10). */
  secondFactorRequired: Scalars['Boolean']['output'];
  /** VAT number, e.g. BE0403170701; empty when not VAT-registered. */
  vatNumber?: Maybe<Scalars['String']['output']>;
};

/** New company name (REQ-1). */
export type CompanyNameInput = {
  /** Legal form, e.g. SRL, BV. */
  legalForm?: InputMaybe<Scalars['String']['input']>;
  /** Company name. */
  name: Scalars['String']['input'];
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
  /** Indemnity rule applied on early termination, as described in the contract (CON-2), in the caller's language: the signed-in user's language, for an API token the customer's language of correspondence. When the core system gave no text in that language: the customer's language, else any language it gave; earlyTerminationRuleLanguage says which. Null when the contract states no rule. */
  earlyTerminationRule?: Maybe<Scalars['String']['output']>;
  /** Language of the earlyTerminationRule text, so that a client can mark it (e.g. the HTML lang attribute) when it differs from the page's language. Null when the contract states no rule. */
  earlyTerminationRuleLanguage?: Maybe<Language>;
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

/** A new integration token (PRO-5). */
export type CreateApiTokenInput = {
  /** Last day it works (ISO date), at most 2 years ahead. */
  expiresOn: Scalars['String']['input'];
  /** Name, to recognise it later. */
  name: Scalars['String']['input'];
  /** Administrator or viewer rights. */
  profile: LoginProfile;
};

/** A new access (PRO-2). */
export type CreateLoginInput = {
  /** E-mail address the activation is sent to. */
  email: Scalars['String']['input'];
  /** Full name of the person. */
  name: Scalars['String']['input'];
  /** Administrator or viewer. */
  profile: LoginProfile;
};

/** A token just created: copy it now, it is not shown again. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** The stored token. */
  apiToken: ApiTokenInfo;
  /** The secret token, for `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** What becomes of the integration tokens a deactivated login created (PRO-5). */
export type CreatedTokensChoice =
  /** Keep them working, e.g. for software that must not stop; the choice is audited. */
  | 'KEEP'
  /** Revoke them at once, with the login (the default). */
  | 'REVOKE';

/** How to reach Customer Services (HLP-2). */
export type CustomerServicesContact = {
  __typename?: 'CustomerServicesContact';
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** Phone number. */
  phone: Scalars['String']['output'];
};

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
  /** SEPA mandate reference when the invoice is collected by direct debit on its due date (nothing to pay by transfer); null otherwise. */
  directDebitMandateReference?: Maybe<Scalars['String']['output']>;
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
  /** Path of the PDF (DOC-3), relative to the gateway; add ?download=1 to get it as an attachment. Needs the same session or token. */
  pdfUrl: Scalars['String']['output'];
  /** Path of the print-friendly HTML view (DOC-3), relative to the gateway. */
  printUrl: Scalars['String']['output'];
  /** Belgian structured payment reference, e.g. +++123/4567/89002+++ (DOC-9); null when none. */
  structuredReference?: Maybe<Scalars['String']['output']>;
  /** Total including VAT, in cents. */
  totalCents: Scalars['SafeInt']['output'];
  /** Path of the Peppol BIS Billing 3.0 UBL file (DOC-6), relative to the gateway; null for amortization tables. */
  ublUrl?: Maybe<Scalars['String']['output']>;
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
  /** VAT category of the line (EN 16931, UNCL5305): S standard rate, Z zero-rated, E exempt (issue #12 §2). */
  vatCategory: Scalars['String']['output'];
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

/** Link another login of the same person (ACC-11). */
export type LinkLoginInput = {
  /** 9-digit id of the other login. */
  loginId: Scalars['String']['input'];
  /** Password of the other login, proven once. */
  password: Scalars['String']['input'];
  /** Current code (or a recovery code) of the other login’s second factor: required when it has one (ACC-10); the link is refused without it. */
  secondFactorCode?: InputMaybe<Scalars['String']['input']>;
};

/** Another customer number the signed-in person may switch to (ACC-11). */
export type LinkedCustomer = {
  __typename?: 'LinkedCustomer';
  /** Whether the session currently acts as this login. */
  current: Scalars['Boolean']['output'];
  /** Company name. */
  customerName: Scalars['String']['output'];
  /** Customer number. */
  customerNumber: Scalars['String']['output'];
  /** 9-digit login id of that access. */
  loginId: Scalars['String']['output'];
};

/** A login of the customer, as the profile management screen lists it (PRO-1). */
export type Login = {
  __typename?: 'Login';
  /** While pending: when the temporary password stops working (ACC-3). */
  activationExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the login was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Whether the caller created this login, and so may re-issue its activation (ACC-3). */
  createdByCaller: Scalars['Boolean']['output'];
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Last sign-in. */
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 9-digit login id. */
  loginId: Scalars['String']['output'];
  /** Name of the person. */
  name: Scalars['String']['output'];
  /** Administrator (view and change) or viewer (view only). */
  profile: LoginProfile;
  /** Whether a second factor is enrolled. */
  secondFactorEnabled: Scalars['Boolean']['output'];
  /** Pending activation, active, locked or deactivated. */
  status: LoginStatus;
};

/** What a customer login may do (PRO-4). */
export type LoginProfile =
  /** Sees and changes everything of its customer. */
  | 'ADMINISTRATOR'
  /** Sees everything of its customer, changes nothing. */
  | 'VIEWER';

/** State of a customer login (PRO-1). */
export type LoginStatus =
  /** Can sign in. */
  | 'ACTIVE'
  /** Switched off by an administrator. */
  | 'DEACTIVATED'
  /** Temporarily locked after too many failed attempts. */
  | 'LOCKED'
  /** Created; waiting for its owner to activate it with the temporary password. */
  | 'PENDING_ACTIVATION';

/** Who is signed in, and their own settings. */
export type Me = {
  __typename?: 'Me';
  /** The customer acted for; null for staff. */
  customer?: Maybe<MeCustomer>;
  /** E-mail address on file. */
  email?: Maybe<Scalars['String']['output']>;
  /** Customer user, staff member or integration token. */
  kind: PrincipalKind;
  /** Language of the portal and of e-mails. */
  language: Language;
  /** Customer numbers this person can switch to, the current one included. */
  linkedCustomers: Array<LinkedCustomer>;
  /** 9-digit login id of a customer user. */
  loginId?: Maybe<Scalars['String']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Whether an e-mail announces each new invoice (NOT-1). */
  notifyNewInvoice: Scalars['Boolean']['output'];
  /** Administrator or viewer, for customer users and tokens. */
  profile?: Maybe<LoginProfile>;
  /** Whether a second factor is enrolled. */
  secondFactorEnabled: Scalars['Boolean']['output'];
  /** When the session ends at the latest (12 h after sign-in). */
  sessionExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Role of a staff member. */
  staffRole?: Maybe<StaffRole>;
};

/** The customer a login belongs to. */
export type MeCustomer = {
  __typename?: 'MeCustomer';
  /** Customer number, 8 digits. */
  customerNumber: Scalars['String']['output'];
  /** Company name. */
  name: Scalars['String']['output'];
  /** Whether the customer requires a second factor for every login (ACC-10). */
  secondFactorRequired: Scalars['Boolean']['output'];
};

/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Activates an access with the temporary password and sets the final one (ACC-3, ACC-4). Null with an error when refused: aliases each count as an attempt (ACC-6). */
  activateAccess?: Maybe<SignInResult>;
  /** Answers a question of Customer Services, with text and new documents (REQ-3). */
  answerChangeRequest: ChangeRequest;
  /** Approves and applies; a bank-details change needs a second, different approver (BO-3, REQ-4). */
  approveRequest: BackOfficeRequest;
  /** Asks the customer for more information; the comment is sent to them (BO-3). */
  askForInformation: BackOfficeRequest;
  /** Changes a login’s profile; the last active administrator cannot be demoted (PRO-3). */
  changeLoginProfile: Login;
  /** Changes one’s own password (PRO-6); other sessions are closed. */
  changePassword: Scalars['Boolean']['output'];
  /** Confirms the enrollment with a first code; returns recovery codes, shown once. */
  confirmSecondFactorEnrollment: SecondFactorEnrolled;
  /** Creates an integration token, shown once (PRO-5). */
  createApiToken: CreatedApiToken;
  /** Creates an access; its owner receives the activation e-mail (PRO-2). */
  createLogin: Login;
  /** Deactivates a login and closes its sessions; not the last active administrator (PRO-3). The integration tokens it created are revoked too unless createdTokens is KEEP; the choice is audited. */
  deactivateLogin: Login;
  /** Removes one’s second factor, unless the customer requires it; needs the password. */
  disableSecondFactor: Scalars['Boolean']['output'];
  /** Links another login of the same person, proving its password once (ACC-11). */
  linkLogin: Me;
  /** Re-activates a deactivated login (PRO-3). */
  reactivateLogin: Login;
  /** Public form for customers who never gave an administrative contact (ACC-8). Always true once valid. */
  registerAdministrativeContact: Scalars['Boolean']['output'];
  /** Sends fresh activation credentials for a login the caller created (ACC-3, PRO-3). */
  reissueActivation: Login;
  /** Rejects a registration whose details do not match (ACC-8). */
  rejectRegistration: Scalars['Boolean']['output'];
  /** Rejects with a reason sent to the customer (BO-3). */
  rejectRequest: BackOfficeRequest;
  /** Forgot password (ACC-7): e-mails a one-time link, or fresh temporary credentials to a login not yet activated. Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sets a new password from a reset link; every session of the login is closed. */
  resetPassword: Scalars['Boolean']['output'];
  /** Revokes an integration token at once (PRO-5). */
  revokeApiToken: ApiTokenInfo;
  /** Makes a second factor mandatory (or not) for every login of the customer (ACC-10). */
  setSecondFactorRequired: Scalars['Boolean']['output'];
  /** Sign-in with login id and password (ACC-5); sets the session cookie. Null with an error when refused: aliases each count as an attempt (ACC-6). */
  signIn?: Maybe<SignInResult>;
  /** Ends the session on the server and clears the cookie (ACC-5). */
  signOut: Scalars['Boolean']['output'];
  /** Re-issues the activation of a login not yet activated (ACC-3, BO-4). */
  staffReissueActivation: BackOfficeLogin;
  /** Sign-in of Customer Services staff; a second factor always follows (BO-1). Null with an error when refused: aliases each count as an attempt (ACC-6). */
  staffSignIn?: Maybe<SignInResult>;
  /** Starts enrolling a TOTP second factor (ACC-10). */
  startSecondFactorEnrollment: SecondFactorEnrollment;
  /** Submits a change request (REQ-1). The same idempotency key twice gives the same request (REQ-5). Viewers get FORBIDDEN. */
  submitChangeRequest: ChangeRequest;
  /** Acts for another linked customer number without signing out (ACC-11). */
  switchCustomer: Me;
  /** Takes a request: the caller handles it (BO-3). */
  takeRequest: BackOfficeRequest;
  /** Revokes a link between two logins (ACC-11). */
  unlinkLogin: Me;
  /** Changes one’s own language and e-mail choices (PRO-6). */
  updateMyPreferences: Me;
  /** Step 1 of an activation (#18 item 20): checks the temporary password without using it, and names the person, the company and its language. Counted exactly like activateAccess (ACC-6). Null with an error when refused. */
  verifyActivationCredentials?: Maybe<ActivationCredentials>;
  /** Verifies a registration: the contact becomes administrator and receives the activation e-mail (ACC-8, ACC-2). */
  verifyRegistration: BackOfficeLogin;
  /** Second step of a sign-in: the 6-digit code of the app, or a recovery code (ACC-10). Null with an error when refused: aliases each count as an attempt (ACC-6). */
  verifySecondFactor?: Maybe<SignInResult>;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationActivateAccessArgs = {
  input: ActivateAccessInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationAnswerChangeRequestArgs = {
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationApproveRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationAskForInformationArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationChangeLoginProfileArgs = {
  loginId: Scalars['String']['input'];
  profile: LoginProfile;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationConfirmSecondFactorEnrollmentArgs = {
  code: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationCreateLoginArgs = {
  input: CreateLoginInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationDeactivateLoginArgs = {
  createdTokens?: CreatedTokensChoice;
  loginId: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationDisableSecondFactorArgs = {
  password: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationLinkLoginArgs = {
  input: LinkLoginInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationReactivateLoginArgs = {
  loginId: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationRegisterAdministrativeContactArgs = {
  input: RegisterContactInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationReissueActivationArgs = {
  loginId: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationRejectRegistrationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationRejectRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationRequestPasswordResetArgs = {
  loginId: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationSetSecondFactorRequiredArgs = {
  required: Scalars['Boolean']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationStaffReissueActivationArgs = {
  loginId: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationStaffSignInArgs = {
  input: StaffSignInInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationSubmitChangeRequestArgs = {
  input: SubmitChangeRequestInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationSwitchCustomerArgs = {
  loginId: Scalars['String']['input'];
  secondFactorCode?: InputMaybe<Scalars['String']['input']>;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationTakeRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationUnlinkLoginArgs = {
  loginId: Scalars['String']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationUpdateMyPreferencesArgs = {
  input: MyPreferencesInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationVerifyActivationCredentialsArgs = {
  input: ActivationCredentialsInput;
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationVerifyRegistrationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can change. Viewers and read-only tokens get FORBIDDEN. */
export type MutationVerifySecondFactorArgs = {
  code: Scalars['String']['input'];
};

/** One’s own settings (PRO-6). */
export type MyPreferencesInput = {
  /** Language of the portal and e-mails. */
  language?: InputMaybe<Language>;
  /** E-mail for each new invoice. */
  notifyNewInvoice?: InputMaybe<Scalars['Boolean']['input']>;
};

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

/** A password rule of ACC-4 that a candidate password breaks. */
export type PasswordRule =
  /** Too common, even with digits and punctuation removed. */
  | 'COMMON_PASSWORD'
  /** Contains the company name. */
  | 'CONTAINS_COMPANY_NAME'
  /** Contains the login id. */
  | 'CONTAINS_LOGIN_ID'
  /** Contains the user's name. */
  | 'CONTAINS_NAME'
  /** At most 128 characters. */
  | 'MAX_LENGTH'
  /** At least 12 characters. */
  | 'MIN_LENGTH'
  /** At least one punctuation sign or symbol. */
  | 'PUNCTUATION'
  /** At least two digits. */
  | 'TWO_DIGITS'
  /** At least one uppercase letter. */
  | 'UPPERCASE';

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

/** Who is calling. */
export type PrincipalKind =
  /** Partner software with an integration token (PRO-5). */
  | 'API_TOKEN'
  /** A person with a customer login. */
  | 'CUSTOMER_USER'
  /** Customer Services staff. */
  | 'STAFF';

/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type Query = {
  __typename?: 'Query';
  /** The customer's integration tokens (PRO-5). */
  apiTokens: Array<ApiTokenInfo>;
  /** The customer's own audit log: who changed what, when (PRO-7). */
  auditLog: AuditEntryConnection;
  /** One request with the current data beside the requested change (BO-3). */
  backOfficeRequest: BackOfficeRequest;
  /** One invoicing batch of the caller by number; NOT_FOUND otherwise. */
  batch: Batch;
  /** The caller's invoicing batches, newest first (DOC-5). */
  batches: BatchConnection;
  /** One change request of the customer; NOT_FOUND otherwise. */
  changeRequest: ChangeRequest;
  /** The customer's change requests, newest first (REQ-3). */
  changeRequests: ChangeRequestConnection;
  /** The caller's company data (COM-1). */
  company: Company;
  /** One contract of the caller by id; NOT_FOUND for unknown ids and ids of other customers. */
  contract: Contract;
  /** One contract of the caller by its contract number; NOT_FOUND otherwise. */
  contractByNumber: Contract;
  /** The caller's contracts: filter, search, sort, cursor pages (CON-1). */
  contracts: ContractConnection;
  /** Logins of one customer (BO-4). */
  customerLogins: Array<BackOfficeLogin>;
  /** Customer lookup by customer number, enterprise number or name (BO-4); at most 50. */
  customerSearch: Array<BackOfficeCustomer>;
  /** Customer Services contact details; public. Quote your contract number in every message (HLP-2). */
  customerServicesContact: CustomerServicesContact;
  /** One document of the caller; NOT_FOUND for unknown ids and ids of other customers. */
  document: Document;
  /** The caller's documents, newest first, by default the last 12 months (DOC-1, DOC-2). */
  documents: DocumentConnection;
  /** The customer's logins (PRO-1). */
  logins: Array<Login>;
  /** Who is signed in; null when nobody is. */
  me?: Maybe<Me>;
  /** The ACC-4 rules a candidate password breaks, for live feedback; name and company are checked again on submit. */
  passwordProblems: Array<PasswordRule>;
  /** Public registrations waiting for verification (ACC-8, BO-4). */
  pendingRegistrations: Array<RegistrationView>;
  /** The request queue: open requests, oldest first, with who handles what (BO-2). */
  requestQueue: BackOfficeRequestConnection;
  /** Audit trail of every action on data, newest first (BO-5). */
  staffAuditLog: AuditEntryConnection;
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryApiTokensArgs = {
  createdBy?: InputMaybe<Scalars['String']['input']>;
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryBackOfficeRequestArgs = {
  id: Scalars['ID']['input'];
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
export type QueryChangeRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryChangeRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<ChangeRequestStatus>>;
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
export type QueryCustomerLoginsArgs = {
  customerNumber: Scalars['String']['input'];
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryCustomerSearchArgs = {
  search: Scalars['String']['input'];
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


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryPasswordProblemsArgs = {
  loginId?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryRequestQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RequestQueueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything a caller can read. Every answer is limited to the caller’s own customer. */
export type QueryStaffAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Public form: the administrative contact of a customer that never gave one (ACC-8). */
export type RegisterContactInput = {
  /** Name of the contact. */
  contactName: Scalars['String']['input'];
  /** One of the customer’s contract numbers. */
  contractNumber: Scalars['String']['input'];
  /** Customer number, 8 digits, as on letters. */
  customerNumber: Scalars['String']['input'];
  /** E-mail of the contact: the activation is sent there. */
  email: Scalars['String']['input'];
  /** Enterprise number. */
  enterpriseNumber: Scalars['String']['input'];
  /** Language of the e-mails. */
  language?: InputMaybe<Language>;
  /** Phone number of the contact. */
  phone: Scalars['String']['input'];
};

/** A registration waiting for verification in the back office (ACC-8, BO-4). */
export type RegistrationView = {
  __typename?: 'RegistrationView';
  /** Contact name. */
  contactName: Scalars['String']['output'];
  /** Contract number given. */
  contractNumber: Scalars['String']['output'];
  /** When it was sent. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Company name of the customer number, when it exists. */
  customerName?: Maybe<Scalars['String']['output']>;
  /** Customer number given. */
  customerNumber: Scalars['String']['output'];
  /** Contact e-mail. */
  email: Scalars['String']['output'];
  /** Enterprise number given. */
  enterpriseNumber: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Whether customer, contract and enterprise numbers match the records. */
  numbersMatch: Scalars['Boolean']['output'];
  /** Contact phone. */
  phone: Scalars['String']['output'];
  /** PENDING, VERIFIED or REJECTED. */
  status: Scalars['String']['output'];
};

/** Who took a step of a change request. */
export type RequestActorKind =
  /** A person of the customer. */
  | 'CUSTOMER'
  /** Customer Services: an agent, named only to staff. */
  | 'STAFF';

/** A step in the history of a change request. */
export type RequestEventKind =
  /** The customer answered. */
  | 'ANSWERED'
  /** A change after the first approval cancelled it. */
  | 'APPROVAL_RESET'
  /** Approved and applied. */
  | 'COMPLETED'
  /** First of two approvals of a bank-details change. */
  | 'FIRST_APPROVAL'
  /** The agent asked for more information. */
  | 'INFORMATION_REQUESTED'
  /** Rejected. */
  | 'REJECTED'
  /** Submitted by the customer. */
  | 'SUBMITTED'
  /** Taken by an agent. */
  | 'TAKEN';

/** A step in the history of a change request (REQ-3). */
export type RequestHistoryEntry = {
  __typename?: 'RequestHistoryEntry';
  /** A person of the customer, or Customer Services. */
  actorKind: RequestActorKind;
  /** Who: the customer user; for a Customer Services step the agent’s name to staff, "Customer Services" to customers. */
  actorName: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** Comment exchanged with this step. */
  comment?: Maybe<Scalars['String']['output']>;
  /** What happened. */
  kind: RequestEventKind;
};

/** Filter of the back-office queue (BO-2). */
export type RequestQueueFilter = {
  /** Only this customer number. */
  customerNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only the requests the caller has taken. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only requests submitted at least this many days ago. */
  olderThanDays?: InputMaybe<Scalars['Int']['input']>;
  /** Statuses; default: every open status. */
  statuses?: InputMaybe<Array<ChangeRequestStatus>>;
  /** Only these types. */
  types?: InputMaybe<Array<ChangeRequestType>>;
};

/** New password from a "forgot password" link (ACC-7). */
export type ResetPasswordInput = {
  /** The new password (ACC-4 rules). */
  newPassword: Scalars['String']['input'];
  /** Token from the link. */
  token: Scalars['String']['input'];
};

/** Second factor enrolled. The recovery codes are shown this once. */
export type SecondFactorEnrolled = {
  __typename?: 'SecondFactorEnrolled';
  /** Ten one-time recovery codes. */
  recoveryCodes: Array<Scalars['String']['output']>;
  /** SIGNED_IN when this enrollment completed a sign-in. */
  status: SignInStatus;
};

/** A second factor being enrolled: add the secret to an authenticator app. */
export type SecondFactorEnrollment = {
  __typename?: 'SecondFactorEnrollment';
  /** otpauth:// URI, to show as a QR code. */
  otpauthUri: Scalars['String']['output'];
  /** The TOTP secret in base32, to type into an app. */
  secret: Scalars['String']['output'];
};

/** Sign-in of a customer user. */
export type SignInInput = {
  /** 9-digit login id. */
  loginId: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** Outcome of a sign-in step; the session cookie is set by the response. */
export type SignInResult = {
  __typename?: 'SignInResult';
  /** The signed-in person, once fully signed in. */
  me?: Maybe<Me>;
  /** Signed in, or which step comes next. */
  status: SignInStatus;
};

/** Outcome of a sign-in step. */
export type SignInStatus =
  /** Password accepted; a second factor must be enrolled before going further. */
  | 'SECOND_FACTOR_ENROLLMENT_REQUIRED'
  /** Password accepted; send the 6-digit code with verifySecondFactor. */
  | 'SECOND_FACTOR_REQUIRED'
  /** Signed in: the session cookie is set. */
  | 'SIGNED_IN';

/** Ascending or descending order. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Role of a Customer Services staff member (BO-1). */
export type StaffRole =
  /** Processes requests. */
  | 'AGENT'
  /** Processes requests and supervises the queue. */
  | 'SUPERVISOR';

/** Sign-in of a Customer Services staff member. */
export type StaffSignInInput = {
  /** Staff e-mail address. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** A change request (REQ-1). Fill the part that matches the type. */
export type SubmitChangeRequestInput = {
  /** For ADDRESS. */
  address?: InputMaybe<AddressChangeInput>;
  /** Uploaded supporting documents (POST /uploads), at most 5. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** For BANK_DETAILS. */
  bankDetails?: InputMaybe<BankDetailsInput>;
  /** For COMPANY_NAME. */
  companyName?: InputMaybe<CompanyNameInput>;
  /** The contract it concerns, if any. */
  contractNumber?: InputMaybe<Scalars['String']['input']>;
  /** For ENTERPRISE_NUMBER: the new number. */
  enterpriseNumber?: InputMaybe<Scalars['String']['input']>;
  /** A key the client generates per form: submitting twice with it creates one request (REQ-5). */
  idempotencyKey: Scalars['String']['input'];
  /** For OTHER: the request in free text; for the others an optional comment. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** For BANK_DETAILS: your password again (REQ-4). */
  password?: InputMaybe<Scalars['String']['input']>;
  /** What to change. */
  type: ChangeRequestType;
};

/** The login that created an integration token (PRO-5). */
export type TokenCreator = {
  __typename?: 'TokenCreator';
  /** 9-digit login id. */
  loginId: Scalars['String']['output'];
  /** Name of the person. */
  name: Scalars['String']['output'];
  /** Its status now: a deactivated creator is worth a look at its tokens. */
  status: LoginStatus;
};
