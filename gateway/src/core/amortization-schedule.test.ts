import { describe, expect, it } from 'vitest';
import {
  computeAmortizationSchedule,
  periodsPerYear,
  regularInstallmentCents,
  type Periodicity,
  type ScheduleInput,
  type ScheduleRow,
  type ScheduleTotals,
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
 * Rows listed: 1, 2, 3, n−1, n (all of them when n < 5).
 */

interface Case {
  name: string;
  input: ScheduleInput;
  periodicRate: string;
  installment: number;
  rows: ScheduleRow[];
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
    totals: { installmentCents: 5183120, interestCents: 683120, capitalCents: 4500000, vatCents: 1088464, totalCents: 6271584 },
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
        interestCents: 19451,
        capitalCents: 66594,
        outstandingCents: 4933406,
        vatCents: 18069,
        totalCents: 104114,
      },
      {
        period: 2,
        dueDate: '2026-02-15',
        installmentCents: 86045,
        interestCents: 19187,
        capitalCents: 66858,
        outstandingCents: 4866548,
        vatCents: 18069,
        totalCents: 104114,
      },
      {
        period: 3,
        dueDate: '2026-03-15',
        installmentCents: 86045,
        interestCents: 18923,
        capitalCents: 67122,
        outstandingCents: 4799426,
        vatCents: 18069,
        totalCents: 104114,
      },
      {
        period: 59,
        dueDate: '2030-11-15',
        installmentCents: 86045,
        interestCents: 2303,
        capitalCents: 83742,
        outstandingCents: 584054,
        vatCents: 18069,
        totalCents: 104114,
      },
      {
        period: 60,
        dueDate: '2030-12-15',
        installmentCents: 86025,
        interestCents: 1971,
        capitalCents: 84054,
        outstandingCents: 500000,
        vatCents: 18065,
        totalCents: 104090,
      },
    ],
    totals: { installmentCents: 5162680, interestCents: 662680, capitalCents: 4500000, vatCents: 1084136, totalCents: 6246816 },
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
        interestCents: 15138,
        capitalCents: 92612,
        outstandingCents: 1907388,
        vatCents: 22628,
        totalCents: 130378,
      },
      {
        period: 2,
        dueDate: '2026-06-01',
        installmentCents: 107750,
        interestCents: 14397,
        capitalCents: 93353,
        outstandingCents: 1814035,
        vatCents: 22628,
        totalCents: 130378,
      },
      {
        period: 3,
        dueDate: '2026-09-01',
        installmentCents: 107750,
        interestCents: 13650,
        capitalCents: 94100,
        outstandingCents: 1719935,
        vatCents: 22628,
        totalCents: 130378,
      },
      {
        period: 19,
        dueDate: '2030-09-01',
        installmentCents: 107750,
        interestCents: 855,
        capitalCents: 106895,
        outstandingCents: 107747,
        vatCents: 22628,
        totalCents: 130378,
      },
      {
        period: 20,
        dueDate: '2030-12-01',
        installmentCents: 107747,
        interestCents: 0,
        capitalCents: 107747,
        outstandingCents: 0,
        vatCents: 22627,
        totalCents: 130374,
      },
    ],
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
    totals: { installmentCents: 13261584, interestCents: 1915906, capitalCents: 11345678, vatCents: 2784931, totalCents: 16046515 },
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
        interestCents: 283224,
        capitalCents: 1009801,
        outstandingCents: 11335877,
        vatCents: 0,
        totalCents: 1293025,
      },
      {
        period: 2,
        dueDate: '2026-12-30',
        installmentCents: 1293025,
        interestCents: 257348,
        capitalCents: 1035677,
        outstandingCents: 10300200,
        vatCents: 0,
        totalCents: 1293025,
      },
      {
        period: 3,
        dueDate: '2027-06-30',
        installmentCents: 1293025,
        interestCents: 230809,
        capitalCents: 1062216,
        outstandingCents: 9237984,
        vatCents: 0,
        totalCents: 1293025,
      },
      {
        period: 9,
        dueDate: '2030-06-30',
        installmentCents: 1293025,
        interestCents: 56666,
        capitalCents: 1236359,
        outstandingCents: 2268035,
        vatCents: 0,
        totalCents: 1293025,
      },
      {
        period: 10,
        dueDate: '2030-12-30',
        installmentCents: 1293020,
        interestCents: 24985,
        capitalCents: 1268035,
        outstandingCents: 1000000,
        vatCents: 0,
        totalCents: 1293020,
      },
    ],
    totals: { installmentCents: 12930245, interestCents: 1584567, capitalCents: 11345678, vatCents: 0, totalCents: 12930245 },
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
        interestCents: 38053,
        capitalCents: 127726,
        outstandingCents: 672274,
        vatCents: 34814,
        totalCents: 200593,
      },
      {
        period: 2,
        dueDate: '2027-02-28',
        installmentCents: 165779,
        interestCents: 30390,
        capitalCents: 135389,
        outstandingCents: 536885,
        vatCents: 34814,
        totalCents: 200593,
      },
      {
        period: 3,
        dueDate: '2028-02-28',
        installmentCents: 165779,
        interestCents: 22266,
        capitalCents: 143513,
        outstandingCents: 393372,
        vatCents: 34814,
        totalCents: 200593,
      },
      {
        period: 4,
        dueDate: '2029-02-28',
        installmentCents: 165779,
        interestCents: 13656,
        capitalCents: 152123,
        outstandingCents: 241249,
        vatCents: 34814,
        totalCents: 200593,
      },
      {
        period: 5,
        dueDate: '2030-02-28',
        installmentCents: 165777,
        interestCents: 4528,
        capitalCents: 161249,
        outstandingCents: 80000,
        vatCents: 34813,
        totalCents: 200590,
      },
    ],
    totals: { installmentCents: 828893, interestCents: 108893, capitalCents: 720000, vatCents: 174069, totalCents: 1002962 },
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
    totals: { installmentCents: 900000, interestCents: 0, capitalCents: 900000, vatCents: 189000, totalCents: 1089000 },
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
        interestCents: 72602,
        capitalCents: 35410,
        outstandingCents: 24964590,
        vatCents: 22683,
        totalCents: 130695,
      },
      {
        period: 2,
        dueDate: '2026-02-10',
        installmentCents: 108012,
        interestCents: 72498,
        capitalCents: 35514,
        outstandingCents: 24929076,
        vatCents: 22683,
        totalCents: 130695,
      },
      {
        period: 3,
        dueDate: '2026-03-10',
        installmentCents: 108012,
        interestCents: 72395,
        capitalCents: 35617,
        outstandingCents: 24893459,
        vatCents: 22683,
        totalCents: 130695,
      },
      {
        period: 359,
        dueDate: '2055-11-10',
        installmentCents: 108012,
        interestCents: 7563,
        capitalCents: 100449,
        outstandingCents: 2600558,
        vatCents: 22683,
        totalCents: 130695,
      },
      {
        period: 360,
        dueDate: '2055-12-10',
        installmentCents: 107828,
        interestCents: 7270,
        capitalCents: 100558,
        outstandingCents: 2500000,
        vatCents: 22644,
        totalCents: 130472,
      },
    ],
    totals: { installmentCents: 38884136, interestCents: 16384136, capitalCents: 22500000, vatCents: 8165841, totalCents: 47049977 },
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
        interestCents: 2198,
        capitalCents: 98905,
        outstandingCents: 1101095,
        vatCents: 21232,
        totalCents: 122335,
      },
      {
        period: 2,
        dueDate: '2026-02-28',
        installmentCents: 101103,
        interestCents: 2000,
        capitalCents: 99103,
        outstandingCents: 1001992,
        vatCents: 21232,
        totalCents: 122335,
      },
      {
        period: 3,
        dueDate: '2026-03-31',
        installmentCents: 101103,
        interestCents: 1802,
        capitalCents: 99301,
        outstandingCents: 902691,
        vatCents: 21232,
        totalCents: 122335,
      },
      {
        period: 11,
        dueDate: '2026-11-30',
        installmentCents: 101103,
        interestCents: 202,
        capitalCents: 100901,
        outstandingCents: 101098,
        vatCents: 21232,
        totalCents: 122335,
      },
      {
        period: 12,
        dueDate: '2026-12-31',
        installmentCents: 101098,
        interestCents: 0,
        capitalCents: 101098,
        outstandingCents: 0,
        vatCents: 21231,
        totalCents: 122329,
      },
    ],
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
    totals: { installmentCents: 920000, interestCents: 120000, capitalCents: 800000, vatCents: 193200, totalCents: 1113200 },
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
        interestCents: 21429,
        capitalCents: 800000,
        outstandingCents: 200000,
        vatCents: 172500,
        totalCents: 993929,
      },
    ],
    totals: { installmentCents: 821429, interestCents: 21429, capitalCents: 800000, vatCents: 172500, totalCents: 993929 },
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

