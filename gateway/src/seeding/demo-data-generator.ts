import { composeIBAN } from 'ibantools';
import {
  MoneyDecimal,
  addDaysIso,
  addMonthsIso,
  computeAmortizationSchedule,
  isIsoDate,
  percentOfCents,
  periodsPerYear,
  roundHalfUpToCents,
  structuredReferenceFromBase,
  vatNumberFromEnterpriseNumber,
  type PaymentTiming,
  type Periodicity,
} from '../core';
import type { ContractRecord, CustomerRecord, IngestionBatch, InvoiceRecord } from '../modules/integration';

/**
 * INT-3: deterministic demo and scale data, in the exact batch format of the ingestion (INT-1).
 *
 * Pure: no I/O, no Math.random, no clock. Every date is placed relative to `referenceDate`
 * (callers pass today), so the data always looks current: two years of invoices up to it, a few
 * invoices not yet due, a few overdue. Identities (upstream ids, contract numbers, the numeric part
 * of invoice numbers) do not depend on the reference date, so loading the demo set again on another
 * day updates the same records instead of colliding with them.
 *
 * Conventions shared by both sets:
 * - Installments are the rows of the amortization engine (leasing, credit lines) or a flat rent
 *   (rentals). Each contract has an "anchor" due date a few days after the reference date
 *   (never on day 29–31, so every month has it); the installment due then is still open.
 * - Installments due before the reference date are paid 0–3 days after their due date, except the
 *   ones deliberately left unpaid (overdue).
 * - One invoice per installment, issued 10 days before its due date; its batch is the calendar
 *   month of issue (`B2026-11`). Structured references are derived from the invoice number.
 */

type Language = 'fr' | 'nl' | 'en';
type Kind = ContractRecord['kind'];
type Status = ContractRecord['status'];
type AssetRecord = ContractRecord['assets'][number];
type InstallmentRecord = ContractRecord['installments'][number];
type InvoiceLine = InvoiceRecord['lines'][number];

/** Days between the issue date of an installment invoice and its due date. */
const INVOICE_LEAD_DAYS = 10;
/** How far back installment invoices go in the demo set. */
const DEMO_INVOICE_MONTHS = 24;
const VAT_STANDARD = '21';
const SCALE_FIRST_CUSTOMER_NUMBER = 20_000_001;
const SCALE_MAX_CUSTOMERS = 40_000;
const SCALE_MAX_CONTRACTS_PER_CUSTOMER = 99;
const MAX_INSTALLMENTS = 600;
/** Scale structured-reference bases live in 5 000 000 000 … 8 999 999 999; demo ones in 2 0xx xxx xxx. */
const SCALE_REFERENCE_BASE = 5_000_000_000;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a tiny 32-bit PRNG, plenty for test data and identical on every platform. */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }
}

