import { MoneyDecimal, percentOfCents, roundHalfUpToCents } from './money';

/**
 * Arithmetic consistency of an invoice or credit note (INT-1, #12 §4): what the PDF and the UBL print
 * must add up, or a customer's accountant cannot book it. Amounts are positive integer cents.
 *
 * - every line: net = quantity × unit price, rounded half-up to the cent;
 * - VAT per line (the default): every line's VAT = its net × its rate, rounded half-up;
 *   VAT per rate: for each rate, the lines' VAT adds up to (their net total) × rate, rounded half-up
 *   once — the document then rounds per rate, as EN 16931 does for its VAT breakdown;
 * - the document's net and VAT are the sums of its lines, so its totals per rate are those of the lines.
 */
export type VatCalculation = 'PER_LINE' | 'PER_RATE';

export interface DocumentLineFigures {
  quantity: string; // decimal text, e.g. '2' or '2.5'
  unitPriceCents: number;
  vatRatePercent: string;
  netCents: number;
  vatCents: number;
}

export interface DocumentFigures {
  vatCalculation: VatCalculation;
  netCents: number;
  vatCents: number;
  lines: readonly DocumentLineFigures[];
}

export interface DocumentFigureProblem {
  /** Path inside the document, e.g. ['lines', 0, 'netCents']. */
  path: (string | number)[];
  message: string;
}

const euros = (cents: number): string => new MoneyDecimal(cents).dividedBy(100).toFixed(2);

export function lineNetCents(quantity: string, unitPriceCents: number): number {
  return roundHalfUpToCents(new MoneyDecimal(quantity).times(unitPriceCents));
}

export function documentFigureProblems(document: DocumentFigures): DocumentFigureProblem[] {
  const problems: DocumentFigureProblem[] = [];
  const byRate = new Map<string, { netCents: number; vatCents: number }>();
  document.lines.forEach((line, index) => {
    const net = lineNetCents(line.quantity, line.unitPriceCents);
    if (net !== line.netCents) {
      problems.push({
        path: ['lines', index, 'netCents'],
        message: `must be quantity × unit price = ${line.quantity} × ${euros(line.unitPriceCents)} = ${euros(net)} (${net} cents)`,
      });
    }
    if (document.vatCalculation === 'PER_LINE') {
      const vat = percentOfCents(line.netCents, line.vatRatePercent);
      if (vat !== line.vatCents) {
        problems.push({
          path: ['lines', index, 'vatCents'],
          message: `must be net × rate = ${euros(line.netCents)} × ${line.vatRatePercent} % = ${euros(vat)} (${vat} cents)`,
        });
      }
    }
    // Rates are compared as numbers: '21' and '21.00' are the same rate.
    const rateKey = new MoneyDecimal(line.vatRatePercent).toFixed();
    const group = byRate.get(rateKey) ?? { netCents: 0, vatCents: 0 };
    group.netCents += line.netCents;
    group.vatCents += line.vatCents;
    byRate.set(rateKey, group);
  });
  if (document.vatCalculation === 'PER_RATE') {
    for (const [rate, group] of byRate) {
      const vat = percentOfCents(group.netCents, rate);
      if (vat !== group.vatCents) {
        problems.push({
          path: ['lines'],
          message: `VAT at ${rate} % must be ${euros(group.netCents)} × ${rate} % = ${euros(vat)} (${vat} cents), the lines add up to ${euros(group.vatCents)}`,
        });
      }
    }
  }
  const netSum = [...byRate.values()].reduce((sum, group) => sum + group.netCents, 0);
  const vatSum = [...byRate.values()].reduce((sum, group) => sum + group.vatCents, 0);
  if (netSum !== document.netCents) {
    problems.push({ path: ['netCents'], message: `must equal the sum of the lines (${netSum})` });
  }
  if (vatSum !== document.vatCents) {
    problems.push({ path: ['vatCents'], message: `must equal the sum of the lines' VAT per rate (${vatSum})` });
  }
  return problems;
}
