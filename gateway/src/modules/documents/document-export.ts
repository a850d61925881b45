import { once, type EventEmitter } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { centsToDecimalString } from '../../core/money';
import { formatStructuredReference } from '../../core/structured-reference';
import { formatDateBe } from './belgian-format';
import type { DocumentLabels } from './document-labels';
import { DocumentKind, PaymentStatus } from './document.enums';
import { paymentStatusOf, type DocumentRow } from './document.service';

/**
 * DOC-4 exports. Rows arrive in chunks from a keyset-paginated query and leave as they come: the CSV
 * through a stream pipeline, the XLSX through exceljs' streaming writer, both waiting for the
 * response to drain, so memory holds one chunk whatever the number of rows.
 */
export type ExportDocument = Omit<DocumentRow, 'id'>;

/**
 * Two CSV formats (DOC-4, issue #12 §5). The machine format (`?format=data`, docs/partners.md) is for
 * accounting imports: stable English column names and codes whatever the customer's language, ISO
 * dates, amounts in decimal euros with a dot. The format for people (the portal's default) reads like
 * the XLSX: headers, kinds and statuses in the user's language (PRO-6; a token's: the customer's), dd/mm/yyyy dates and decimal
 * commas, so Belgian Excel opens numbers as numbers. Both use a semicolon because Excel in the Belgian
 * locales (fr-BE, nl-BE) splits on ';' when a user double-clicks a .csv, and a BOM so it reads UTF-8.
 */
export type CsvFormat = 'people' | 'data';
export const CSV_COLUMNS = [
  'number',
  'kind',
  'issue_date',
  'due_date',
  'contract_number',
  'batch',
  'net_eur',
  'vat_eur',
  'total_eur',
  'payment_status',
  'structured_reference',
] as const;

export const CSV_OPTIONS = { delimiter: ';', bom: true, record_delimiter: 'windows', header: true, columns: [...CSV_COLUMNS] } as const;

export function csvRecord(document: ExportDocument, today: string): string[] {
  return [
    document.number,
    document.kind,
    document.issueDate,
    document.dueDate ?? '',
    document.contractNumber ?? '',
    document.batchNumber ?? '',
    centsToDecimalString(document.netCents),
    centsToDecimalString(document.vatCents),
    centsToDecimalString(document.totalCents),
    paymentStatusOf(document, today) ?? '',
    document.structuredReference ? formatStructuredReference(document.structuredReference) : '',
  ];
}

async function* records<T>(chunks: AsyncIterable<readonly ExportDocument[]>, map: (d: ExportDocument) => T): AsyncGenerator<T> {
  for await (const chunk of chunks) for (const document of chunk) yield map(document);
}

export const PEOPLE_CSV_OPTIONS = { delimiter: ';', bom: true, record_delimiter: 'windows' } as const;

/** '104526' cents → '1045,26': no thousands separator, which Excel would read as a decimal point in some locales. */
const decimalComma = (cents: number) => centsToDecimalString(cents).replace('.', ',');

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula (the structured reference starts
 * with +++): such a value gets a leading apostrophe, the usual guard, so it stays text.
 */
export const asSpreadsheetText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * Issue #12 §1, §5: what the documents tab shows, in the exports for people. An open invoice of a
 * direct-debit contract will be collected on its due date: its status says so and it has no structured
 * reference, since nothing is to be transferred (nor was, once it is paid). A collection that failed
 * (overdue) is to be paid by transfer: "overdue" and the reference, as for a transfer invoice.
 */
function peopleStatusOf(document: ExportDocument, today: string, labels: DocumentLabels): { status: string; reference: string } {
  const status = paymentStatusOf(document, today);
  const reference = document.structuredReference ? formatStructuredReference(document.structuredReference) : '';
  if (!status) return { status: '', reference };
  const directDebit = document.kind === DocumentKind.INVOICE && Boolean(document.directDebitMandateReference);
  if (!directDebit || status === PaymentStatus.OVERDUE) return { status: labels.paymentStatus[status], reference };
  if (status === PaymentStatus.OPEN && document.dueDate) {
    return { status: labels.directDebitOn(formatDateBe(document.dueDate)), reference: '' };
  }
  return { status: labels.paymentStatus[status], reference: '' };
}

export function csvRecordForPeople(document: ExportDocument, today: string, labels: DocumentLabels): string[] {
  const { status, reference } = peopleStatusOf(document, today, labels);
  return [
    document.number,
    labels.kindName[document.kind],
    formatDateBe(document.issueDate),
    document.dueDate ? formatDateBe(document.dueDate) : '',
    document.contractNumber ?? '',
    document.batchNumber ?? '',
    decimalComma(document.netCents),
    decimalComma(document.vatCents),
    decimalComma(document.totalCents),
    status,
    reference,
  ].map(asSpreadsheetText);
}

