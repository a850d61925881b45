import { describe, expect, it } from 'vitest';
import {
  computeAmortizationSchedule,
  periodsPerYear,
  regularInstallmentCents,
  type Periodicity,
  type ScheduleInput,
  type ScheduleRow,
  type ScheduleTotals,
  validateScheduleInput,
} from './amortization-schedule';

/*
 * Every literal below comes from amortization-reference.py, an independent Python `decimal`
 * implementation written straight from the PMT formulas (not from this engine):
 *   r = rate / 100 / ppy, v = (1 + r)^-n
 *   in arrears: P = (PV − FV·v)·r / (1 − v)
 *   in advance: P = (PV − FV·v)·r / ((1 − v)·(1 + r))
 *   r = 0:      P = (PV − FV) / n
 * e.g. PMT(0.0475/12, 60, −5 000 000, 500 000) = 86 385.270573 → 86 385 cents, and the classic
 * mortgage PMT(0.035/12, 360, −25 000 000) = 112 261.17 → 1 122.61 € a month.
 * Rows follow the lessor convention of #12 §3 (CON-4): row k is the k-th rent at its due date, its
 * interest that of the period ending then; in advance rent 1 is pure capital and the last rent leaves
 * round(FV / (1 + r)); the residual value is its own last line. The in-advance 60-month, 360-month and
 * 9 999 999,99 € cases were also recomputed by a second, separately written Python script (outside the
 * repository) with the same figures.
 * Rows listed: 1, 2, 3, n−1, n (all of them when n < 5), and the residual-value line.
 */

interface Case {
  name: string;
  input: ScheduleInput;
  periodicRate: string;
  installment: number;
  rows: ScheduleRow[];
  residualValueRow: ScheduleRow | null;
  totals: ScheduleTotals;
}