describe.each(CASES)('computeAmortizationSchedule: $name', ({ input, periodicRate, installment, rows, totals }) => {
  const schedule = computeAmortizationSchedule(input);
  const { financedAmountCents: pv, residualValueCents: fv, periods: n } = input;

  it('regular installment matches the independent PMT', () => {
    expect(schedule.regularInstallmentCents).toBe(installment);
    expect(regularInstallmentCents(input)).toBe(installment);
    expect(schedule.periodicRate).toBe(periodicRate);
  });

  it('selected rows match the independent computation exactly', () => {
    expect(schedule.rows).toHaveLength(n);
    for (const expected of rows) {
      expect(schedule.rows[expected.period - 1]).toEqual(expected);
    }
  });

  it('totals match and are the column sums', () => {
    expect(schedule.totals).toEqual(totals);
    const sum = (key: keyof ScheduleTotals): number => schedule.rows.reduce((acc, row) => acc + row[key], 0);
    expect(sum('installmentCents')).toBe(totals.installmentCents);
    expect(sum('interestCents')).toBe(totals.interestCents);
    expect(sum('capitalCents')).toBe(totals.capitalCents);
    expect(sum('vatCents')).toBe(totals.vatCents);
    expect(sum('totalCents')).toBe(totals.totalCents);
  });

  it('sum(capital) = PV − FV and the last outstanding = FV', () => {
    expect(schedule.totals.capitalCents).toBe(pv - fv);
    expect(schedule.rows.at(-1)?.outstandingCents).toBe(fv);
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

describe('interest base', () => {
  it.each([
    // in arrears: round(0.0475/12 × 5 000 000) = round(19 791.67) = 19 792
    ['IN_ARREARS', 19792],
    // in advance: paid at the start, so interest on PV − P: round(0.0475/12 × (5 000 000 − 86 045)) = round(19 451.07) = 19 451
    ['IN_ADVANCE', 19451],
  ] as const)('period 1 %s → %i', (timing, interest) => {
    expect(computeAmortizationSchedule({ ...VALID, timing }).rows[0]?.interestCents).toBe(interest);
  });
});

describe('VAT', () => {
  it('is 0 on every row when vatRatePercent is null (credit line)', () => {
    const schedule = computeAmortizationSchedule({ ...VALID, vatRatePercent: null });
    expect(schedule.rows.every((row) => row.vatCents === 0 && row.totalCents === row.installmentCents)).toBe(true);
    expect(schedule.totals.vatCents).toBe(0);
    expect(schedule.totals.totalCents).toBe(5183120);
  });

  it('does not change the capital/interest split', () => {
    const withVat = computeAmortizationSchedule(VALID);
    const without = computeAmortizationSchedule({ ...VALID, vatRatePercent: null });
    expect(withVat.rows.map((r) => [r.installmentCents, r.interestCents, r.capitalCents, r.outstandingCents])).toEqual(
      without.rows.map((r) => [r.installmentCents, r.interestCents, r.capitalCents, r.outstandingCents]),
    );
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
  });
});
