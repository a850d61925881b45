import type Decimal from 'decimal.js';
import { CoreValidationError } from './core-error';
import { addMonthsIso, isIsoDate } from './iso-date';
import { MoneyDecimal, percentOfCents, roundHalfUpToCents, sumCents } from './money';

/**
 * Amortization schedule of a lease / credit line (SPEC CON-4), in the lessor convention a Belgian or
 * French customer's accountant expects ("terme à échoir" / "terme échu"):
 *
 * - Amounts are integer cents; every rate computation uses decimal.js (50 significant digits).
 * - Periodic rate r = annualRatePercent / 100 / periodsPerYear (nominal rate, no rounding).
 * - Regular rent P solves, with v = (1 + r)^−n:
 *     in arrears (ordinary annuity): PV = P·(1 − v)/r + FV·v
 *     in advance (annuity due):      PV = P·(1 − v)/r·(1 + r) + FV·v
 *     r = 0:                         P = (PV − FV)/n
 *   P is rounded half-up (away from zero) to cents once; every rent but the last is P.
 * - Row k is the k-th rent at its due date: start + k periods in arrears, start + (k−1) in advance.
 *   Its interest is what accrued over the period ending at that date on the capital outstanding
 *   during it: interest_k = round(r·O_{k−1}) in arrears; in advance row 1 is paid at signing and is
 *   pure capital (interest 0), and interest_k = round(r·O_{k−1}) for k ≥ 2. capital_k = P − interest_k.
 * - The last rent absorbs the rounding: its capital leaves exactly the residual value discounted to
 *   its date outstanding — FV in arrears, round(FV/(1 + r)) in advance (one period before the end).
 * - A residual-value (purchase option) line closes the table when FV > 0, at the end of the term (the
 *   last due date in arrears, one period after the last rent in advance): amount FV, capital = the
 *   outstanding before it, interest = the rest (0 in arrears), outstanding after it 0. With FV = 0
 *   there is no option to show and the last rent already ends at 0.
 * - vatCents = percentOfCents(amount, vatRatePercent) (0 when null), totalCents = amount + VAT.
 * - Totals are column sums over every line, so total capital = PV exactly.
 */

export type Periodicity = 'MONTHLY' | 'QUARTERLY' | 'SEMI_ANNUAL' | 'ANNUAL';
export type PaymentTiming = 'IN_ADVANCE' | 'IN_ARREARS';

export interface ScheduleInput {
  financedAmountCents: number; // > 0
  residualValueCents: number; // >= 0 and < financed amount (purchase option / balloon)
  annualRatePercent: string; // nominal yearly rate as decimal text, e.g. '4.75'; '0' allowed
  periods: number; // integer 1..600
  periodicity: Periodicity;
  timing: PaymentTiming;
  startDate: string; // ISO date
  vatRatePercent: string | null; // '21' for financial leasing installments; null when no VAT applies (credit line)
}

export interface ScheduleRow {
  period: number;
  dueDate: string;
  installmentCents: number;
  interestCents: number;
  capitalCents: number;
  outstandingCents: number;
  vatCents: number;
  totalCents: number;
}

export interface ScheduleTotals {
  installmentCents: number;
  interestCents: number;
  capitalCents: number;
  vatCents: number;
  totalCents: number;
}

/** What the table states about how it was computed (CON-4: "the table states its convention"). */
export interface ScheduleConvention {
  timing: PaymentTiming;
  /** Nominal annual rate as given, e.g. '4.75'; the periodic rate is this / 100 / periodsPerYear. */
  annualRatePercent: string;
  periodicity: Periodicity;
  periodsPerYear: 1 | 2 | 4 | 12;
}

export interface AmortizationSchedule {
  regularInstallmentCents: number;
  periodicRate: string;
  convention: ScheduleConvention;
  /** One row per rent. */
  rows: ScheduleRow[];
  /** The purchase option at the end of the term; null when the residual value is 0. */
  residualValueRow: ScheduleRow | null;
  /** Column sums over the rents and the residual-value line. */
  totals: ScheduleTotals;
}