/** FNV-1a over the parts: a stable seed for one named thing (an asset, a contract). */
function seedOf(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at index ${index}`);
  return item;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// ---------------------------------------------------------------------------------------------
// Belgian identifiers
// ---------------------------------------------------------------------------------------------

/** 10-digit enterprise number from its first 8 digits (0 … 19 999 999): check = 97 − (base mod 97). */
function enterpriseNumberFromBase(base: number): string {
  if (!Number.isInteger(base) || base < 0 || base > 19_999_999) throw new RangeError(`Enterprise number base out of range: ${base}`);
  return pad(base, 8) + pad(97 - (base % 97), 2);
}

/** Belgian IBAN from a 3-digit bank code and a 7-digit account: BBAN check = first ten mod 97 (00 → 97). */
function belgianIban(bankCode: string, account: number): string {
  const first10 = bankCode + pad(account, 7);
  const rest = Number(first10) % 97;
  const iban = composeIBAN({ countryCode: 'BE', bban: first10 + pad(rest === 0 ? 97 : rest, 2) });
  if (!iban) throw new RangeError(`Cannot compose a Belgian IBAN from ${first10}`);
  return iban;
}

interface Bank {
  bic: string;
  codes: readonly string[];
}

const BANKS: readonly Bank[] = [
  { bic: 'GEBABEBB', codes: ['001', '210', '230'] }, // BNP Paribas Fortis
  { bic: 'KREDBEBB', codes: ['734', '736', '738'] }, // KBC
  { bic: 'BBRUBEBB', codes: ['310', '363', '377'] }, // ING
  { bic: 'GKCCBEBB', codes: ['063', '068', '091'] }, // Belfius
];

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/**
 * A due date `offsetDays` (1–7) after the reference date, moved to the 1st of the next month when
 * it would fall on the 29th–31st. Always after the reference date and at most 10 days later, so
 * the invoice for it is already issued but still open.
 */
function anchorDueDate(referenceDate: string, offsetDays: number): string {
  const date = addDaysIso(referenceDate, offsetDays);
  return Number(date.slice(8)) > 28 ? addMonthsIso(`${date.slice(0, 8)}01`, 1) : date;
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

function batchNumberOf(issueDate: string): string {
  return `B${issueDate.slice(0, 7)}`;
}

// ---------------------------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------------------------

type Texts = Readonly<Record<Language, string>>;
type SerialAlphabet = 'digits' | 'alnum';

interface EquipmentModel {
  key: string;
  description: Texts;
  brand: string;
  model: string;
  unitPriceEuros: number;
  serialPrefix: string;
  serialLength: number;
  serialAlphabet: SerialAlphabet;
  /** Quantity range in the scale set; lines with a quantity above 1 carry no serial number. */
  maxQuantity: number;
  suppliers: readonly string[];
}

const ALPHABETS: Readonly<Record<SerialAlphabet, string>> = {
  digits: '0123456789',
  alnum: '0123456789ABCDEFGHJKLMNPRSTUVWXYZ', // no I, O, Q: as in VINs and service tags
};

const EXCAVATOR_DEALERS = ['Engins Meuse Distribution SA', 'Bouwmachines Kempen NV'];
const FORKLIFT_DEALERS = ['Intralogistiek Vlaanderen NV', 'Manutention Hainaut SRL'];
const VAN_DEALERS = ['Garage Ourthe Utilitaires SRL', 'Bestelwagencentrum Antwerpen NV', 'Frigo Trucks Namur SA'];
const IT_DEALERS = ['Bureautique Liégeoise SRL', 'IT-Partners Gent BV', 'Copie Services Namur SRL', 'Kantoorsystemen Limburg BV'];
const BAKERY_DEALERS = ['Fours & Pétrins Wallonie SRL'];
const INDUSTRY_DEALERS = ['Perslucht Techniek BV', 'Clean Equipment Brabant SA'];

const MINI_EXCAVATOR: Texts = { fr: 'Mini-pelle', nl: 'Minigraver', en: 'Mini excavator' };
const ELECTRIC_FORKLIFT: Texts = { fr: 'Chariot élévateur électrique', nl: 'Elektrische heftruck', en: 'Electric forklift' };
const PANEL_VAN: Texts = { fr: 'Fourgon utilitaire', nl: 'Bestelwagen', en: 'Panel van' };
const LAPTOP: Texts = { fr: 'Ordinateur portable', nl: 'Laptop', en: 'Laptop' };
const PRINTER: Texts = { fr: 'Imprimante multifonction', nl: 'Multifunctionele printer', en: 'Multifunction printer' };
const COMPACT_EXCAVATOR: Texts = { fr: 'Pelle compacte', nl: 'Compacte graafmachine', en: 'Compact excavator' };
const LPG_FORKLIFT: Texts = { fr: 'Chariot élévateur GPL', nl: 'LPG-heftruck', en: 'LPG forklift' };
const REACH_TRUCK: Texts = { fr: 'Chariot à mât rétractable', nl: 'Reachtruck', en: 'Reach truck' };
const REFRIGERATED_VAN: Texts = { fr: 'Fourgon frigorifique', nl: 'Koelwagen', en: 'Refrigerated van' };
const LASER_PRINTER: Texts = { fr: 'Imprimante laser', nl: 'Laserprinter', en: 'Laser printer' };
const COMBI_OVEN: Texts = { fr: 'Four mixte', nl: 'Combisteamer', en: 'Combi oven' };
const RACK_OVEN: Texts = { fr: 'Four à chariot rotatif', nl: 'Rekoven', en: 'Rack oven' };
const SCREW_COMPRESSOR: Texts = { fr: 'Compresseur à vis', nl: 'Schroefcompressor', en: 'Screw compressor' };
const SCRUBBER_DRYER: Texts = { fr: 'Autolaveuse', nl: 'Schrobzuigmachine', en: 'Scrubber-dryer' };

/** Positional constructor: one catalogue line per model. */
function equipmentModel(
  key: string,
  description: Texts,
  brand: string,
  model: string,
  unitPriceEuros: number,
  serialPrefix: string,
  serialLength: number,
  serialAlphabet: SerialAlphabet,
  maxQuantity: number,
  suppliers: readonly string[],
): EquipmentModel {
  return { key, description, brand, model, unitPriceEuros, serialPrefix, serialLength, serialAlphabet, maxQuantity, suppliers };
}

// key, description, brand, model, unit price (€), serial prefix, serial length and alphabet, max quantity, suppliers
const CATALOGUE: readonly EquipmentModel[] = [
  equipmentModel('cat-301.8', MINI_EXCAVATOR, 'Caterpillar', '301.8', 32_400, 'CAT03018CJP2', 5, 'digits', 2, EXCAVATOR_DEALERS),
  equipmentModel('cat-302.7', MINI_EXCAVATOR, 'Caterpillar', '302.7 CR', 41_200, 'CAT03027CH2X', 5, 'digits', 2, EXCAVATOR_DEALERS),
  equipmentModel('cat-308', COMPACT_EXCAVATOR, 'Caterpillar', '308 CR', 92_500, 'CAT00308CFM9', 5, 'digits', 1, EXCAVATOR_DEALERS),
  equipmentModel('linde-e25', ELECTRIC_FORKLIFT, 'Linde', 'E25/600', 38_500, 'H2X386T0', 5, 'digits', 4, FORKLIFT_DEALERS),
  equipmentModel('toyota-traigo', ELECTRIC_FORKLIFT, 'Toyota', 'Traigo 48 8FBE18T', 29_800, '48TR', 6, 'digits', 4, FORKLIFT_DEALERS),
  equipmentModel('toyota-tonero', LPG_FORKLIFT, 'Toyota', 'Tonero 02-8FGF25', 31_500, '8FGF25-', 5, 'digits', 3, FORKLIFT_DEALERS),
  equipmentModel('jh-efg216k', ELECTRIC_FORKLIFT, 'Jungheinrich', 'EFG 216k', 27_900, '9', 7, 'digits', 4, FORKLIFT_DEALERS),
  equipmentModel('jh-etv216', REACH_TRUCK, 'Jungheinrich', 'ETV 216', 44_600, '9', 7, 'digits', 3, FORKLIFT_DEALERS),
  equipmentModel('renault-master', PANEL_VAN, 'Renault', 'Master L3H2 dCi 150', 39_900, 'VF1MA000', 9, 'alnum', 3, VAN_DEALERS),
  equipmentModel('renault-master-frigo', REFRIGERATED_VAN, 'Renault', 'Master L2H2 Frigo', 56_700, 'VF1MA000', 9, 'alnum', 2, VAN_DEALERS),
  equipmentModel('ford-transit', PANEL_VAN, 'Ford', 'Transit 350 L3H2', 42_300, 'WF0XXXTTG', 8, 'alnum', 3, VAN_DEALERS),
  equipmentModel('ford-transit-custom', PANEL_VAN, 'Ford', 'Transit Custom 320 L2', 36_200, 'WF0YXXTTG', 8, 'alnum', 3, VAN_DEALERS),
  equipmentModel('dell-5450', LAPTOP, 'Dell', 'Latitude 5450', 1_290, '', 7, 'alnum', 25, IT_DEALERS),
  equipmentModel('dell-7450', LAPTOP, 'Dell', 'Latitude 7450', 1_790, '', 7, 'alnum', 15, IT_DEALERS),
  equipmentModel('hp-840', LAPTOP, 'HP', 'EliteBook 840 G11', 1_650, '5CD', 7, 'alnum', 20, IT_DEALERS),
  equipmentModel('hp-450', LAPTOP, 'HP', 'ProBook 450 G10', 980, '5CD', 7, 'alnum', 25, IT_DEALERS),
  equipmentModel('km-c300i', PRINTER, 'Konica Minolta', 'bizhub C300i', 6_900, 'AA2J0', 8, 'digits', 3, IT_DEALERS),
  equipmentModel('km-c450i', PRINTER, 'Konica Minolta', 'bizhub C450i', 9_400, 'AA2K0', 8, 'digits', 3, IT_DEALERS),
  equipmentModel('km-4702p', LASER_PRINTER, 'Konica Minolta', 'bizhub 4702P', 2_100, 'AAJR0', 8, 'digits', 5, IT_DEALERS),
  equipmentModel('rational-icombi', COMBI_OVEN, 'Rational', 'iCombi Pro 10-1/1', 17_800, 'E11SJ', 8, 'digits', 2, BAKERY_DEALERS),
  equipmentModel('bongard-orbital', RACK_OVEN, 'Bongard', 'Orbital 2', 48_000, 'BO', 7, 'digits', 1, BAKERY_DEALERS),
  equipmentModel('atlas-ga30', SCREW_COMPRESSOR, 'Atlas Copco', 'GA 30 VSD+', 24_500, 'API', 6, 'digits', 2, INDUSTRY_DEALERS),
  equipmentModel('karcher-b110', SCRUBBER_DRYER, 'Kärcher', 'B 110 R', 14_900, '010', 6, 'digits', 2, INDUSTRY_DEALERS),
];

const CATALOGUE_BY_KEY = new Map(CATALOGUE.map((model) => [model.key, model]));

function equipment(key: string): EquipmentModel {
  const model = CATALOGUE_BY_KEY.get(key);
  if (!model) throw new RangeError(`Unknown equipment '${key}'`);
  return model;
}

function serialNumber(model: EquipmentModel, rng: Rng): string {
  const alphabet = ALPHABETS[model.serialAlphabet];
  let serial = model.serialPrefix;
  for (let i = 0; i < model.serialLength; i++) serial += alphabet.charAt(Math.floor(rng.next() * alphabet.length));
  return serial;
}

function assetRecord(
  upstreamId: string,
  model: EquipmentModel,
  quantity: number,
  location: string,
  language: Language,
  rng: Rng,
): AssetRecord {
  return {
    upstreamId,
    description: model.description[language],
    brand: model.brand,
    model: model.model,
    serialNumber: quantity === 1 ? serialNumber(model, rng) : null,
    quantity,
    location,
  };
}

function objectSummaryOf(assets: readonly AssetRecord[]): string {
  const text = assets.map((a) => `${a.description} ${a.brand} ${a.model}${a.quantity > 1 ? ` (×${a.quantity})` : ''}`).join(', ');
  return text.length <= 300 ? text : `${text.slice(0, 299)}…`;
}

// ---------------------------------------------------------------------------------------------
// Localised texts
// ---------------------------------------------------------------------------------------------

function installmentLine(language: Language, kind: Kind, sequence: number, count: number, contractNumber: string): string {
  if (kind === 'RENTAL') {
    return language === 'fr'
      ? `Loyer ${sequence}/${count} — contrat ${contractNumber}`
      : language === 'nl'
        ? `Huur ${sequence}/${count} — contract ${contractNumber}`
        : `Rent ${sequence}/${count} — contract ${contractNumber}`;
  }
  return language === 'fr'
    ? `Échéance ${sequence}/${count} — contrat ${contractNumber}`
    : language === 'nl'
      ? `Termijn ${sequence}/${count} — contract ${contractNumber}`
      : `Installment ${sequence}/${count} — contract ${contractNumber}`;
}

const INSURANCE_LINE: Texts = {
  fr: 'Assurance tous risques matériel — contrat ',
  nl: 'Allriskverzekering materieel — contract ',
  en: 'All-risk equipment insurance — contract ',
};

// The rule only: the portal shows its own translated label beside it (#18 item 9).
/** #18 item 9: every contract carries its rule in the three languages, as texts per language (INT-1). */
const EARLY_TERMINATION: Readonly<Record<'FINANCING' | 'RENTAL', Texts>> = {
  FINANCING: {
    fr: "Capital restant dû majoré d'une indemnité de 3 %",
    nl: 'Openstaand kapitaal vermeerderd met een vergoeding van 3 %',
    en: 'Outstanding capital plus an indemnity of 3 %',
  },
  RENTAL: {
    fr: '50 % des loyers restants',
    nl: '50 % van de nog te vervallen huurgelden',
    en: '50 % of the rents still to fall due',
  },
};

const CONTRACT_PREFIX: Readonly<Record<Kind, string>> = { LEASING: 'LC', CREDIT_LINE: 'CL', RENTAL: 'RC' };

// ---------------------------------------------------------------------------------------------
// Contracts, schedules, invoices
// ---------------------------------------------------------------------------------------------

interface ContractPlan {
  customerUpstreamId: string;
  language: Language;
  contractNumber: string;
  kind: Kind;
  status: Status;
  objectSummary: string;
  periodicity: Periodicity;
  timing: PaymentTiming;
  installments: number;
  /** Sequence of the installment due on `anchorDate` (0 or less: the contract starts later; above `installments`: ended). */
  currentPeriod: number;
  anchorDate: string;
  financedAmountCents: number;
  residualValueCents: number;
  /** Nominal annual rate (leasing, credit line) or, for rentals, the margin on the equipment value over the whole term. */
  annualRatePercent: string;
  rentalMarginPercent?: number;
  paymentMethod: ContractRecord['paymentMethod'];
  supplierName: string;
  assets: AssetRecord[];
  /** Sequences due before the reference date that stay unpaid (overdue). */
  unpaidSequences: readonly number[];
}

interface BuiltContract {
  record: ContractRecord;
  plan: ContractPlan;
}

function buildContract(plan: ContractPlan, referenceDate: string, paymentDelayDays: (sequence: number) => number): BuiltContract {
  const stepMonths = 12 / periodsPerYear(plan.periodicity);
  const inAdvance = plan.timing === 'IN_ADVANCE';
  const startDate = addMonthsIso(plan.anchorDate, -(inAdvance ? plan.currentPeriod - 1 : plan.currentPeriod) * stepMonths);
  const durationMonths = plan.installments * stepMonths;
  const vatRatePercent = plan.kind === 'CREDIT_LINE' ? null : VAT_STANDARD;

  let periodicAmountCents: number;
  let rows: { dueDate: string; amountCents: number; vatCents: number; totalCents: number }[];
  if (plan.kind === 'RENTAL') {
    const margin = plan.rentalMarginPercent ?? 0;
    const rent = roundHalfUpToCents(new MoneyDecimal(plan.financedAmountCents).times(100 + margin).dividedBy(100 * plan.installments));
    const vat = percentOfCents(rent, VAT_STANDARD);
    periodicAmountCents = rent;
    rows = [];
    for (let k = 1; k <= plan.installments; k++) {
      const dueDate = addMonthsIso(startDate, (inAdvance ? k - 1 : k) * stepMonths);
      rows.push({ dueDate, amountCents: rent, vatCents: vat, totalCents: rent + vat });
    }
  } else {
    const schedule = computeAmortizationSchedule({
      financedAmountCents: plan.financedAmountCents,
      residualValueCents: plan.residualValueCents,
      annualRatePercent: plan.annualRatePercent,
      periods: plan.installments,
      periodicity: plan.periodicity,
      timing: plan.timing,
      startDate,
      vatRatePercent,
    });
    periodicAmountCents = schedule.regularInstallmentCents;
    rows = schedule.rows.map((row) => ({
      dueDate: row.dueDate,
      amountCents: row.installmentCents,
      vatCents: row.vatCents,
      totalCents: row.totalCents,
    }));
  }

  const unpaid = new Set(plan.unpaidSequences);
  const installments: InstallmentRecord[] = rows.map((row, index) => {
    const sequence = index + 1;
    const paid = row.dueDate < referenceDate && !unpaid.has(sequence);
    return {
      sequence,
      dueDate: row.dueDate,
      amountCents: row.amountCents,
      vatCents: row.vatCents,
      totalCents: row.totalCents,
      paidOn: paid ? earlier(addDaysIso(row.dueDate, paymentDelayDays(sequence)), referenceDate) : null,
    };
  });

  const activated = plan.status !== 'PENDING';
  const record: ContractRecord = {
    upstreamId: `CTR-${plan.contractNumber}`,
    customerUpstreamId: plan.customerUpstreamId,
    contractNumber: plan.contractNumber,
    kind: plan.kind,
    status: plan.status,
    objectSummary: plan.objectSummary,
    startDate,
    endDate: addDaysIso(addMonthsIso(startDate, durationMonths), -1),
    durationMonths,
    numberOfInstallments: plan.installments,
    periodicity: plan.periodicity,
    paymentTiming: plan.timing,
    financedAmountCents: plan.financedAmountCents,
    annualRatePercent: plan.kind === 'RENTAL' ? '0' : plan.annualRatePercent,
    residualValueCents: plan.residualValueCents,
    periodicAmountCents,
    vatRatePercent,
    paymentMethod: plan.paymentMethod,
    sepaMandateReference: plan.paymentMethod === 'SEPA_DIRECT_DEBIT' ? `MDT-${plan.contractNumber}` : null,
    supplierName: plan.supplierName,
    earlyTerminationRule: { ...EARLY_TERMINATION[plan.kind === 'RENTAL' ? 'RENTAL' : 'FINANCING'] },
    activatedAt: activated ? `${addDaysIso(startDate, -14)}T09:30:00Z` : null,
    assets: plan.assets,
    installments,
  };
  return { record, plan };
}

interface InvoiceNumbering {
  number: string;
  structuredReferenceBase: number;
}

/** The invoice of one installment: issued 10 days before it falls due, paid when the installment is. */
function installmentInvoice(
  built: BuiltContract,
  installment: InstallmentRecord,
  numberingOf: (issueDate: string) => InvoiceNumbering,
  extraLines: readonly InvoiceLine[],
): InvoiceRecord {
  const { plan, record } = built;
  const issueDate = addDaysIso(installment.dueDate, -INVOICE_LEAD_DAYS);
  const numbering = numberingOf(issueDate);
  const lines: InvoiceLine[] = [
    {
      description: installmentLine(plan.language, plan.kind, installment.sequence, plan.installments, plan.contractNumber),
      quantity: '1',
      unitPriceCents: installment.amountCents,
      vatRatePercent: record.vatRatePercent ?? '0',
      netCents: installment.amountCents,
      vatCents: installment.vatCents,
    },
    ...extraLines,
  ];
  let netCents = 0;
  let vatCents = 0;
  for (const line of lines) {
    netCents += line.netCents;
    vatCents += line.vatCents;
  }
  return {
    upstreamId: `DOC-${plan.contractNumber}-${pad(installment.sequence, 3)}`,
    customerUpstreamId: plan.customerUpstreamId,
    contractUpstreamId: record.upstreamId,
    kind: 'INVOICE',
    number: numbering.number,
    batchNumber: batchNumberOf(issueDate),
    issueDate,
    dueDate: installment.dueDate,
    netCents,
    vatCents,
    totalCents: netCents + vatCents,
    paidOn: installment.paidOn ?? null,
    structuredReference: structuredReferenceFromBase(numbering.structuredReferenceBase),
    creditedDocumentNumber: null,
    lines,
  };
}

function byIssueDateThenNumber(a: InvoiceRecord, b: InvoiceRecord): number {
  return a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Demo set
// ---------------------------------------------------------------------------------------------

interface DemoCustomer {
  record: CustomerRecord;
  language: Language;
  sites: readonly string[];
}

function demoCustomer(spec: {
  customerNumber: string;
  name: string;
  legalForm: string;
  enterpriseBase: number;
  street: string;
  postalCode: string;
  city: string;
  billing?: { street: string; postalCode: string; city: string };
  bankCode: string;
  account: number;
  bic: string;
  language: Language;
  contact: { name: string; email: string; phone: string } | null;
  sites: readonly string[];
}): DemoCustomer {
  const enterpriseNumber = enterpriseNumberFromBase(spec.enterpriseBase);
  return {
    language: spec.language,
    sites: spec.sites,
    record: {
      upstreamId: `CUST-${spec.customerNumber}`,
      customerNumber: spec.customerNumber,
      name: spec.name,
      legalForm: spec.legalForm,
      enterpriseNumber,
      vatNumber: vatNumberFromEnterpriseNumber(enterpriseNumber),
      registeredOffice: { street: spec.street, postalCode: spec.postalCode, city: spec.city, country: 'BE' },
      billingAddress: spec.billing ? { ...spec.billing, country: 'BE' } : null,
      iban: belgianIban(spec.bankCode, spec.account),
      bic: spec.bic,
      language: spec.language,
      administrativeContact: spec.contact,
    },
  };
}

const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  demoCustomer({
    customerNumber: '10000001',
    name: 'Constructions Mosanes',
    legalForm: 'SRL',
    enterpriseBase: 4_712_358,
    street: 'Quai de la Batte 27',
    postalCode: '4000',
    city: 'Liège',
    bankCode: '001',
    // Its own account: 001-2345678 is the lessor's (seller-identity.ts), a customer must not share it (#12 §4).
    account: 7_654_321,
    bic: 'GEBABEBB',
    language: 'fr',
    contact: { name: 'Sophie Lambert', email: 'sophie.lambert@example.be', phone: '+32 4 221 34 56' },
    sites: [
      'Siège — Quai de la Batte 27, 4000 Liège',
      "Dépôt — Rue de l'Abbaye 12, 4040 Herstal",
      'Chantier — Rue Saint-Gilles 112, 4000 Liège',
    ],
  }),
  demoCustomer({
    customerNumber: '10000002',
    name: 'Scheldepoort Logistics',
    legalForm: 'BV',
    enterpriseBase: 4_369_215,
    street: 'Noorderlaan 147',
    postalCode: '2030',
    city: 'Antwerpen',
    billing: { street: 'Italiëlei 211', postalCode: '2000', city: 'Antwerpen' },
    bankCode: '734',
    account: 412_785,
    bic: 'KREDBEBB',
    language: 'nl',
    contact: { name: 'Pieter Janssens', email: 'pieter.janssens@example.be', phone: '+32 3 541 22 90' },
    sites: ['Magazijn — Noorderlaan 147, 2030 Antwerpen', 'Distributiecentrum — Industrieweg 8, 2850 Boom'],
  }),
  demoCustomer({
    customerNumber: '10000003',
    name: 'Boulangeries du Confluent',
    legalForm: 'SA',
    enterpriseBase: 4_215_784,
    street: 'Rue de Fer 48',
    postalCode: '5000',
    city: 'Namur',
    bankCode: '363',
    account: 1_187_430,
    bic: 'BBRUBEBB',
    language: 'en',
    contact: null,
    sites: [
      'Central bakery — Rue de Dave 175, 5100 Jambes',
      "Shop — Rue de l'Ange 21, 5000 Namur",
      'Head office — Rue de Fer 48, 5000 Namur',
    ],
  }),
];

interface DemoAsset {
  equipment: string;
  quantity: number;
  site: number;
}

interface DemoContractSpec {
  /** Index in DEMO_CUSTOMERS. */
  customer: number;
  kind: Kind;
  status: Status;
  periodicity: Periodicity;
  timing: PaymentTiming;
  installments: number;
  /** Installment due on the anchor date, just after the reference date: 0 = not started, > installments = ended. */
  currentPeriod: number;
  /** Anchor due date = reference date + this many days (1–7, see anchorDueDate). */
  anchorOffsetDays: number;
  financedEuros: number;
  /** Residual value (purchase option) as a whole percentage of the financed amount. */
  residualPercent: number;
  rate: string;
  /** Rentals: margin on the equipment value over the whole term, spread flat over the rents. */
  rentalMarginPercent?: number;
  paymentMethod: ContractRecord['paymentMethod'];
  supplierName: string;
  objectSummary: string;
  assets: readonly DemoAsset[];
  /** How many of the latest installments due before the reference date stay unpaid (overdue). */
  unpaidRecent?: number;
  /** A pro-rata credit for `daysCredited` days of one of the contract's units, `periodsBack` periods ago. */
  creditNote?: { periodsBack: number; daysCredited: number; reason: string };
}

const DEMO_CONTRACTS: readonly DemoContractSpec[] = [
  // Constructions Mosanes (fr)
  {
    customer: 0,
    kind: 'LEASING',
    status: 'ACTIVE',
    periodicity: 'QUARTERLY',
    timing: 'IN_ADVANCE',
    installments: 20,
    currentPeriod: 9,
    anchorOffsetDays: 5,
    financedEuros: 138_450,
    residualPercent: 2,
    rate: '4.35',
    paymentMethod: 'SEPA_DIRECT_DEBIT',
    supplierName: 'Engins Meuse Distribution SA',
    objectSummary: 'Mini-pelles Caterpillar 302.7 CR et 308 CR',
    assets: [
      { equipment: 'cat-302.7', quantity: 1, site: 2 },
      { equipment: 'cat-308', quantity: 1, site: 1 },
    ],
  },
  {
    customer: 0,
    kind: 'LEASING',
    status: 'ACTIVE',
    periodicity: 'MONTHLY',
    timing: 'IN_ARREARS',
    installments: 48,
    currentPeriod: 14,
    anchorOffsetDays: 5,
    financedEuros: 82_450,
    residualPercent: 1,
    rate: '5.10',
    paymentMethod: 'BANK_TRANSFER',
    supplierName: 'Garage Ourthe Utilitaires SRL',
    objectSummary: 'Fourgons Renault Master L3H2 (2) et Ford Transit Custom',
    assets: [
      { equipment: 'renault-master', quantity: 1, site: 1 },
      { equipment: 'renault-master', quantity: 1, site: 1 },
      { equipment: 'ford-transit-custom', quantity: 1, site: 0 },
    ],
    unpaidRecent: 2,
  },
  {
    customer: 0,
    kind: 'LEASING',
    status: 'PENDING',
    periodicity: 'MONTHLY',
    timing: 'IN_ARREARS',
    installments: 36,
    currentPeriod: 0,
    anchorOffsetDays: 5,
    financedEuros: 26_400,
    residualPercent: 1,
    rate: '5.45',
    paymentMethod: 'SEPA_DIRECT_DEBIT',
    supplierName: 'Bureautique Liégeoise SRL',
    objectSummary: 'Parc informatique : portables Dell et HP, multifonction Konica Minolta',
    assets: [
      { equipment: 'dell-5450', quantity: 10, site: 0 },
      { equipment: 'hp-840', quantity: 4, site: 0 },
      { equipment: 'km-c300i', quantity: 1, site: 0 },
    ],
  },
  // Scheldepoort Logistics (nl)
  {
    customer: 1,
    kind: 'LEASING',
    status: 'ACTIVE',
    periodicity: 'MONTHLY',
    timing: 'IN_ADVANCE',
    installments: 60,
    currentPeriod: 32,
    anchorOffsetDays: 5,
    financedEuros: 186_400,
    residualPercent: 3,
    rate: '3.85',
    paymentMethod: 'SEPA_DIRECT_DEBIT',
    supplierName: 'Intralogistiek Vlaanderen NV',
    objectSummary: 'Heftrucks Linde E25 en Toyota Traigo 48',
    assets: [
      { equipment: 'linde-e25', quantity: 3, site: 0 },
      { equipment: 'toyota-traigo', quantity: 2, site: 1 },
      { equipment: 'linde-e25', quantity: 1, site: 1 },
    ],
  },
  {
    customer: 1,
    kind: 'CREDIT_LINE',
    status: 'ACTIVE',
    periodicity: 'QUARTERLY',
    timing: 'IN_ARREARS',
    installments: 20,
    currentPeriod: 5,
    anchorOffsetDays: 5,
    financedEuros: 450_000,
    residualPercent: 0,
    rate: '3.95',
    paymentMethod: 'BANK_TRANSFER',
    supplierName: 'Intralogistiek Vlaanderen NV',
    objectSummary: 'Investeringskrediet — uitbreiding magazijn Noorderlaan (reachtrucks)',
    assets: [
      { equipment: 'jh-etv216', quantity: 3, site: 0 },
      { equipment: 'jh-efg216k', quantity: 2, site: 0 },
    ],
  },
  {
    customer: 1,
    kind: 'RENTAL',
    status: 'ACTIVE',
    periodicity: 'MONTHLY',
    timing: 'IN_ADVANCE',
    installments: 36,
    currentPeriod: 9,
    anchorOffsetDays: 5,
    financedEuros: 211_500,
    residualPercent: 0,
    rate: '0',
    rentalMarginPercent: 16,
    paymentMethod: 'SEPA_DIRECT_DEBIT',
    supplierName: 'Bestelwagencentrum Antwerpen NV',
    objectSummary: 'Huur van 5 bestelwagens Ford Transit 350 L3H2',
    assets: [
      { equipment: 'ford-transit', quantity: 1, site: 0 },
      { equipment: 'ford-transit', quantity: 1, site: 0 },
      { equipment: 'ford-transit', quantity: 1, site: 0 },
      { equipment: 'ford-transit', quantity: 1, site: 1 },
      { equipment: 'ford-transit', quantity: 1, site: 1 },
    ],
    creditNote: { periodsBack: 3, daysCredited: 10, reason: 'bestelwagen 10 dagen buiten gebruik (herstelling onder garantie)' },
  },
  {
    customer: 1,
    kind: 'LEASING',
    status: 'ENDED',
    periodicity: 'QUARTERLY',
    timing: 'IN_ADVANCE',
    installments: 12,
    currentPeriod: 14,
    anchorOffsetDays: 5,
    financedEuros: 58_200,
    residualPercent: 3,
    rate: '4.20',
    paymentMethod: 'SEPA_DIRECT_DEBIT',
    supplierName: 'Intralogistiek Vlaanderen NV',
    objectSummary: 'Heftrucks Toyota Tonero en Jungheinrich EFG 216k',
    assets: [
      { equipment: 'toyota-tonero', quantity: 1, site: 0 },
      { equipment: 'jh-efg216k', quantity: 1, site: 1 },
    ],
  },
  // Boulangeries du Confluent (en)
  {
    customer: 2,
    kind: 'LEASING',
    status: 'ACTIVE',
    periodicity: 'MONTHLY',
    timing: 'IN_ARREARS',
    installments: 48,
    currentPeriod: 12,
    anchorOffsetDays: 2,
    financedEuros: 92_300,
    residualPercent: 1,
    rate: '4.95',
    paymentMethod: 'SEPA_DIRECT_DEBIT',
    supplierName: 'Fours & Pétrins Wallonie SRL',
    objectSummary: 'Bakery ovens: Bongard Orbital 2 rack oven and Rational combi ovens',
    assets: [
      { equipment: 'bongard-orbital', quantity: 1, site: 0 },
      { equipment: 'rational-icombi', quantity: 1, site: 0 },
      { equipment: 'rational-icombi', quantity: 1, site: 1 },
    ],
  },
  {
    customer: 2,
    kind: 'RENTAL',
    status: 'ACTIVE',
    periodicity: 'QUARTERLY',
    timing: 'IN_ADVANCE',
    installments: 8,
    currentPeriod: 4,
    anchorOffsetDays: 2,
    financedEuros: 8_400,
    residualPercent: 0,
    rate: '0',
    rentalMarginPercent: 12,
    paymentMethod: 'BANK_TRANSFER',
    supplierName: 'Copie Services Namur SRL',
    objectSummary: 'Printer rental: Konica Minolta bizhub C300i and bizhub 4702P',
    assets: [
      { equipment: 'km-c300i', quantity: 1, site: 2 },
      { equipment: 'km-4702p', quantity: 1, site: 1 },
    ],
  },
  {
    customer: 2,
    kind: 'CREDIT_LINE',
    status: 'ACTIVE',
    periodicity: 'MONTHLY',
    timing: 'IN_ARREARS',
    installments: 36,
    currentPeriod: 20,
    anchorOffsetDays: 2,
    financedEuros: 113_400,
    residualPercent: 0,
    rate: '5.60',
    paymentMethod: 'SEPA_DIRECT_DEBIT',
    supplierName: 'Frigo Trucks Namur SA',
    objectSummary: 'Investment credit: two Renault Master refrigerated delivery vans',
    assets: [
      { equipment: 'renault-master-frigo', quantity: 1, site: 0 },
      { equipment: 'renault-master-frigo', quantity: 1, site: 0 },
    ],
  },
];

const CREDIT_NOTE_LINE: Texts = { fr: 'Note de crédit au prorata — ', nl: 'Creditnota pro rata — ', en: 'Pro-rata credit note — ' };

/**
 * The small demo set (INT-3): three customers (10000001 fr, 10000002 nl, 10000003 en, the last
 * without an administrative contact), ten contracts of every kind and status, two years of
 * invoices, one credit note. One batch per customer.
 */
export function generateDemoBatches(referenceDate: string): IngestionBatch[] {
  requireIsoDate(referenceDate);
  const windowStart = addMonthsIso(referenceDate, -DEMO_INVOICE_MONTHS);
  const perCustomerIndex = DEMO_CUSTOMERS.map(() => 0);

  const batches: IngestionBatch[] = DEMO_CUSTOMERS.map((customer) => ({ customers: [customer.record], contracts: [], invoices: [] }));

  DEMO_CONTRACTS.forEach((spec, contractIndex) => {
    const customer = at(DEMO_CUSTOMERS, spec.customer);
    const batch = at(batches, spec.customer);
    const ordinal = contractIndex + 1;
    const index = (perCustomerIndex[spec.customer] = (perCustomerIndex[spec.customer] ?? 0) + 1);
    const contractNumber = `${CONTRACT_PREFIX[spec.kind]}-${customer.record.customerNumber}-${pad(index, 2)}`;
    const assets = spec.assets.map((asset, assetIndex) => {
      const upstreamId = `AST-${contractNumber}-${assetIndex + 1}`;
      return assetRecord(
        upstreamId,
        equipment(asset.equipment),
        asset.quantity,
        at(customer.sites, asset.site),
        customer.language,
        new Rng(seedOf(upstreamId)),
      );
    });
    const financedAmountCents = spec.financedEuros * 100;
    const anchorDate = anchorDueDate(referenceDate, spec.anchorOffsetDays);
    // The last `unpaidRecent` installments due before the reference date stay unpaid.
    const lastPast = spec.currentPeriod - 1;
    const unpaidSequences = Array.from({ length: spec.unpaidRecent ?? 0 }, (_, i) => lastPast - i).filter((k) => k >= 1);
    const built = buildContract(
      {
        customerUpstreamId: customer.record.upstreamId,
        language: customer.language,
        contractNumber,
        kind: spec.kind,
        status: spec.status,
        objectSummary: spec.objectSummary,
        periodicity: spec.periodicity,
        timing: spec.timing,
        installments: spec.installments,
        currentPeriod: spec.currentPeriod,
        anchorDate,
        financedAmountCents,
        residualValueCents: (financedAmountCents * spec.residualPercent) / 100,
        annualRatePercent: spec.rate,
        rentalMarginPercent: spec.rentalMarginPercent,
        paymentMethod: spec.paymentMethod,
        supplierName: spec.supplierName,
        assets,
        unpaidSequences,
      },
      referenceDate,
      (sequence) => new Rng(seedOf(contractNumber, sequence)).int(0, 3),
    );
    batch.contracts.push(built.record);

    const invoices: InvoiceRecord[] = [];
    for (const installment of built.record.installments) {
      const issueDate = addDaysIso(installment.dueDate, -INVOICE_LEAD_DAYS);
      if (installment.dueDate <= windowStart || issueDate > referenceDate) continue;
      // Numbered per year; the serial part depends only on the contract and the installment.
      const serial = ordinal * 1000 + installment.sequence;
      const year = Number(issueDate.slice(0, 4));
      invoices.push(
        installmentInvoice(
          built,
          installment,
          () => ({ number: `INV-${year}-${pad(serial, 6)}`, structuredReferenceBase: year * 1_000_000 + serial }),
          [],
        ),
      );
    }
    if (spec.creditNote) invoices.push(demoCreditNote(built, spec.creditNote, ordinal, invoices, referenceDate));
    batch.invoices.push(...invoices);
  });

  for (const batch of batches) batch.invoices.sort(byIssueDateThenNumber);
  return batches;
}

/** A partial credit on an earlier paid invoice of the contract, settled two days after issue. */
function demoCreditNote(
  built: BuiltContract,
  spec: NonNullable<DemoContractSpec['creditNote']>,
  ordinal: number,
  invoices: readonly InvoiceRecord[],
  referenceDate: string,
): InvoiceRecord {
  const { plan, record } = built;
  const sequence = plan.currentPeriod - spec.periodsBack;
  const installment = record.installments.find((i) => i.sequence === sequence);
  const credited = invoices.find((invoice) => invoice.dueDate === installment?.dueDate);
  if (!installment || !credited) throw new RangeError(`No invoice to credit on ${plan.contractNumber}`);
  const issueDate = earlier(addDaysIso(installment.dueDate, 17), referenceDate);
  const units = record.assets.reduce((sum, asset) => sum + asset.quantity, 0);
  const netCents = roundHalfUpToCents(new MoneyDecimal(installment.amountCents).times(spec.daysCredited).dividedBy(30 * units));
  const vatRatePercent = record.vatRatePercent ?? '0';
  const vatCents = percentOfCents(netCents, vatRatePercent);
  const year = Number(issueDate.slice(0, 4));
  return {
    upstreamId: `DOC-CN-${plan.contractNumber}-${pad(sequence, 3)}`,
    customerUpstreamId: plan.customerUpstreamId,
    contractUpstreamId: record.upstreamId,
    kind: 'CREDIT_NOTE',
    number: `CN-${year}-${pad(ordinal * 1000 + sequence, 6)}`,
    batchNumber: batchNumberOf(issueDate),
    issueDate,
    dueDate: issueDate,
    netCents,
    vatCents,
    totalCents: netCents + vatCents,
    paidOn: earlier(addDaysIso(issueDate, 2), referenceDate),
    structuredReference: null,
    creditedDocumentNumber: credited.number,
    lines: [
      {
        description: `${CREDIT_NOTE_LINE[plan.language]}${spec.reason} (${credited.number})`,
        quantity: '1',
        unitPriceCents: netCents,
        vatRatePercent,
        netCents,
        vatCents,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Scale set
// ---------------------------------------------------------------------------------------------

export interface ScaleOptions {
  customers: number;
  contractsPerCustomer: number;
  invoicesPerContract: number;
  referenceDate: string;
  seed?: number;
}

type Region = 'FL' | 'WA' | 'BXL';

interface City {
  postalCode: string;
  name: string;
  region: Region;
  phoneZone: string;
}

const CITIES: readonly City[] = [
  { postalCode: '2000', name: 'Antwerpen', region: 'FL', phoneZone: '3' },
  { postalCode: '2800', name: 'Mechelen', region: 'FL', phoneZone: '15' },
  { postalCode: '2300', name: 'Turnhout', region: 'FL', phoneZone: '14' },
  { postalCode: '9000', name: 'Gent', region: 'FL', phoneZone: '9' },
  { postalCode: '9300', name: 'Aalst', region: 'FL', phoneZone: '53' },
  { postalCode: '8000', name: 'Brugge', region: 'FL', phoneZone: '50' },
  { postalCode: '8400', name: 'Oostende', region: 'FL', phoneZone: '59' },
  { postalCode: '8500', name: 'Kortrijk', region: 'FL', phoneZone: '56' },
  { postalCode: '3000', name: 'Leuven', region: 'FL', phoneZone: '16' },
  { postalCode: '3500', name: 'Hasselt', region: 'FL', phoneZone: '11' },
  { postalCode: '3600', name: 'Genk', region: 'FL', phoneZone: '89' },
  { postalCode: '1800', name: 'Vilvoorde', region: 'FL', phoneZone: '2' },
  { postalCode: '1930', name: 'Zaventem', region: 'FL', phoneZone: '2' },
  { postalCode: '4000', name: 'Liège', region: 'WA', phoneZone: '4' },
  { postalCode: '4800', name: 'Verviers', region: 'WA', phoneZone: '87' },
  { postalCode: '5000', name: 'Namur', region: 'WA', phoneZone: '81' },
  { postalCode: '6000', name: 'Charleroi', region: 'WA', phoneZone: '71' },
  { postalCode: '7000', name: 'Mons', region: 'WA', phoneZone: '65' },
  { postalCode: '7500', name: 'Tournai', region: 'WA', phoneZone: '69' },
  { postalCode: '6700', name: 'Arlon', region: 'WA', phoneZone: '63' },
  { postalCode: '1300', name: 'Wavre', region: 'WA', phoneZone: '10' },
  { postalCode: '1400', name: 'Nivelles', region: 'WA', phoneZone: '67' },
  { postalCode: '1348', name: 'Louvain-la-Neuve', region: 'WA', phoneZone: '10' },
  { postalCode: '1000', name: 'Bruxelles', region: 'BXL', phoneZone: '2' },
  { postalCode: '1050', name: 'Ixelles', region: 'BXL', phoneZone: '2' },
  { postalCode: '1070', name: 'Anderlecht', region: 'BXL', phoneZone: '2' },
  { postalCode: '1200', name: 'Woluwe-Saint-Lambert', region: 'BXL', phoneZone: '2' },
];

const STREETS: Readonly<Record<'fr' | 'nl', readonly string[]>> = {
  fr: [
    'Rue de la Station',
    'Chaussée de Namur',
    'Rue du Commerce',
    "Avenue de l'Industrie",
    'Rue des Artisans',
    'Boulevard Industriel',
    'Rue de la Gare',
    'Chaussée de Bruxelles',
  ],
  nl: [
    'Stationsstraat',
    'Industrieweg',
    'Nijverheidslaan',
    'Kerkstraat',
    'Ambachtenlaan',
    'Kouterstraat',
    'Brusselsesteenweg',
    'Molenstraat',
  ],
};

const COMPANY_ACTIVITIES: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'Constructions',
    'Transports',
    'Boulangerie',
    'Imprimerie',
    'Garage',
    'Menuiserie',
    'Entreprise générale',
    'Brasserie',
    'Terrassements',
    'Distribution',
  ],
  nl: [
    'Bouwbedrijf',
    'Transport',
    'Bakkerij',
    'Drukkerij',
    'Garage',
    'Schrijnwerkerij',
    'Aannemingen',
    'Brouwerij',
    'Grondwerken',
    'Logistiek',
  ],
  en: ['Logistics', 'Consulting', 'Medical Imaging', 'Print Services', 'Engineering', 'Facilities', 'Software', 'Food Services'],
};

const SURNAMES: Readonly<Record<Language, readonly string[]>> = {
  fr: ['Dubois', 'Lambert', 'Martin', 'Dupont', 'Leclercq', 'Lejeune', 'Renard', 'Collard', 'Hubert', 'Delvaux', 'Gérard', 'Marchal'],
  nl: [
    'Peeters',
    'Janssens',
    'Maes',
    'Jacobs',
    'Mertens',
    'Willems',
    'Claes',
    'Goossens',
    'Wouters',
    'De Smet',
    'Vermeulen',
    'Van den Broeck',
  ],
  en: ['Atlas', 'Northgate', 'Bluebridge', 'Greenfield', 'Summit', 'Crescent', 'Harbour', 'Meridian'],
};

const FIRST_NAMES: Readonly<Record<Language, readonly string[]>> = {
  fr: ['Sophie', 'Julien', 'Nathalie', 'Olivier', 'Céline', 'Thomas', 'Isabelle', 'Marc', 'Aurélie', 'François'],
  nl: ['Pieter', 'Annelies', 'Koen', 'Sarah', 'Jeroen', 'Els', 'Tom', 'Lien', 'Bart', 'Katrien'],
  en: ['James', 'Emma', 'Oliver', 'Charlotte', 'Daniel', 'Hannah', 'Michael', 'Laura'],
};

const CONTACT_SURNAMES: Readonly<Record<Language, readonly string[]>> = {
  fr: SURNAMES.fr,
  nl: SURNAMES.nl,
  en: ['Smith', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Walker', 'Wright', 'Hughes'],
};

const LEGAL_FORMS: Readonly<Record<Language, readonly string[]>> = {
  fr: ['SRL', 'SRL', 'SA'],
  nl: ['BV', 'BV', 'NV'],
  en: ['SRL', 'BV', 'SA', 'NV'],
};

const SITE_LABELS: Readonly<Record<Language, readonly [string, string]>> = {
  fr: ['Siège', 'Dépôt'],
  nl: ['Hoofdzetel', 'Magazijn'],
  en: ['Head office', 'Warehouse'],
};

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function languageOf(region: Region, rng: Rng): Language {
  const r = rng.next();
  if (region === 'FL') return r < 0.92 ? 'nl' : 'en';
  if (region === 'WA') return r < 0.92 ? 'fr' : 'en';
  return r < 0.5 ? 'fr' : r < 0.75 ? 'nl' : 'en';
}

interface ScaleCustomer {
  record: CustomerRecord;
  language: Language;
  sites: readonly [string, string];
}

function scaleCustomer(index: number, rng: Rng): ScaleCustomer {
  const customerNumber = String(SCALE_FIRST_CUSTOMER_NUMBER + index);
  const city = rng.pick(CITIES);
  const language = languageOf(city.region, rng);
  const streets = STREETS[language === 'nl' || (language === 'en' && city.region === 'FL') ? 'nl' : 'fr'];
  const street = `${rng.pick(streets)} ${rng.int(1, 250)}`;
  const depot = `${rng.pick(streets)} ${rng.int(1, 250)}`;
  const activity = rng.pick(COMPANY_ACTIVITIES[language]);
  const surname = rng.pick(SURNAMES[language]);
  const name = language === 'en' ? `${surname} ${activity}` : `${activity} ${surname}`;
  const enterpriseNumber = enterpriseNumberFromBase(6_000_000 + index * 7);
  const bank = rng.pick(BANKS);
  const contact = rng.chance(0.9)
    ? (() => {
        const first = rng.pick(FIRST_NAMES[language]);
        const last = rng.pick(CONTACT_SURNAMES[language]);
        return {
          name: `${first} ${last}`,
          email: `${asciiSlug(first)}.${asciiSlug(last)}.${customerNumber}@example.be`,
          phone: `+32 ${city.phoneZone} ${rng.int(200, 799)} ${pad(rng.int(0, 99), 2)} ${pad(rng.int(0, 99), 2)}`,
        };
      })()
    : null;
  const place = `${city.postalCode} ${city.name}`;
  const [officeLabel, depotLabel] = SITE_LABELS[language];
  return {
    language,
    sites: [`${officeLabel} — ${street}, ${place}`, `${depotLabel} — ${depot}, ${place}`],
    record: {
      upstreamId: `CUST-${customerNumber}`,
      customerNumber,
      name,
      legalForm: rng.pick(LEGAL_FORMS[language]),
      enterpriseNumber,
      vatNumber: vatNumberFromEnterpriseNumber(enterpriseNumber),
      registeredOffice: { street, postalCode: city.postalCode, city: city.name, country: 'BE' },
      billingAddress: null,
      iban: belgianIban(rng.pick(bank.codes), 1_000_000 + index),
      bic: bank.bic,
      language,
      administrativeContact: contact,
    },
  };
}

const SCALE_DURATIONS = [24, 36, 48, 60, 72];
const MIN_FINANCED_CENTS = 8_000_00;
const MAX_FINANCED_CENTS = 450_000_00;

/**
 * Scale data (INT-3): the same shapes as the demo set at any size, lazily, one batch per customer
 * (customer numbers from 20000001). Every contract is ACTIVE and monthly, with `invoicesPerContract`
 * monthly invoices ending at the reference date (the last one issued but not yet due); about one
 * contract in twenty has its last one or two past installments unpaid.
 */
export function generateScaleBatches(options: ScaleOptions): Generator<IngestionBatch> {
  const { customers, contractsPerCustomer, invoicesPerContract, referenceDate, seed = 1 } = options;
  requireIsoDate(referenceDate);
  requireCount('customers', customers, 0, SCALE_MAX_CUSTOMERS);
  requireCount('contractsPerCustomer', contractsPerCustomer, 0, SCALE_MAX_CONTRACTS_PER_CUSTOMER);
  requireCount('invoicesPerContract', invoicesPerContract, 0, MAX_INSTALLMENTS);
  requireCount('seed', seed, 0, 0xffff_ffff);
  const anchors = [1, 2, 3, 4, 5, 6, 7].map((offset) => anchorDueDate(referenceDate, offset));
  const context: ScaleContext = { referenceDate, contractsPerCustomer, invoicesPerContract, seed, anchors };
  return (function* scale(): Generator<IngestionBatch> {
    for (let index = 0; index < customers; index++) yield scaleBatch(index, context);
  })();
}

interface ScaleContext {
  referenceDate: string;
  contractsPerCustomer: number;
  invoicesPerContract: number;
  seed: number;
  anchors: readonly string[];
}

function scaleBatch(index: number, context: ScaleContext): IngestionBatch {
  const rng = new Rng(seedOf('scale', context.seed, index));
  const customer = scaleCustomer(index, rng);
  const contracts: ContractRecord[] = [];
  const invoices: InvoiceRecord[] = [];
  for (let c = 1; c <= context.contractsPerCustomer; c++) {
    const plan = scaleContractPlan(customer, c, rng, context);
    const built = buildContract(plan, context.referenceDate, () => rng.int(0, 3));
    contracts.push(built.record);

    const insuranceCents =
      plan.kind === 'LEASING' && rng.chance(0.3) ? Math.max(500, Math.round((plan.financedAmountCents * 6) / 10_000)) : 0;
    const extraLines: InvoiceLine[] =
      insuranceCents > 0
        ? [
            {
              description: INSURANCE_LINE[plan.language] + plan.contractNumber,
              quantity: '1',
              unitPriceCents: insuranceCents,
              vatRatePercent: '0',
              netCents: insuranceCents,
              vatCents: 0,
              // Issue #12 §2: insurance is exempt (art. 44 §3 4°), not zero-rated.
              vatCategory: 'E',
              vatExemptionBasis: 'INSURANCE',
            },
          ]
        : [];
    const baseOfContract = SCALE_REFERENCE_BASE + index * 100_000 + c * 1_000;
    for (let sequence = plan.currentPeriod - context.invoicesPerContract + 1; sequence <= plan.currentPeriod; sequence++) {
      const installment = at(built.record.installments, sequence - 1);
      const base = baseOfContract + sequence;
      invoices.push(
        installmentInvoice(
          built,
          installment,
          (issueDate) => ({ number: `INV-${issueDate.slice(0, 4)}-${base}`, structuredReferenceBase: base }),
          extraLines,
        ),
      );
    }
  }
  invoices.sort(byIssueDateThenNumber);
  return { customers: [customer.record], contracts, invoices };
}

function scaleContractPlan(customer: ScaleCustomer, c: number, rng: Rng, context: ScaleContext): ContractPlan {
  const r = rng.next();
  const kind: Kind = r < 0.6 ? 'LEASING' : r < 0.8 ? 'CREDIT_LINE' : 'RENTAL';
  const contractNumber = `${CONTRACT_PREFIX[kind]}-${customer.record.customerNumber}-${pad(c, 2)}`;
  const needed = Math.max(context.invoicesPerContract, 1);
  const durations = SCALE_DURATIONS.filter((d) => d >= needed);
  const installments = durations.length > 0 ? rng.pick(durations) : Math.min(MAX_INSTALLMENTS, needed + rng.int(0, 12));
  const currentPeriod = rng.int(needed, installments);
  const timing: PaymentTiming = kind === 'RENTAL' ? 'IN_ADVANCE' : rng.chance(kind === 'LEASING' ? 0.7 : 0.3) ? 'IN_ADVANCE' : 'IN_ARREARS';

  const assetCount = rng.int(1, 3);
  const assets: AssetRecord[] = [];
  let valueCents = 0;
  let first: EquipmentModel | undefined;
  for (let a = 1; a <= assetCount; a++) {
    const model = rng.pick(CATALOGUE);
    first ??= model;
    const quantity = rng.int(1, model.maxQuantity);
    assets.push(assetRecord(`AST-${contractNumber}-${a}`, model, quantity, rng.pick(customer.sites), customer.language, rng));
    valueCents += model.unitPriceEuros * 100 * quantity;
  }
  const financedAmountCents = Math.min(MAX_FINANCED_CENTS, Math.max(MIN_FINANCED_CENTS, valueCents));
  const residualPercent = kind === 'LEASING' ? rng.int(1, 5) : kind === 'CREDIT_LINE' && rng.chance(0.2) ? 10 : 0;
  const rateHundredths = kind === 'LEASING' ? rng.int(65, 130) * 5 : rng.int(60, 120) * 5;
  const unpaid = rng.chance(0.05) ? (rng.chance(0.5) ? 2 : 1) : 0;

  return {
    customerUpstreamId: customer.record.upstreamId,
    language: customer.language,
    contractNumber,
    kind,
    status: 'ACTIVE',
    objectSummary: objectSummaryOf(assets),
    periodicity: 'MONTHLY',
    timing,
    installments,
    currentPeriod,
    anchorDate: rng.pick(context.anchors),
    financedAmountCents,
    residualValueCents: Math.round((financedAmountCents * residualPercent) / 100),
    annualRatePercent: `${Math.floor(rateHundredths / 100)}.${pad(rateHundredths % 100, 2)}`,
    rentalMarginPercent: rng.int(8, 20),
    paymentMethod: rng.chance(0.75) ? 'SEPA_DIRECT_DEBIT' : 'BANK_TRANSFER',
    supplierName: rng.pick((first ?? at(CATALOGUE, 0)).suppliers),
    assets,
    unpaidSequences: Array.from({ length: unpaid }, (_, i) => currentPeriod - 1 - i).filter((k) => k >= 1),
  };
}

// ---------------------------------------------------------------------------------------------
// Argument checks
// ---------------------------------------------------------------------------------------------

function requireIsoDate(date: string): void {
  if (typeof date !== 'string' || !isIsoDate(date))
    throw new RangeError(`referenceDate must be an ISO date (YYYY-MM-DD), got '${String(date)}'`);
}

function requireCount(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${name} must be a whole number in ${min}..${max}, got ${value}`);
}
