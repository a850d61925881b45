import { describe, expect, it } from 'vitest';
import { documentFigureProblems, lineNetCents, type DocumentFigures } from './document-lines';

describe('lineNetCents (#12 §4, INT-1)', () => {
  it.each([
    ['1', 86385, 86385],
    ['2', 7000, 14000],
    // 2,5 × 33,33 € = 83,325 € → 83,33 € (half-up)
    ['2.5', 3333, 8333],
    // 0,3333 × 0,01 € = 0,003333 € → 0,00 €
    ['0.3333', 1, 0],
    ['3.0001', 999_999_999, 3_000_099_997],
  ])('%s × %i cents → %i cents', (quantity, unitPrice, net) => {
    expect(lineNetCents(quantity, unitPrice)).toBe(net);
  });
});

const line = (quantity: string, unitPriceCents: number, vatRatePercent: string, netCents: number, vatCents: number) => ({
  quantity,
  unitPriceCents,
  vatRatePercent,
  netCents,
  vatCents,
});

describe('documentFigureProblems (#12 §4, INT-1)', () => {
  it.each<[string, DocumentFigures, { path: (string | number)[]; message: string }[]]>([
    [
      'one consistent line',
      { vatCalculation: 'PER_LINE', netCents: 14000, vatCents: 2940, lines: [line('2', 7000, '21', 14000, 2940)] },
      [],
    ],
    [
      'the issue: 2 × 70,00 € = net 100,00 € with 1,00 € VAT at 21 %',
      { vatCalculation: 'PER_LINE', netCents: 10000, vatCents: 100, lines: [line('2', 7000, '21', 10000, 100)] },
      [
        { path: ['lines', 0, 'netCents'], message: 'must be quantity × unit price = 2 × 70.00 = 140.00 (14000 cents)' },
        { path: ['lines', 0, 'vatCents'], message: 'must be net × rate = 100.00 × 21 % = 21.00 (2100 cents)' },
      ],
    ],
    [
      // per line: round(0,105 × 21 %) … three lines of 0,05 € at 21 % → 0,0105 € → 0,01 € each
      'per line: three 0,05 € lines at 21 % round to 0,01 € each',
      {
        vatCalculation: 'PER_LINE',
        netCents: 15,
        vatCents: 3,
        lines: [line('1', 5, '21', 5, 1), line('1', 5, '21', 5, 1), line('1', 5, '21', 5, 1)],
      },
      [],
    ],
    [
      // per rate: 0,15 € × 21 % = 0,0315 € → 0,03 € once for the rate
      'per rate: the same lines must add up to round(0,15 € × 21 %) = 0,03 €',
      {
        vatCalculation: 'PER_RATE',
        netCents: 15,
        vatCents: 2,
        lines: [line('1', 5, '21', 5, 1), line('1', 5, '21', 5, 1), line('1', 5, '21', 5, 0)],
      },
      [{ path: ['lines'], message: 'VAT at 21 % must be 0.15 × 21 % = 0.03 (3 cents), the lines add up to 0.02' }],
    ],
    [
      'per rate accepts lines whose VAT is spread unevenly when each rate adds up',
      {
        vatCalculation: 'PER_RATE',
        netCents: 30_000,
        vatCents: 3_300,
        // 6 % of 200,00 € = 12,00 €, carried by one of the two lines
        lines: [line('1', 10_000, '21', 10_000, 2_100), line('1', 10_000, '6', 10_000, 0), line('1', 10_000, '6.00', 10_000, 1_200)],
      },
      [],
    ],
    [
      'invoice totals must be those of the lines',
      { vatCalculation: 'PER_LINE', netCents: 10_001, vatCents: 2_099, lines: [line('1', 10_000, '21', 10_000, 2_100)] },
      [
        { path: ['netCents'], message: 'must equal the sum of the lines (10000)' },
        { path: ['vatCents'], message: "must equal the sum of the lines' VAT per rate (2100)" },
      ],
    ],
    [
      'a 0 % credit-line rent has no VAT',
      { vatCalculation: 'PER_LINE', netCents: 108_612, vatCents: 0, lines: [line('1', 108_612, '0', 108_612, 0)] },
      [],
    ],
  ])('%s', (_label, document, problems) => {
    expect(documentFigureProblems(document)).toEqual(problems);
  });
});