const MAX_PERIODS = 600;
// Sanity cap: a nominal rate above 100 % a year is a data-entry error, not a contract.
const MAX_ANNUAL_RATE_PERCENT = 100;
const RATE_TEXT = /^\d+(?:\.\d+)?$/;

const PERIODS_PER_YEAR: Readonly<Record<Periodicity, 1 | 2 | 4 | 12>> = {
  MONTHLY: 12,
  QUARTERLY: 4,
  SEMI_ANNUAL: 2,
  ANNUAL: 1,
};

function isPeriodicity(p: unknown): p is Periodicity {
  return typeof p === 'string' && Object.prototype.hasOwnProperty.call(PERIODS_PER_YEAR, p);
}

export function periodsPerYear(p: Periodicity): 1 | 2 | 4 | 12 {
  if (!isPeriodicity(p)) {
    throw new CoreValidationError('SCHEDULE_PERIODICITY_INVALID', `Unknown periodicity '${String(p)}'`, 'periodicity');
  }
  return PERIODS_PER_YEAR[p];
}

interface Validated {
  pv: number;
  fv: number;
  n: number;
  r: Decimal;
  stepMonths: number;
  inAdvance: boolean;
  ppy: 1 | 2 | 4 | 12;
}

function fail(code: string, message: string, field: string): never {
  throw new CoreValidationError(code, message, field);
}

function validate(input: ScheduleInput): Validated {
  const { financedAmountCents: pv, residualValueCents: fv, periods: n } = input;
  // Input arrives from GraphQL/DB at runtime, so re-check even what the types promise.
  if (!Number.isSafeInteger(pv) || pv <= 0) {
    fail('SCHEDULE_AMOUNT_INVALID', 'Financed amount must be a positive integer number of cents', 'financedAmountCents');
  }
  if (!Number.isSafeInteger(fv) || fv < 0 || fv >= pv) {
    fail('SCHEDULE_RESIDUAL_INVALID', 'Residual value must be integer cents, >= 0 and below the financed amount', 'residualValueCents');
  }
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_PERIODS) {
    fail('SCHEDULE_PERIODS_INVALID', `Periods must be an integer in 1..${MAX_PERIODS}`, 'periods');
  }
  if (typeof input.annualRatePercent !== 'string' || !RATE_TEXT.test(input.annualRatePercent)) {
    fail(
      'SCHEDULE_RATE_INVALID',
      `Annual rate must be non-negative decimal text, got '${String(input.annualRatePercent)}'`,
      'annualRatePercent',
    );
  }
  const annual = new MoneyDecimal(input.annualRatePercent);
  if (annual.greaterThan(MAX_ANNUAL_RATE_PERCENT)) {
    fail('SCHEDULE_RATE_INVALID', `Annual rate above ${MAX_ANNUAL_RATE_PERCENT} %`, 'annualRatePercent');
  }
  if (!isPeriodicity(input.periodicity)) {
    fail('SCHEDULE_PERIODICITY_INVALID', `Unknown periodicity '${String(input.periodicity)}'`, 'periodicity');
  }
  if (input.timing !== 'IN_ADVANCE' && input.timing !== 'IN_ARREARS') {
    fail('SCHEDULE_TIMING_INVALID', `Unknown payment timing '${String(input.timing)}'`, 'timing');
  }
  if (typeof input.startDate !== 'string' || !isIsoDate(input.startDate)) {
    fail('SCHEDULE_START_INVALID', `Start date must be an ISO date, got '${String(input.startDate)}'`, 'startDate');
  }
  if (
    input.vatRatePercent !== null &&
    (typeof input.vatRatePercent !== 'string' ||
      !RATE_TEXT.test(input.vatRatePercent) ||
      new MoneyDecimal(input.vatRatePercent).greaterThan(100))
  ) {
    fail(
      'SCHEDULE_VAT_INVALID',
      `VAT rate must be null or a percentage in 0..100, got '${String(input.vatRatePercent)}'`,
      'vatRatePercent',
    );
  }
  const ppy = PERIODS_PER_YEAR[input.periodicity];
  const stepMonths = 12 / ppy;
  const inAdvance = input.timing === 'IN_ADVANCE';
  // The end of the term (last rent in arrears, residual-value line in advance) must still be a
  // representable ISO date (year <= 9999).
  try {
    addMonthsIso(input.startDate, n * stepMonths);
  } catch {
    fail('SCHEDULE_START_INVALID', 'Schedule would end after year 9999', 'startDate');
  }
  return { pv, fv, n, r: annual.dividedBy(100).dividedBy(ppy), stepMonths, inAdvance, ppy };
}