const CASES: Case[] = [
  {
    // PMT(4.75 % / 12, n = 60, PV = 5000000, FV = 500000, IN_ARREARS) = 86385.270573 -> 86385
    name: 'monthly-arrears-residual',
    input: {
      financedAmountCents: 5000000,
      residualValueCents: 500000,
      annualRatePercent: '4.75',
      periods: 60,
      periodicity: 'MONTHLY',
      timing: 'IN_ARREARS',
      startDate: '2026-01-15',
      vatRatePercent: '21',
    },
    periodicRate: '0.0039583333333333333333333333333333333333333333333333',
    installment: 86385,
    rows: [
      {
        period: 1,
        dueDate: '2026-02-15',
        installmentCents: 86385,
        interestCents: 19792,
        capitalCents: 66593,
        outstandingCents: 4933407,
        vatCents: 18141,
        totalCents: 104526,
      },
      {
        period: 2,
        dueDate: '2026-03-15',
        installmentCents: 86385,
        interestCents: 19528,
        capitalCents: 66857,
        outstandingCents: 4866550,
        vatCents: 18141,
        totalCents: 104526,
      },
      {
        period: 3,
        dueDate: '2026-04-15',
        installmentCents: 86385,
        interestCents: 19263,
        capitalCents: 67122,
        outstandingCents: 4799428,
        vatCents: 18141,
        totalCents: 104526,
      },
      {
        period: 59,
        dueDate: '2030-12-15',
        installmentCents: 86385,
        interestCents: 2644,
        capitalCents: 83741,
        outstandingCents: 584093,
        vatCents: 18141,
        totalCents: 104526,
      },
      {
        period: 60,
        dueDate: '2031-01-15',
        installmentCents: 86405,
        interestCents: 2312,
        capitalCents: 84093,
        outstandingCents: 500000,
        vatCents: 18145,
        totalCents: 104550,
      },
    ],
    residualValueRow: {
      period: 61,
      dueDate: '2031-01-15',
      installmentCents: 500000,
      interestCents: 0,
      capitalCents: 500000,
      outstandingCents: 0,
      vatCents: 105000,
      totalCents: 605000,
    },
    totals: { installmentCents: 5683120, interestCents: 683120, capitalCents: 5000000, vatCents: 1193464, totalCents: 6876584 },
  },
  {
    // PMT(4.75 % / 12, n = 60, PV = 5000000, FV = 500000, IN_ADVANCE) = 86044.677059 -> 86045
    name: 'monthly-advance-residual',
    input: {
      financedAmountCents: 5000000,
      residualValueCents: 500000,
      annualRatePercent: '4.75',
      periods: 60,
      periodicity: 'MONTHLY',
      timing: 'IN_ADVANCE',
      startDate: '2026-01-15',
      vatRatePercent: '21',
    },
    periodicRate: '0.0039583333333333333333333333333333333333333333333333',
    installment: 86045,
    rows: [
      {
        period: 1,
        dueDate: '2026-01-15',
        installmentCents: 86045,
        interestCents: 0,
        capitalCents: 86045,
        outstandingCents: 4913955,
        vatCents: 18069,
        totalCents: 104114,
      },
      {
        period: 2,
        dueDate: '2026-02-15',
        installmentCents: 86045,
        interestCents: 19451,
        capitalCents: 66594,
        outstandingCents: 4847361,
        vatCents: 18069,
        totalCents: 104114,
      },
      {
        period: 3,
        dueDate: '2026-03-15',
        installmentCents: 86045,
        interestCents: 19187,
        capitalCents: 66858,
        outstandingCents: 4780503,
        vatCents: 18069,
        totalCents: 104114,
      },
      {
        period: 59,
        dueDate: '2030-11-15',
        installmentCents: 86045,
        interestCents: 2633,
        capitalCents: 83412,
        outstandingCents: 581751,
        vatCents: 18069,
        totalCents: 104114,
      },
      {
        period: 60,
        dueDate: '2030-12-15',
        installmentCents: 86025,
        interestCents: 2303,
        capitalCents: 83722,
        outstandingCents: 498029,
        vatCents: 18065,
        totalCents: 104090,
      },
    ],
    residualValueRow: {
      period: 61,
      dueDate: '2031-01-15',
      installmentCents: 500000,
      interestCents: 1971,
      capitalCents: 498029,
      outstandingCents: 0,
      vatCents: 105000,
      totalCents: 605000,
    },
    totals: { installmentCents: 5662680, interestCents: 662680, capitalCents: 5000000, vatCents: 1189136, totalCents: 6851816 },
  },
  {
    // PMT(3.2 % / 4, n = 20, PV = 2000000, FV = 0, IN_ARREARS) = 108611.863428 -> 108612
    name: 'quarterly-arrears',
    input: {
      financedAmountCents: 2000000,
      residualValueCents: 0,
      annualRatePercent: '3.2',
      periods: 20,
      periodicity: 'QUARTERLY',
      timing: 'IN_ARREARS',
      startDate: '2026-03-01',
      vatRatePercent: null,
    },
    periodicRate: '0.008',
    installment: 108612,
    rows: [
      {
        period: 1,
        dueDate: '2026-06-01',
        installmentCents: 108612,
        interestCents: 16000,
        capitalCents: 92612,
        outstandingCents: 1907388,
        vatCents: 0,
        totalCents: 108612,
      },
      {
        period: 2,
        dueDate: '2026-09-01',
        installmentCents: 108612,
        interestCents: 15259,
        capitalCents: 93353,
        outstandingCents: 1814035,
        vatCents: 0,
        totalCents: 108612,
      },
      {
        period: 3,
        dueDate: '2026-12-01',
        installmentCents: 108612,
        interestCents: 14512,
        capitalCents: 94100,
        outstandingCents: 1719935,
        vatCents: 0,
        totalCents: 108612,
      },
      {
        period: 19,
        dueDate: '2030-12-01',
        installmentCents: 108612,
        interestCents: 1717,
        capitalCents: 106895,
        outstandingCents: 107747,
        vatCents: 0,
        totalCents: 108612,
      },
      {
        period: 20,
        dueDate: '2031-03-01',
        installmentCents: 108609,
        interestCents: 862,
        capitalCents: 107747,
        outstandingCents: 0,
        vatCents: 0,
        totalCents: 108609,
      },
    ],
    residualValueRow: null,
    totals: { installmentCents: 2172237, interestCents: 172237, capitalCents: 2000000, vatCents: 0, totalCents: 2172237 },
  },
  {
    // PMT(3.2 % / 4, n = 20, PV = 2000000, FV = 0, IN_ADVANCE) = 107749.864511 -> 107750
    name: 'quarterly-advance',
    input: {
      financedAmountCents: 2000000,
      residualValueCents: 0,
      annualRatePercent: '3.2',
      periods: 20,
      periodicity: 'QUARTERLY',
      timing: 'IN_ADVANCE',
      startDate: '2026-03-01',
      vatRatePercent: '21',
    },
    periodicRate: '0.008',
    installment: 107750,
    rows: [
      {
        period: 1,
        dueDate: '2026-03-01',
        installmentCents: 107750,
        interestCents: 0,
        capitalCents: 107750,
        outstandingCents: 1892250,
        vatCents: 22628,
        totalCents: 130378,
      },
      {
        period: 2,
        dueDate: '2026-06-01',
        installmentCents: 107750,
        interestCents: 15138,
        capitalCents: 92612,
        outstandingCents: 1799638,
        vatCents: 22628,
        totalCents: 130378,
      },
      {
        period: 3,
        dueDate: '2026-09-01',
        installmentCents: 107750,
        interestCents: 14397,
        capitalCents: 93353,
        outstandingCents: 1706285,
        vatCents: 22628,
        totalCents: 130378,
      },
      {
        period: 19,
        dueDate: '2030-09-01',
        installmentCents: 107750,
        interestCents: 1704,
        capitalCents: 106046,
        outstandingCents: 106892,
        vatCents: 22628,
        totalCents: 130378,
      },
      {
        period: 20,
        dueDate: '2030-12-01',
        installmentCents: 107747,
        interestCents: 855,
        capitalCents: 106892,
        outstandingCents: 0,
        vatCents: 22627,
        totalCents: 130374,
      },
    ],
    residualValueRow: null,
    totals: { installmentCents: 2154997, interestCents: 154997, capitalCents: 2000000, vatCents: 452559, totalCents: 2607556 },
  },
  {
    // PMT(5.125 % / 2, n = 10, PV = 12345678, FV = 1000000, IN_ARREARS) = 1326158.267133 -> 1326158
    name: 'semi-annual-arrears-residual',
    input: {
      financedAmountCents: 12345678,
      residualValueCents: 1000000,
      annualRatePercent: '5.125',
      periods: 10,
      periodicity: 'SEMI_ANNUAL',
      timing: 'IN_ARREARS',
      startDate: '2026-06-30',
      vatRatePercent: '21',
    },
    periodicRate: '0.025625',
    installment: 1326158,
    rows: [
      {
        period: 1,
        dueDate: '2026-12-30',
        installmentCents: 1326158,
        interestCents: 316358,
        capitalCents: 1009800,
        outstandingCents: 11335878,
        vatCents: 278493,
        totalCents: 1604651,
      },
      {
        period: 2,
        dueDate: '2027-06-30',
        installmentCents: 1326158,
        interestCents: 290482,
        capitalCents: 1035676,
        outstandingCents: 10300202,
        vatCents: 278493,
        totalCents: 1604651,
      },
      {
        period: 3,
        dueDate: '2027-12-30',
        installmentCents: 1326158,
        interestCents: 263943,
        capitalCents: 1062215,
        outstandingCents: 9237987,
        vatCents: 278493,
        totalCents: 1604651,
      },
      {
        period: 9,
        dueDate: '2030-12-30',
        installmentCents: 1326158,
        interestCents: 89800,
        capitalCents: 1236358,
        outstandingCents: 2268043,
        vatCents: 278493,
        totalCents: 1604651,
      },
      {
        period: 10,
        dueDate: '2031-06-30',
        installmentCents: 1326162,
        interestCents: 58119,
        capitalCents: 1268043,
        outstandingCents: 1000000,
        vatCents: 278494,
        totalCents: 1604656,
      },
    ],
    residualValueRow: {
      period: 11,
      dueDate: '2031-06-30',
      installmentCents: 1000000,
      interestCents: 0,
      capitalCents: 1000000,
      outstandingCents: 0,
      vatCents: 210000,
      totalCents: 1210000,
    },
    totals: { installmentCents: 14261584, interestCents: 1915906, capitalCents: 12345678, vatCents: 2994931, totalCents: 17256515 },
  },
  {
    // PMT(5.125 % / 2, n = 10, PV = 12345678, FV = 1000000, IN_ADVANCE) = 1293024.513962 -> 1293025
    name: 'semi-annual-advance-residual',
    input: {
      financedAmountCents: 12345678,
      residualValueCents: 1000000,
      annualRatePercent: '5.125',
      periods: 10,
      periodicity: 'SEMI_ANNUAL',
      timing: 'IN_ADVANCE',
      startDate: '2026-06-30',
      vatRatePercent: null,
    },
    periodicRate: '0.025625',
    installment: 1293025,
    rows: [
      {
        period: 1,
        dueDate: '2026-06-30',
        installmentCents: 1293025,
        interestCents: 0,
        capitalCents: 1293025,
        outstandingCents: 11052653,
        vatCents: 0,
        totalCents: 1293025,
      },
      {
        period: 2,
        dueDate: '2026-12-30',
        installmentCents: 1293025,
        interestCents: 283224,
        capitalCents: 1009801,
        outstandingCents: 10042852,
        vatCents: 0,
        totalCents: 1293025,
      },
      {
        period: 3,
        dueDate: '2027-06-30',
        installmentCents: 1293025,
        interestCents: 257348,
        capitalCents: 1035677,
        outstandingCents: 9007175,
        vatCents: 0,
        totalCents: 1293025,
      },
      {
        period: 9,
        dueDate: '2030-06-30',
        installmentCents: 1293025,
        interestCents: 87556,
        capitalCents: 1205469,
        outstandingCents: 2211369,
        vatCents: 0,
        totalCents: 1293025,
      },
      {
        period: 10,
        dueDate: '2030-12-30',
        installmentCents: 1293020,
        interestCents: 56666,
        capitalCents: 1236354,
        outstandingCents: 975015,
        vatCents: 0,
        totalCents: 1293020,
      },
    ],
    residualValueRow: {
      period: 11,
      dueDate: '2031-06-30',
      installmentCents: 1000000,
      interestCents: 24985,
      capitalCents: 975015,
      outstandingCents: 0,
      vatCents: 0,
      totalCents: 1000000,
    },
    totals: { installmentCents: 13930245, interestCents: 1584567, capitalCents: 12345678, vatCents: 0, totalCents: 13930245 },
  },
  {
    // PMT(6 % / 1, n = 5, PV = 800000, FV = 0, IN_ARREARS) = 189917.120345 -> 189917
    name: 'annual-arrears',
    input: {
      financedAmountCents: 800000,
      residualValueCents: 0,
      annualRatePercent: '6',
      periods: 5,
      periodicity: 'ANNUAL',
      timing: 'IN_ARREARS',
      startDate: '2026-02-28',
      vatRatePercent: null,
    },
    periodicRate: '0.06',
    installment: 189917,
    rows: [
      {
        period: 1,
        dueDate: '2027-02-28',
        installmentCents: 189917,
        interestCents: 48000,
        capitalCents: 141917,
        outstandingCents: 658083,
        vatCents: 0,
        totalCents: 189917,
      },
      {
        period: 2,
        dueDate: '2028-02-28',
        installmentCents: 189917,
        interestCents: 39485,
        capitalCents: 150432,
        outstandingCents: 507651,
        vatCents: 0,
        totalCents: 189917,
      },
      {
        period: 3,
        dueDate: '2029-02-28',
        installmentCents: 189917,
        interestCents: 30459,
        capitalCents: 159458,
        outstandingCents: 348193,
        vatCents: 0,
        totalCents: 189917,
      },
      {
        period: 4,
        dueDate: '2030-02-28',
        installmentCents: 189917,
        interestCents: 20892,
        capitalCents: 169025,
        outstandingCents: 179168,
        vatCents: 0,
        totalCents: 189917,
      },
      {
        period: 5,
        dueDate: '2031-02-28',
        installmentCents: 189918,
        interestCents: 10750,
        capitalCents: 179168,
        outstandingCents: 0,
        vatCents: 0,
        totalCents: 189918,
      },
    ],
    residualValueRow: null,
    totals: { installmentCents: 949586, interestCents: 149586, capitalCents: 800000, vatCents: 0, totalCents: 949586 },
  },
  {
    // PMT(6 % / 1, n = 5, PV = 800000, FV = 80000, IN_ADVANCE) = 165778.687085 -> 165779
    name: 'annual-advance-residual',
    input: {
      financedAmountCents: 800000,
      residualValueCents: 80000,
      annualRatePercent: '6',
      periods: 5,
      periodicity: 'ANNUAL',
      timing: 'IN_ADVANCE',
      startDate: '2026-02-28',
      vatRatePercent: '21',
    },
    periodicRate: '0.06',
    installment: 165779,
    rows: [
      {
        period: 1,
        dueDate: '2026-02-28',
        installmentCents: 165779,
        interestCents: 0,
        capitalCents: 165779,
        outstandingCents: 634221,
        vatCents: 34814,
        totalCents: 200593,
      },
      {
        period: 2,
        dueDate: '2027-02-28',
        installmentCents: 165779,
        interestCents: 38053,
        capitalCents: 127726,
        outstandingCents: 506495,
        vatCents: 34814,
        totalCents: 200593,
      },
      {
        period: 3,
        dueDate: '2028-02-28',
        installmentCents: 165779,
        interestCents: 30390,
        capitalCents: 135389,
        outstandingCents: 371106,
        vatCents: 34814,
        totalCents: 200593,
      },
      {
        period: 4,
        dueDate: '2029-02-28',
        installmentCents: 165779,
        interestCents: 22266,
        capitalCents: 143513,
        outstandingCents: 227593,
        vatCents: 34814,
        totalCents: 200593,
      },
      {
        period: 5,
        dueDate: '2030-02-28',
        installmentCents: 165777,
        interestCents: 13656,
        capitalCents: 152121,
        outstandingCents: 75472,
        vatCents: 34813,
        totalCents: 200590,
      },
    ],
    residualValueRow: {
      period: 6,
      dueDate: '2031-02-28',
      installmentCents: 80000,
      interestCents: 4528,
      capitalCents: 75472,
      outstandingCents: 0,
      vatCents: 16800,
      totalCents: 96800,
    },
    totals: { installmentCents: 908893, interestCents: 108893, capitalCents: 800000, vatCents: 190869, totalCents: 1099762 },
  },
  {
    // PMT(0 % / 12, n = 36, PV = 1000000, FV = 100000, IN_ARREARS) = 25000.000000 -> 25000
    name: 'zero-rate-residual',
    input: {
      financedAmountCents: 1000000,
      residualValueCents: 100000,
      annualRatePercent: '0',
      periods: 36,
      periodicity: 'MONTHLY',
      timing: 'IN_ARREARS',
      startDate: '2026-01-01',
      vatRatePercent: '21',
    },
    periodicRate: '0',
    installment: 25000,
    rows: [
      {
        period: 1,
        dueDate: '2026-02-01',
        installmentCents: 25000,
        interestCents: 0,
        capitalCents: 25000,
        outstandingCents: 975000,
        vatCents: 5250,
        totalCents: 30250,
      },
      {
        period: 2,
        dueDate: '2026-03-01',
        installmentCents: 25000,
        interestCents: 0,
        capitalCents: 25000,
        outstandingCents: 950000,
        vatCents: 5250,
        totalCents: 30250,
      },
      {
        period: 3,
        dueDate: '2026-04-01',
        installmentCents: 25000,
        interestCents: 0,
        capitalCents: 25000,
        outstandingCents: 925000,
        vatCents: 5250,
        totalCents: 30250,
      },
      {
        period: 35,
        dueDate: '2028-12-01',
        installmentCents: 25000,
        interestCents: 0,
        capitalCents: 25000,
        outstandingCents: 125000,
        vatCents: 5250,
        totalCents: 30250,
      },
      {
        period: 36,
        dueDate: '2029-01-01',
        installmentCents: 25000,
        interestCents: 0,
        capitalCents: 25000,
        outstandingCents: 100000,
        vatCents: 5250,
        totalCents: 30250,
      },
    ],
    residualValueRow: {
      period: 37,
      dueDate: '2029-01-01',
      installmentCents: 100000,
      interestCents: 0,
      capitalCents: 100000,
      outstandingCents: 0,
      vatCents: 21000,
      totalCents: 121000,
    },
    totals: { installmentCents: 1000000, interestCents: 0, capitalCents: 1000000, vatCents: 210000, totalCents: 1210000 },
  },
  {
    // PMT(0 % / 12, n = 7, PV = 1000000, FV = 0, IN_ADVANCE) = 142857.142857 -> 142857
    name: 'zero-rate-advance-remainder',
    input: {
      financedAmountCents: 1000000,
      residualValueCents: 0,
      annualRatePercent: '0',
      periods: 7,
      periodicity: 'MONTHLY',
      timing: 'IN_ADVANCE',
      startDate: '2026-01-01',
      vatRatePercent: null,
    },
    periodicRate: '0',
    installment: 142857,
    rows: [
      {
        period: 1,
        dueDate: '2026-01-01',
        installmentCents: 142857,
        interestCents: 0,
        capitalCents: 142857,
        outstandingCents: 857143,
        vatCents: 0,
        totalCents: 142857,
      },
      {
        period: 2,
        dueDate: '2026-02-01',
        installmentCents: 142857,
        interestCents: 0,
        capitalCents: 142857,
        outstandingCents: 714286,
        vatCents: 0,
        totalCents: 142857,
      },
      {
        period: 3,
        dueDate: '2026-03-01',
        installmentCents: 142857,
        interestCents: 0,
        capitalCents: 142857,
        outstandingCents: 571429,
        vatCents: 0,
        totalCents: 142857,
      },
      {
        period: 6,
        dueDate: '2026-06-01',
        installmentCents: 142857,
        interestCents: 0,
        capitalCents: 142857,
        outstandingCents: 142858,
        vatCents: 0,
        totalCents: 142857,
      },
      {
        period: 7,
        dueDate: '2026-07-01',
        installmentCents: 142858,
        interestCents: 0,
        capitalCents: 142858,
        outstandingCents: 0,
        vatCents: 0,
        totalCents: 142858,
      },
    ],
    residualValueRow: null,
    totals: { installmentCents: 1000000, interestCents: 0, capitalCents: 1000000, vatCents: 0, totalCents: 1000000 },
  },
  {
    // PMT(3.5 % / 12, n = 360, PV = 25000000, FV = 0, IN_ARREARS) = 112261.171952 -> 112261
    name: 'monthly-360-arrears',
    input: {
      financedAmountCents: 25000000,
      residualValueCents: 0,
      annualRatePercent: '3.5',
      periods: 360,
      periodicity: 'MONTHLY',
      timing: 'IN_ARREARS',
      startDate: '2026-01-10',
      vatRatePercent: null,
    },
    periodicRate: '0.0029166666666666666666666666666666666666666666666667',
    installment: 112261,
    rows: [
      {
        period: 1,
        dueDate: '2026-02-10',
        installmentCents: 112261,
        interestCents: 72917,
        capitalCents: 39344,
        outstandingCents: 24960656,
        vatCents: 0,
        totalCents: 112261,
      },
      {
        period: 2,
        dueDate: '2026-03-10',
        installmentCents: 112261,
        interestCents: 72802,
        capitalCents: 39459,
        outstandingCents: 24921197,
        vatCents: 0,
        totalCents: 112261,
      },
      {
        period: 3,
        dueDate: '2026-04-10',
        installmentCents: 112261,
        interestCents: 72687,
        capitalCents: 39574,
        outstandingCents: 24881623,
        vatCents: 0,
        totalCents: 112261,
      },
      {
        period: 359,
        dueDate: '2055-12-10',
        installmentCents: 112261,
        interestCents: 652,
        capitalCents: 111609,
        outstandingCents: 112052,
        vatCents: 0,
        totalCents: 112261,
      },
      {
        period: 360,
        dueDate: '2056-01-10',
        installmentCents: 112379,
        interestCents: 327,
        capitalCents: 112052,
        outstandingCents: 0,
        vatCents: 0,
        totalCents: 112379,
      },
    ],
    residualValueRow: null,
    totals: { installmentCents: 40414078, interestCents: 15414078, capitalCents: 25000000, vatCents: 0, totalCents: 40414078 },
  },
  {
    // PMT(3.5 % / 12, n = 360, PV = 25000000, FV = 2500000, IN_ADVANCE) = 108011.687336 -> 108012
    name: 'monthly-360-advance-residual',
    input: {
      financedAmountCents: 25000000,
      residualValueCents: 2500000,
      annualRatePercent: '3.5',
      periods: 360,
      periodicity: 'MONTHLY',
      timing: 'IN_ADVANCE',
      startDate: '2026-01-10',
      vatRatePercent: '21',
    },
    periodicRate: '0.0029166666666666666666666666666666666666666666666667',
    installment: 108012,
    rows: [
      {
        period: 1,
        dueDate: '2026-01-10',
        installmentCents: 108012,
        interestCents: 0,
        capitalCents: 108012,
        outstandingCents: 24891988,
        vatCents: 22683,
        totalCents: 130695,
      },
      {
        period: 2,
        dueDate: '2026-02-10',
        installmentCents: 108012,
        interestCents: 72602,
        capitalCents: 35410,
        outstandingCents: 24856578,
        vatCents: 22683,
        totalCents: 130695,
      },
      {
        period: 3,
        dueDate: '2026-03-10',
        installmentCents: 108012,
        interestCents: 72498,
        capitalCents: 35514,
        outstandingCents: 24821064,
        vatCents: 22683,
        totalCents: 130695,
      },
      {
        period: 359,
        dueDate: '2055-11-10',
        installmentCents: 108012,
        interestCents: 7855,
        capitalCents: 100157,
        outstandingCents: 2592995,
        vatCents: 22683,
        totalCents: 130695,
      },
      {
        period: 360,
        dueDate: '2055-12-10',
        installmentCents: 107828,
        interestCents: 7563,
        capitalCents: 100265,
        outstandingCents: 2492730,
        vatCents: 22644,
        totalCents: 130472,
      },
    ],
    residualValueRow: {
      period: 361,
      dueDate: '2056-01-10',
      installmentCents: 2500000,
      interestCents: 7270,
      capitalCents: 2492730,
      outstandingCents: 0,
      vatCents: 525000,
      totalCents: 3025000,
    },
    totals: { installmentCents: 41384136, interestCents: 16384136, capitalCents: 25000000, vatCents: 8690841, totalCents: 50074977 },
  },
  {
    // PMT(2.4 % / 12, n = 12, PV = 1200000, FV = 0, IN_ADVANCE) = 101102.556747 -> 101103
    name: 'end-of-month-advance',
    input: {
      financedAmountCents: 1200000,
      residualValueCents: 0,
      annualRatePercent: '2.4',
      periods: 12,
      periodicity: 'MONTHLY',
      timing: 'IN_ADVANCE',
      startDate: '2026-01-31',
      vatRatePercent: '21',
    },
    periodicRate: '0.002',
    installment: 101103,
    rows: [
      {
        period: 1,
        dueDate: '2026-01-31',
        installmentCents: 101103,
        interestCents: 0,
        capitalCents: 101103,
        outstandingCents: 1098897,
        vatCents: 21232,
        totalCents: 122335,
      },
      {
        period: 2,
        dueDate: '2026-02-28',
        installmentCents: 101103,
        interestCents: 2198,
        capitalCents: 98905,
        outstandingCents: 999992,
        vatCents: 21232,
        totalCents: 122335,
      },
      {
        period: 3,
        dueDate: '2026-03-31',
        installmentCents: 101103,
        interestCents: 2000,
        capitalCents: 99103,
        outstandingCents: 900889,
        vatCents: 21232,
        totalCents: 122335,
      },
      {
        period: 11,
        dueDate: '2026-11-30',
        installmentCents: 101103,
        interestCents: 403,
        capitalCents: 100700,
        outstandingCents: 100896,
        vatCents: 21232,
        totalCents: 122335,
      },
      {
        period: 12,
        dueDate: '2026-12-31',
        installmentCents: 101098,
        interestCents: 202,
        capitalCents: 100896,
        outstandingCents: 0,
        vatCents: 21231,
        totalCents: 122329,
      },
    ],
    residualValueRow: null,
    totals: { installmentCents: 1213231, interestCents: 13231, capitalCents: 1200000, vatCents: 254783, totalCents: 1468014 },
  },
  {
    // PMT(12 % / 1, n = 1, PV = 1000000, FV = 200000, IN_ARREARS) = 920000.000000 -> 920000
    name: 'one-period-arrears',
    input: {
      financedAmountCents: 1000000,
      residualValueCents: 200000,
      annualRatePercent: '12',
      periods: 1,
      periodicity: 'ANNUAL',
      timing: 'IN_ARREARS',
      startDate: '2026-05-05',
      vatRatePercent: '21',
    },
    periodicRate: '0.12',
    installment: 920000,
    rows: [
      {
        period: 1,
        dueDate: '2027-05-05',
        installmentCents: 920000,
        interestCents: 120000,
        capitalCents: 800000,
        outstandingCents: 200000,
        vatCents: 193200,
        totalCents: 1113200,
      },
    ],
    residualValueRow: {
      period: 2,
      dueDate: '2027-05-05',
      installmentCents: 200000,
      interestCents: 0,
      capitalCents: 200000,
      outstandingCents: 0,
      vatCents: 42000,
      totalCents: 242000,
    },
    totals: { installmentCents: 1120000, interestCents: 120000, capitalCents: 1000000, vatCents: 235200, totalCents: 1355200 },
  },
  {
    // PMT(12 % / 1, n = 1, PV = 1000000, FV = 200000, IN_ADVANCE) = 821428.571429 -> 821429
    name: 'one-period-advance',
    input: {
      financedAmountCents: 1000000,
      residualValueCents: 200000,
      annualRatePercent: '12',
      periods: 1,
      periodicity: 'ANNUAL',
      timing: 'IN_ADVANCE',
      startDate: '2026-05-05',
      vatRatePercent: '21',
    },
    periodicRate: '0.12',
    installment: 821429,
    rows: [
      {
        period: 1,
        dueDate: '2026-05-05',
        installmentCents: 821429,
        interestCents: 0,
        capitalCents: 821429,
        outstandingCents: 178571,
        vatCents: 172500,
        totalCents: 993929,
      },
    ],
    residualValueRow: {
      period: 2,
      dueDate: '2027-05-05',
      installmentCents: 200000,
      interestCents: 21429,
      capitalCents: 178571,
      outstandingCents: 0,
      vatCents: 42000,
      totalCents: 242000,
    },
    totals: { installmentCents: 1021429, interestCents: 21429, capitalCents: 1000000, vatCents: 214500, totalCents: 1235929 },
  },
  {
    // PMT(4.75 % / 12, n = 60, PV = 999999999, FV = 99999999, IN_ADVANCE) = 17208935.407917 -> 17208935
    name: 'max-amount-advance-residual',
    input: {
      financedAmountCents: 999999999,
      residualValueCents: 99999999,
      annualRatePercent: '4.75',
      periods: 60,
      periodicity: 'MONTHLY',
      timing: 'IN_ADVANCE',
      startDate: '2026-01-15',
      vatRatePercent: '21',
    },
    periodicRate: '0.0039583333333333333333333333333333333333333333333333',
    installment: 17208935,
    rows: [
      {
        period: 1,
        dueDate: '2026-01-15',
        installmentCents: 17208935,
        interestCents: 0,
        capitalCents: 17208935,
        outstandingCents: 982791064,
        vatCents: 3613876,
        totalCents: 20822811,
      },
      {
        period: 2,
        dueDate: '2026-02-15',
        installmentCents: 17208935,
        interestCents: 3890215,
        capitalCents: 13318720,
        outstandingCents: 969472344,
        vatCents: 3613876,
        totalCents: 20822811,
      },
      {
        period: 3,
        dueDate: '2026-03-15',
        installmentCents: 17208935,
        interestCents: 3837495,
        capitalCents: 13371440,
        outstandingCents: 956100904,
        vatCents: 3613876,
        totalCents: 20822811,
      },
      {
        period: 59,
        dueDate: '2030-11-15',
        installmentCents: 17208935,
        interestCents: 526603,
        capitalCents: 16682332,
        outstandingCents: 116354119,
        vatCents: 3613876,
        totalCents: 20822811,
      },
      {
        period: 60,
        dueDate: '2030-12-15',
        installmentCents: 17208961,
        interestCents: 460568,
        capitalCents: 16748393,
        outstandingCents: 99605726,
        vatCents: 3613882,
        totalCents: 20822843,
      },
    ],
    residualValueRow: {
      period: 61,
      dueDate: '2031-01-15',
      installmentCents: 99999999,
      interestCents: 394273,
      capitalCents: 99605726,
      outstandingCents: 0,
      vatCents: 21000000,
      totalCents: 120999999,
    },
    totals: {
      installmentCents: 1132536125,
      interestCents: 132536126,
      capitalCents: 999999999,
      vatCents: 237832566,
      totalCents: 1370368691,
    },
  },
  {
    // PMT(4.75 % / 12, n = 60, PV = 999999999, FV = 0, IN_ARREARS) = 18756911.960352 -> 18756912
    name: 'max-amount-arrears',
    input: {
      financedAmountCents: 999999999,
      residualValueCents: 0,
      annualRatePercent: '4.75',
      periods: 60,
      periodicity: 'MONTHLY',
      timing: 'IN_ARREARS',
      startDate: '2026-01-15',
      vatRatePercent: '21',
    },
    periodicRate: '0.0039583333333333333333333333333333333333333333333333',
    installment: 18756912,
    rows: [
      {
        period: 1,
        dueDate: '2026-02-15',
        installmentCents: 18756912,
        interestCents: 3958333,
        capitalCents: 14798579,
        outstandingCents: 985201420,
        vatCents: 3938952,
        totalCents: 22695864,
      },
      {
        period: 2,
        dueDate: '2026-03-15',
        installmentCents: 18756912,
        interestCents: 3899756,
        capitalCents: 14857156,
        outstandingCents: 970344264,
        vatCents: 3938952,
        totalCents: 22695864,
      },
      {
        period: 3,
        dueDate: '2026-04-15',
        installmentCents: 18756912,
        interestCents: 3840946,
        capitalCents: 14915966,
        outstandingCents: 955428298,
        vatCents: 3938952,
        totalCents: 22695864,
      },
      {
        period: 59,
        dueDate: '2030-12-15',
        installmentCents: 18756912,
        interestCents: 147615,
        capitalCents: 18609297,
        outstandingCents: 18682962,
        vatCents: 3938952,
        totalCents: 22695864,
      },
      {
        period: 60,
        dueDate: '2031-01-15',
        installmentCents: 18756915,
        interestCents: 73953,
        capitalCents: 18682962,
        outstandingCents: 0,
        vatCents: 3938952,
        totalCents: 22695867,
      },
    ],
    residualValueRow: null,
    totals: {
      installmentCents: 1125414723,
      interestCents: 125414724,
      capitalCents: 999999999,
      vatCents: 236337120,
      totalCents: 1361751843,
    },
  },
  {
    // PMT(0 % / 12, n = 12, PV = 1000000, FV = 100000, IN_ADVANCE) = 75000.000000 -> 75000
    name: 'zero-rate-advance-residual',
    input: {
      financedAmountCents: 1000000,
      residualValueCents: 100000,
      annualRatePercent: '0',
      periods: 12,
      periodicity: 'MONTHLY',
      timing: 'IN_ADVANCE',
      startDate: '2026-01-01',
      vatRatePercent: '21',
    },
    periodicRate: '0',
    installment: 75000,
    rows: [
      {
        period: 1,
        dueDate: '2026-01-01',
        installmentCents: 75000,
        interestCents: 0,
        capitalCents: 75000,
        outstandingCents: 925000,
        vatCents: 15750,
        totalCents: 90750,
      },
      {
        period: 2,
        dueDate: '2026-02-01',
        installmentCents: 75000,
        interestCents: 0,
        capitalCents: 75000,
        outstandingCents: 850000,
        vatCents: 15750,
        totalCents: 90750,
      },
      {
        period: 3,
        dueDate: '2026-03-01',
        installmentCents: 75000,
        interestCents: 0,
        capitalCents: 75000,
        outstandingCents: 775000,
        vatCents: 15750,
        totalCents: 90750,
      },
      {
        period: 11,
        dueDate: '2026-11-01',
        installmentCents: 75000,
        interestCents: 0,
        capitalCents: 75000,
        outstandingCents: 175000,
        vatCents: 15750,
        totalCents: 90750,
      },
      {
        period: 12,
        dueDate: '2026-12-01',
        installmentCents: 75000,
        interestCents: 0,
        capitalCents: 75000,
        outstandingCents: 100000,
        vatCents: 15750,
        totalCents: 90750,
      },
    ],
    residualValueRow: {
      period: 13,
      dueDate: '2027-01-01',
      installmentCents: 100000,
      interestCents: 0,
      capitalCents: 100000,
      outstandingCents: 0,
      vatCents: 21000,
      totalCents: 121000,
    },
    totals: { installmentCents: 1000000, interestCents: 0, capitalCents: 1000000, vatCents: 210000, totalCents: 1210000 },
  },
];

