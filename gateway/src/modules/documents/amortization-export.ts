import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { centsToDecimalString } from '../../core/money';
import type { AmortizationTable } from '../contracts';
import { formatDateBe } from './belgian-format';
import { PEOPLE_CSV_OPTIONS } from './document-export';
import type { DocumentLabels } from './document-labels';

/**
 * Issue #19 §6 (CON-4): one contract's amortization table as CSV and XLSX, offered by the contract's
 * amortization screen. Like the documents' exports (DOC-4): the CSV for people (the portal's link)
 * speaks the user's language with dd/mm/yyyy dates and decimal commas, and carries the totals line the
 * screen shows; `?format=data` is the machine format (stable English columns, ISO dates, decimal dots,
 * a line kind instead of words, no totals). Both use ';' and a BOM; both stream through a pipeline.
 */
export const AMORTIZATION_CSV_COLUMNS = [
  'contract_number',
  'period',
  'line',
  'due_date',
  'installment_eur',
  'interest_eur',
  'capital_eur',
  'outstanding_eur',
  'vat_eur',
  'total_eur',
] as const;

type Row = AmortizationTable['rows'][number];

/** The rents, then the residual-value line (purchase option) when the contract has one. */
function linesOf(table: AmortizationTable): { row: Row; residual: boolean }[] {
  return [
    ...table.rows.map((row) => ({ row, residual: false })),
    ...(table.residualValueRow ? [{ row: table.residualValueRow, residual: true }] : []),
  ];
}

const decimalComma = (cents: number) => centsToDecimalString(cents).replace('.', ',');

export function amortizationColumnsFor(labels: DocumentLabels): string[] {
  return [
    labels.period,
    labels.dueDate,
    labels.installment,
    labels.interest,
    labels.capital,
    labels.outstanding,
    labels.vat,
    labels.totalInclVat,
  ];
}

export async function writeAmortizationCsvForPeople(table: AmortizationTable, labels: DocumentLabels, out: Writable): Promise<void> {
  function* rows(): Generator<string[]> {
    yield amortizationColumnsFor(labels);
    for (const { row, residual } of linesOf(table)) {
      yield [
        residual ? labels.residualValueShort : String(row.period),
        formatDateBe(row.dueDate),
        decimalComma(row.installmentCents),
        decimalComma(row.interestCents),
        decimalComma(row.capitalCents),
        decimalComma(row.outstandingCents),
        decimalComma(row.vatCents),
        decimalComma(row.totalCents),
      ];
    }
    const totals = table.totals;
    yield [
      labels.totals,
      '',
      decimalComma(totals.installmentCents),
      decimalComma(totals.interestCents),
      decimalComma(totals.capitalCents),
      '',
      decimalComma(totals.vatCents),
      decimalComma(totals.totalCents),
    ];
  }
  await pipeline(Readable.from(rows()), stringify(PEOPLE_CSV_OPTIONS), out);
}

export async function writeAmortizationCsv(contractNumber: string, table: AmortizationTable, out: Writable): Promise<void> {
  function* rows(): Generator<string[]> {
    for (const { row, residual } of linesOf(table)) {
      yield [
        contractNumber,
        String(row.period),
        residual ? 'RESIDUAL_VALUE' : 'RENT',
        row.dueDate,
        centsToDecimalString(row.installmentCents),
        centsToDecimalString(row.interestCents),
        centsToDecimalString(row.capitalCents),
        centsToDecimalString(row.outstandingCents),
        centsToDecimalString(row.vatCents),
        centsToDecimalString(row.totalCents),
      ];
    }
  }
  const options = { delimiter: ';', bom: true, record_delimiter: 'windows', header: true, columns: [...AMORTIZATION_CSV_COLUMNS] } as const;
  await pipeline(Readable.from(rows()), stringify(options), out);
}

const EURO_FORMAT = '#,##0.00 "€"';
const DATE_FORMAT = 'dd/mm/yyyy';

/** XLSX for people: the user's words, real numbers and dates, the totals line, the header frozen. */
export async function writeAmortizationXlsx(
  contractNumber: string,
  table: AmortizationTable,
  labels: DocumentLabels,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Customer Corner';
  // A sheet name holds at most 31 characters and none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(contractNumber.replace(/[:\\/?*[\]]/g, '-').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    { width: 10 },
    { width: 12, style: { numFmt: DATE_FORMAT } },
    ...Array.from({ length: 6 }, () => ({ width: 16, style: { numFmt: EURO_FORMAT } })),
  ];
  const header = sheet.addRow(amortizationColumnsFor(labels));
  header.font = { bold: true };
  header.commit();
  for (const { row, residual } of linesOf(table)) {
    sheet
      .addRow([
        residual ? labels.residualValueShort : row.period,
        new Date(`${row.dueDate}T00:00:00.000Z`),
        row.installmentCents / 100,
        row.interestCents / 100,
        row.capitalCents / 100,
        row.outstandingCents / 100,
        row.vatCents / 100,
        row.totalCents / 100,
      ])
      .commit();
  }
  const totals = table.totals;
  const footer = sheet.addRow([
    labels.totals,
    null,
    totals.installmentCents / 100,
    totals.interestCents / 100,
    totals.capitalCents / 100,
    null,
    totals.vatCents / 100,
    totals.totalCents / 100,
  ]);
  footer.font = { bold: true };
  footer.commit();
  sheet.commit();
  await workbook.commit();
}