/**
 * Checks every constraint of the engine without computing rows; throws CoreValidationError with the
 * offending field. Ingestion (INT-1) calls this so the portal never stores a table it cannot show.
 */
export function validateScheduleInput(input: ScheduleInput): void {
  validate(input);
}

/** Unrounded PMT in cents. */
function exactInstallment({ pv, fv, n, r, inAdvance }: Validated): Decimal {
  if (r.isZero()) return new MoneyDecimal(pv - fv).dividedBy(n);
  const v = r.plus(1).pow(-n);
  const annuityFactor = new MoneyDecimal(1).minus(v).dividedBy(r);
  const factor = inAdvance ? annuityFactor.times(r.plus(1)) : annuityFactor;
  return new MoneyDecimal(pv).minus(v.times(fv)).dividedBy(factor);
}

export function regularInstallmentCents(input: ScheduleInput): number {
  return roundHalfUpToCents(exactInstallment(validate(input)));
}

export function computeAmortizationSchedule(input: ScheduleInput): AmortizationSchedule {
  const v = validate(input);
  const p = roundHalfUpToCents(exactInstallment(v));
  const line = (period: number, monthOffset: number, amountCents: number, interestCents: number, outstandingCents: number): ScheduleRow => {
    const vatCents = input.vatRatePercent === null ? 0 : percentOfCents(amountCents, input.vatRatePercent);
    return {
      period,
      dueDate: addMonthsIso(input.startDate, monthOffset),
      installmentCents: amountCents,
      interestCents,
      capitalCents: amountCents - interestCents,
      outstandingCents,
      vatCents,
      totalCents: amountCents + vatCents,
    };
  };
  // What stays outstanding after the last rent: the residual value discounted to that date.
  const outstandingAfterLastRent = v.inAdvance ? roundHalfUpToCents(new MoneyDecimal(v.fv).dividedBy(v.r.plus(1))) : v.fv;
  const rows: ScheduleRow[] = [];
  let outstanding = v.pv;
  for (let k = 1; k <= v.n; k++) {
    // In advance the first rent is paid at signing: no time has passed, so no interest.
    const interestCents = v.inAdvance && k === 1 ? 0 : roundHalfUpToCents(v.r.times(outstanding));
    const capitalCents = k === v.n ? outstanding - outstandingAfterLastRent : p - interestCents;
    outstanding -= capitalCents;
    rows.push(line(k, (v.inAdvance ? k - 1 : k) * v.stepMonths, capitalCents + interestCents, interestCents, outstanding));
  }
  // The purchase option is due at the end of the term; in advance that is one period after the last
  // rent, so it carries that period's interest on what was left outstanding.
  const residualValueRow = v.fv > 0 ? line(v.n + 1, v.n * v.stepMonths, v.fv, v.fv - outstanding, 0) : null;
  const lines = residualValueRow ? [...rows, residualValueRow] : rows;
  const column = (key: keyof ScheduleTotals): number => sumCents(lines.map((row) => row[key]));
  return {
    regularInstallmentCents: p,
    periodicRate: v.r.toFixed(),
    convention: {
      timing: input.timing,
      annualRatePercent: input.annualRatePercent,
      periodicity: input.periodicity,
      periodsPerYear: v.ppy,
    },
    rows,
    residualValueRow,
    totals: {
      installmentCents: column('installmentCents'),
      interestCents: column('interestCents'),
      capitalCents: column('capitalCents'),
      vatCents: column('vatCents'),
      totalCents: column('totalCents'),
    },
  };
}