const VALID: ScheduleInput = {
  financedAmountCents: 5_000_000,
  residualValueCents: 500_000,
  annualRatePercent: '4.75',
  periods: 60,
  periodicity: 'MONTHLY',
  timing: 'IN_ARREARS',
  startDate: '2026-01-15',
  vatRatePercent: '21',
};

describe('periodsPerYear', () => {
  it.each([
    ['MONTHLY', 12],
    ['QUARTERLY', 4],
    ['SEMI_ANNUAL', 2],
    ['ANNUAL', 1],
  ] as const)('%s → %i', (periodicity, expected) => {
    expect(periodsPerYear(periodicity)).toBe(expected);
  });

  it('rejects an unknown periodicity', () => {
    expect(() => periodsPerYear('WEEKLY' as unknown as Periodicity)).toThrowError(
      expect.objectContaining({ code: 'SCHEDULE_PERIODICITY_INVALID' }),
    );
  });
});

describe.each(CASES)(
  'computeAmortizationSchedule (#12 §3, CON-4): $name',
  ({ input, periodicRate, installment, rows, residualValueRow, totals }) => {
    const schedule = computeAmortizationSchedule(input);
    const { financedAmountCents: pv, residualValueCents: fv, periods: n } = input;
    const inAdvance = input.timing === 'IN_ADVANCE';

    it('regular installment matches the independent PMT', () => {
      expect(schedule.regularInstallmentCents).toBe(installment);
      expect(regularInstallmentCents(input)).toBe(installment);
      expect(schedule.periodicRate).toBe(periodicRate);
    });

    it('selected rows and the residual-value line match the independent computation exactly', () => {
      expect(schedule.rows).toHaveLength(n);
      for (const expected of rows) {
        expect(schedule.rows[expected.period - 1]).toEqual(expected);
      }
      expect(schedule.residualValueRow).toEqual(residualValueRow);
    });

    it('totals match and are the column sums over the rents and the residual-value line', () => {
      expect(schedule.totals).toEqual(totals);
      const lines = [...schedule.rows, ...(schedule.residualValueRow ? [schedule.residualValueRow] : [])];
      const sum = (key: keyof ScheduleTotals): number => lines.reduce((acc, row) => acc + row[key], 0);
      expect(sum('installmentCents')).toBe(totals.installmentCents);
      expect(sum('interestCents')).toBe(totals.interestCents);
      expect(sum('capitalCents')).toBe(totals.capitalCents);
      expect(sum('vatCents')).toBe(totals.vatCents);
      expect(sum('totalCents')).toBe(totals.totalCents);
    });

    it('the capital column sums to the financed amount and the table ends at 0', () => {
      expect(schedule.totals.capitalCents).toBe(pv);
      const last = schedule.residualValueRow ?? schedule.rows.at(-1);
      expect(last?.outstandingCents).toBe(0);
      expect(schedule.residualValueRow === null).toBe(fv === 0);
    });

    it('in advance the first rent, paid at signing, is pure capital', () => {
      if (inAdvance) expect(schedule.rows[0]).toMatchObject({ interestCents: 0, capitalCents: schedule.rows[0]?.installmentCents });
      else expect(schedule.rows[0]?.interestCents).toBe(rows[0]?.interestCents);
    });

    it('every row is internally consistent', () => {
      let previous = pv;
      schedule.rows.forEach((row, i) => {
        expect(row.period).toBe(i + 1);
        if (i < n - 1) expect(row.installmentCents).toBe(installment);
        expect(row.capitalCents + row.interestCents).toBe(row.installmentCents);
        expect(row.outstandingCents).toBe(previous - row.capitalCents);
        expect(row.totalCents).toBe(row.installmentCents + row.vatCents);
        if (input.vatRatePercent === null) expect(row.vatCents).toBe(0);
        for (const value of Object.values(row)) if (typeof value === 'number') expect(Number.isSafeInteger(value)).toBe(true);
        previous = row.outstandingCents;
      });
      const dates = schedule.rows.map((row) => row.dueDate);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(n);
      if (schedule.residualValueRow) {
        expect(schedule.residualValueRow.capitalCents).toBe(previous);
        expect(schedule.residualValueRow.dueDate >= dates.at(-1)!).toBe(true);
      }
    });

    it('states its convention', () => {
      expect(schedule.convention).toEqual({
        timing: input.timing,
        annualRatePercent: input.annualRatePercent,
        periodicity: input.periodicity,
        periodsPerYear: periodsPerYear(input.periodicity),
      });
    });
  },
);