/** The CSV for people, streamed to `out` like the machine format. */
export async function writeDocumentsCsvForPeople(
  chunks: AsyncIterable<readonly ExportDocument[]>,
  today: string,
  labels: DocumentLabels,
  out: Writable,
): Promise<void> {
  async function* rows(): AsyncGenerator<string[]> {
    yield [...labels.exportColumns];
    yield* records(chunks, (d) => csvRecordForPeople(d, today, labels));
  }
  await pipeline(Readable.from(rows()), stringify(PEOPLE_CSV_OPTIONS), out);
}

/** The CSV as a readable stream (used as a ZIP entry by the accountant pack). */
export function documentsCsv(chunks: AsyncIterable<readonly ExportDocument[]>, today: string): Readable {
  const rows = Readable.from(records(chunks, (d) => csvRecord(d, today)));
  const stringifier = stringify(CSV_OPTIONS);
  rows.on('error', (error) => stringifier.destroy(error));
  return rows.pipe(stringifier);
}

/** Streams the CSV to `out` and ends it; pipeline applies back-pressure both ways and cleans up on a closed connection. */
export async function writeDocumentsCsv(chunks: AsyncIterable<readonly ExportDocument[]>, today: string, out: Writable): Promise<void> {
  await pipeline(Readable.from(records(chunks, (d) => csvRecord(d, today))), stringify(CSV_OPTIONS), out);
}

const EURO_FORMAT = '#,##0.00 "€"';
const DATE_FORMAT = 'dd/mm/yyyy';
const asDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** XLSX is for people: headers, kinds and statuses in the user's language, real numbers and dates. */
export async function writeDocumentsXlsx(
  chunks: AsyncIterable<readonly ExportDocument[]>,
  today: string,
  labels: DocumentLabels,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Customer Corner';
  const sheet = workbook.addWorksheet('Documents', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { width: 18 },
    { width: 20 },
    { width: 12, style: { numFmt: DATE_FORMAT } },
    { width: 12, style: { numFmt: DATE_FORMAT } },
    { width: 14 },
    { width: 12 },
    { width: 14, style: { numFmt: EURO_FORMAT } },
    { width: 12, style: { numFmt: EURO_FORMAT } },
    { width: 14, style: { numFmt: EURO_FORMAT } },
    { width: 14 },
    { width: 24 },
  ];
  const header = sheet.addRow([...labels.exportColumns]);
  header.font = { bold: true };
  header.commit();
  let rowsSinceCheck = 0;
  for await (const chunk of chunks) {
    for (const document of chunk) {
      const { status, reference } = peopleStatusOf(document, today, labels);
      sheet
        .addRow([
          document.number,
          labels.kindName[document.kind],
          asDate(document.issueDate),
          asDate(document.dueDate),
          document.contractNumber ?? null,
          document.batchNumber ?? null,
          document.netCents / 100,
          document.vatCents / 100,
          document.totalCents / 100,
          status || null,
          reference || null,
        ])
        .commit();
      rowsSinceCheck += 1;
    }
    if (rowsSinceCheck > 0) await xlsxBackPressure(sheet, out);
    rowsSinceCheck = 0;
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * exceljs writes rows into its own buffer and pipes it into the zip entry without ever looking at
 * write()'s answer, then the zip into `out`. The entry's input (a PassThrough archiver puts in front of
 * the deflater) does fill up, though, when the deflater or the client cannot keep up: wait for it.
 */
async function xlsxBackPressure(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  // exceljs 4 bundles archiver 5, whose streams come from readable-stream 3: read its state directly.
  const entry = (sheet as unknown as { stream?: { pipes?: (EventEmitter & { _writableState?: { needDrain?: boolean } })[] } }).stream
    ?.pipes?.[0];
  if (entry?._writableState?.needDrain) await drained(entry, out);
  if (out.writableNeedDrain) await drained(out);
}

/** Resolves when `stream` drains; rejects if `client` closes first (the client went away). */
export async function drained(stream: EventEmitter, client: EventEmitter = stream): Promise<void> {
  const abort = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: abort.signal }),
      once(client, 'close', { signal: abort.signal }).then(() => {
        throw new ClientGone();
      }),
    ]);
  } finally {
    abort.abort();
  }
}

/** The client closed the connection before the download ended: stop producing, nothing to report. */
export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection');
    this.name = 'ClientGone';
  }
}
