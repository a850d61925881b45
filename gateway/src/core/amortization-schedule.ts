import type Decimal from 'decimal.js';
import { CoreValidationError } from './core-error';
import { addMonthsIso, isIsoDate } from './iso-date';
import { MoneyDecimal, percentOfCents, roundHalfUpToCents, sumCents } from './money';

/**
 * Amortization schedule of a lease / credit line (SPEC CON-4). Conventions:
 *
 * - Amounts are integer cents; every rate computation uses decimal.js (50 significant digits).
 * - Periodic rate r = annualRatePercent / 100 / periodsPerYear (nominal rate, no rounding).
 * - Regular installment P solves, with v = (1 + r)^−n:
 *     in arrears (ordinary annuity): PV = P·(1 − v)/r + FV·v
 *     in advance (annuity due):      PV = P·(1 − v)/r·(1 + r) + FV·v
 *     r = 0:                         P = (PV − FV)/n
 *   P is rounded half-up (away from zero) to cents once; every row but the last uses it.
 * - Rows, with O_0 = PV (financed amount):
 *     in arrears: interest_k = round(r·O_{k−1})
 *     in advance: interest_k = round(r·(O_{k−1} − P)) — the payment is made at the start of the
 *                 period, so interest accrues on what remains (period 1 included).
 *     capital_k = P − interest_k, O_k = O_{k−1} − capital_k.
 * - Last row: capital_n = O_{n−1} − FV, so the outstanding ends exactly at the residual value;
 *   installment_n = capital_n + interest_n absorbs all rounding differences.
 * - Due dates from the original start date (month-end clamped): period k is due at
 *   start + (k−1)·12/ppy months in advance, start + k·12/ppy months in arrears.
 * - vatCents = percentOfCents(installment, vatRatePercent) (0 when null), totalCents = installment + VAT.
 * - Totals are column sums; total capital = PV − FV exactly.
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

export interface AmortizationSchedule {
  regularInstallmentCents: number;
  periodicRate: string;
  rows: ScheduleRow[];
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
  // The last due date must still be a representable ISO date (year <= 9999).
  try {
    addMonthsIso(input.startDate, (inAdvance ? n - 1 : n) * stepMonths);
  } catch {
    fail('SCHEDULE_START_INVALID', 'Schedule would end after year 9999', 'startDate');
  }
  return { pv, fv, n, r: annual.dividedBy(100).dividedBy(ppy), stepMonths, inAdvance };
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
  const rows: ScheduleRow[] = [];
  let outstanding = v.pv;
  for (let k = 1; k <= v.n; k++) {
    const interestBase = v.inAdvance ? outstanding - p : outstanding;
    const interestCents = roundHalfUpToCents(v.r.times(interestBase));
    const isLast = k === v.n;
    const capitalCents = isLast ? outstanding - v.fv : p - interestCents;
    const installmentCents = isLast ? capitalCents + interestCents : p;
    outstanding -= capitalCents;
    const vatCents = input.vatRatePercent === null ? 0 : percentOfCents(installmentCents, input.vatRatePercent);
    rows.push({
      period: k,
      dueDate: addMonthsIso(input.startDate, (v.inAdvance ? k - 1 : k) * v.stepMonths),
      installmentCents,
      interestCents,
      capitalCents,
      outstandingCents: outstanding,
      vatCents,
      totalCents: installmentCents + vatCents,
    });
  }
  const column = (key: keyof ScheduleTotals): number => sumCents(rows.map((row) => row[key]));
  return {
    regularInstallmentCents: p,
    periodicRate: v.r.toFixed(),
    rows,
    totals: {
      installmentCents: column('installmentCents'),
      interestCents: column('interestCents'),
      capitalCents: column('capitalCents'),
      vatCents: column('vatCents'),
      totalCents: column('totalCents'),
    },
  };
}