describe('small tables worked by hand (#12 §3, CON-4)', () => {
  it('1 annual period in advance at 12 % with 2 000,00 € residual: one rent at signing, the option a year later', () => {
    // P = 10 000,00 − 2 000,00 / 1,12 = 10 000,00 − 1 785,714… = 8 214,29 €; the option carries the
    // year's interest on the 1 785,71 € left: 2 000,00 − 1 785,71 = 214,29 €.
    const schedule = computeAmortizationSchedule({
      financedAmountCents: 1_000_000,
      residualValueCents: 200_000,
      annualRatePercent: '12',
      periods: 1,
      periodicity: 'ANNUAL',
      timing: 'IN_ADVANCE',
      startDate: '2026-05-05',
      vatRatePercent: '21',
    });
    expect(schedule.rows).toEqual([
      {
        period: 1,
        dueDate: '2026-05-05',
        installmentCents: 821429,
        interestCents: 0,
        capitalCents: 821429,
        outstandingCents: 178571,
        vatCents: 172500,
        totalCents: 993929,
      },
    ]);
    expect(schedule.residualValueRow).toEqual({
      period: 2,
      dueDate: '2027-05-05',
      installmentCents: 200000,
      interestCents: 21429,
      capitalCents: 178571,
      outstandingCents: 0,
      vatCents: 42000,
      totalCents: 242000,
    });
  });

  it('3 quarters in arrears at 0 %: 100,00 € split 33,33 / 33,33 / 33,34, no residual line', () => {
    const schedule = computeAmortizationSchedule({
      financedAmountCents: 10_000,
      residualValueCents: 0,
      annualRatePercent: '0',
      periods: 3,
      periodicity: 'QUARTERLY',
      timing: 'IN_ARREARS',
      startDate: '2026-01-31',
      vatRatePercent: null,
    });
    expect(schedule.rows.map((r) => [r.dueDate, r.installmentCents, r.interestCents, r.outstandingCents])).toEqual([
      ['2026-04-30', 3333, 0, 6667],
      ['2026-07-31', 3333, 0, 3334],
      ['2026-10-31', 3334, 0, 0],
    ]);
    expect(schedule.residualValueRow).toBeNull();
  });

  it('2 years in advance at 10 % on 1 000,00 € with 100,00 € residual', () => {
    // P = (1 000 − 100/1,21)/(1 + 1/1,1) = 917,355…/1,909090… = 480,52 €.
    // Rent 1 at signing: capital 480,52, left 519,48. Rent 2 a year later: interest 51,95 (10 % of
    // 519,48 = 51,948), capital = 519,48 − 90,91 (100/1,1 rounded) = 428,57, rent 480,52.
    // Option after year 2: 100,00 = 90,91 capital + 9,09 interest.
    const schedule = computeAmortizationSchedule({
      financedAmountCents: 100_000,
      residualValueCents: 10_000,
      annualRatePercent: '10',
      periods: 2,
      periodicity: 'ANNUAL',
      timing: 'IN_ADVANCE',
      startDate: '2026-03-01',
      vatRatePercent: null,
    });
    expect(schedule.regularInstallmentCents).toBe(48052);
    expect(
      [...schedule.rows, schedule.residualValueRow!].map((r) => [
        r.dueDate,
        r.installmentCents,
        r.interestCents,
        r.capitalCents,
        r.outstandingCents,
      ]),
    ).toEqual([
      ['2026-03-01', 48052, 0, 48052, 51948],
      ['2027-03-01', 48052, 5195, 42857, 9091],
      ['2028-03-01', 10000, 909, 9091, 0],
    ]);
    expect(schedule.totals).toEqual({
      installmentCents: 106104,
      interestCents: 6104,
      capitalCents: 100000,
      vatCents: 0,
      totalCents: 106104,
    });
  });
});

describe('due dates', () => {
  it.each([
    // End-of-month start: always computed from the original day 31, clamped per month.
    ['IN_ADVANCE', 'MONTHLY', '2026-01-31', ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']],
    ['IN_ARREARS', 'MONTHLY', '2026-01-31', ['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31']],
    ['IN_ADVANCE', 'QUARTERLY', '2026-11-30', ['2026-11-30', '2027-02-28', '2027-05-30', '2027-08-30', '2027-11-30', '2028-02-29']],
    ['IN_ARREARS', 'SEMI_ANNUAL', '2027-08-31', ['2028-02-29', '2028-08-31', '2029-02-28', '2029-08-31', '2030-02-28', '2030-08-31']],
    ['IN_ADVANCE', 'ANNUAL', '2028-02-29', ['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29', '2033-02-28']],
  ] as const)('%s %s from %s', (timing, periodicity, startDate, expected) => {
    const schedule = computeAmortizationSchedule({ ...VALID, periods: 6, timing, periodicity, startDate });
    expect(schedule.rows.map((row) => row.dueDate)).toEqual(expected);
  });
});

describe('interest base (#12 §3: the interest of a rent is that of the period ending at its due date)', () => {
  it.each([
    // in arrears, rent 1 closes the first month: round(0.0475/12 × 5 000 000) = round(19 791.67) = 19 792
    ['IN_ARREARS', [19792, 19528]],
    // in advance, rent 1 is paid at signing: 0; rent 2 closes the first month, on PV − P:
    // round(0.0475/12 × (5 000 000 − 86 045)) = round(19 451.07) = 19 451
    ['IN_ADVANCE', [0, 19451]],
  ] as const)('rents 1 and 2 %s → %j', (timing, interest) => {
    expect(
      computeAmortizationSchedule({ ...VALID, timing })
        .rows.slice(0, 2)
        .map((row) => row.interestCents),
    ).toEqual(interest);
  });
});

describe('VAT', () => {
  it('is 0 on every row when vatRatePercent is null (credit line)', () => {
    const schedule = computeAmortizationSchedule({ ...VALID, vatRatePercent: null });
    expect(schedule.rows.every((row) => row.vatCents === 0 && row.totalCents === row.installmentCents)).toBe(true);
    expect(schedule.totals.vatCents).toBe(0);
    // 59 × 863,85 + 864,05 + the 5 000,00 € purchase option
    expect(schedule.totals.totalCents).toBe(5683120);
  });

  it('does not change the capital/interest split', () => {
    const withVat = computeAmortizationSchedule(VALID);
    const without = computeAmortizationSchedule({ ...VALID, vatRatePercent: null });
    expect(withVat.rows.map((r) => [r.installmentCents, r.interestCents, r.capitalCents, r.outstandingCents])).toEqual(
      without.rows.map((r) => [r.installmentCents, r.interestCents, r.capitalCents, r.outstandingCents]),
    );
    // the purchase option bears VAT like the rents: 21 % of 5 000,00 € = 1 050,00 €
    expect(withVat.residualValueRow).toMatchObject({ installmentCents: 500000, vatCents: 105000, totalCents: 605000 });
  });
});

describe('invalid input', () => {
  it.each<[string, Partial<Record<keyof ScheduleInput, unknown>>, string]>([
    ['amount 0', { financedAmountCents: 0 }, 'SCHEDULE_AMOUNT_INVALID'],
    ['amount negative', { financedAmountCents: -100 }, 'SCHEDULE_AMOUNT_INVALID'],
    ['amount fractional', { financedAmountCents: 100.5 }, 'SCHEDULE_AMOUNT_INVALID'],
    ['amount NaN', { financedAmountCents: Number.NaN }, 'SCHEDULE_AMOUNT_INVALID'],
    ['amount unsafe', { financedAmountCents: Number.MAX_SAFE_INTEGER + 1 }, 'SCHEDULE_AMOUNT_INVALID'],
    ['residual negative', { residualValueCents: -1 }, 'SCHEDULE_RESIDUAL_INVALID'],
    ['residual = amount', { residualValueCents: 5_000_000 }, 'SCHEDULE_RESIDUAL_INVALID'],
    ['residual > amount', { residualValueCents: 6_000_000 }, 'SCHEDULE_RESIDUAL_INVALID'],
    ['residual fractional', { residualValueCents: 0.5 }, 'SCHEDULE_RESIDUAL_INVALID'],
    ['rate negative', { annualRatePercent: '-1' }, 'SCHEDULE_RATE_INVALID'],
    ['rate with comma', { annualRatePercent: '4,75' }, 'SCHEDULE_RATE_INVALID'],
    ['rate empty', { annualRatePercent: '' }, 'SCHEDULE_RATE_INVALID'],
    ['rate text', { annualRatePercent: 'abc' }, 'SCHEDULE_RATE_INVALID'],
    ['rate exponent', { annualRatePercent: '1e2' }, 'SCHEDULE_RATE_INVALID'],
    ['rate with spaces', { annualRatePercent: ' 4.75' }, 'SCHEDULE_RATE_INVALID'],
    ['rate above 100 %', { annualRatePercent: '100.01' }, 'SCHEDULE_RATE_INVALID'],
    ['rate as number', { annualRatePercent: 4.75 }, 'SCHEDULE_RATE_INVALID'],
    ['periods 0', { periods: 0 }, 'SCHEDULE_PERIODS_INVALID'],
    ['periods 601', { periods: 601 }, 'SCHEDULE_PERIODS_INVALID'],
    ['periods negative', { periods: -12 }, 'SCHEDULE_PERIODS_INVALID'],
    ['periods fractional', { periods: 1.5 }, 'SCHEDULE_PERIODS_INVALID'],
    ['periods NaN', { periods: Number.NaN }, 'SCHEDULE_PERIODS_INVALID'],
    ['periodicity unknown', { periodicity: 'WEEKLY' }, 'SCHEDULE_PERIODICITY_INVALID'],
    ['timing unknown', { timing: 'LATER' }, 'SCHEDULE_TIMING_INVALID'],
    ['start not a date', { startDate: '2026-02-29' }, 'SCHEDULE_START_INVALID'],
    ['start empty', { startDate: '' }, 'SCHEDULE_START_INVALID'],
    ['start bad format', { startDate: '2026-1-1' }, 'SCHEDULE_START_INVALID'],
    ['schedule beyond year 9999', { startDate: '9990-01-01', periods: 600 }, 'SCHEDULE_START_INVALID'],
    ['VAT negative', { vatRatePercent: '-21' }, 'SCHEDULE_VAT_INVALID'],
    ['VAT with percent sign', { vatRatePercent: '21%' }, 'SCHEDULE_VAT_INVALID'],
    ['VAT above 100', { vatRatePercent: '101' }, 'SCHEDULE_VAT_INVALID'],
    ['VAT empty', { vatRatePercent: '' }, 'SCHEDULE_VAT_INVALID'],
  ])('%s → %s', (_label, patch, code) => {
    // Runtime input from GraphQL/DB can violate the static types, hence the cast.
    const input = { ...VALID, ...patch } as ScheduleInput;
    expect(() => computeAmortizationSchedule(input)).toThrowError(expect.objectContaining({ code }));
    expect(() => regularInstallmentCents(input)).toThrowError(expect.objectContaining({ code }));
    expect(() => validateScheduleInput(input)).toThrowError(expect.objectContaining({ code }));
  });
});
