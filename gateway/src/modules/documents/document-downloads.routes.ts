import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import { CoreValidationError } from '../../core/core-error';
import { customerScopeOf, type Principal } from '../../platform/auth/principal';
import { todayOf } from '../../platform/clock';
import { DomainError, notFound } from '../../platform/errors';
import { sendDomainError } from '../../platform/http/http-errors';
import { signedInCaller } from '../../platform/http/route-auth';
import { inlinePageCsp } from '../../platform/http/security-headers';
import { INPUT_DATE_RANGE } from '../../platform/input-checks';
import type { RouteContext, RouteMount } from '../../platform/http/route-mount';
import { contentDisposition } from '../../platform/http/content-disposition';
import {
  ClientGone,
  documentsCsv,
  writeDocumentsCsv,
  writeDocumentsCsvForPeople,
  writeDocumentsXlsx,
  type CsvFormat,
} from './document-export';
import { writeAmortizationCsv, writeAmortizationCsvForPeople, writeAmortizationXlsx } from './amortization-export';
import { documentFilterFromQuery, periodFromQuery, statementDateFromQuery } from './document-filter-query';
import { LoginDirectory } from '../identity';
import { documentLanguageOf, labelsFor, type DocumentLanguage } from './document-labels';
import { renderDocumentPdf } from './document-pdf';
import { DocumentKind } from './document.enums';
import { DocumentService } from './document.service';
import { pdfToBuffer } from './pdf-layout';
import { renderPeppolUbl } from './peppol-ubl';
import { PRINT_VIEW_STYLE, renderPrintView } from './print-view';
import { PrintableDocuments, type PrintableDocument } from './printable-document';
import { renderStatementPdf, statementPeriodOf } from './statement-pdf';
import { ZipWriter } from './zip-writer';
import { isDatabaseUnavailable } from '../../platform/db/database-unavailable';
import { sendServiceUnavailable } from '../../platform/service-unavailable';

/**
 * DOC-3…DOC-8 downloads beside /graphql. Each request authenticates exactly like /graphql (session
 * cookie or partner token), is scoped to the caller's customer and is a read: viewers may
 * download. Errors are JSON with the GraphQL error codes (API-3): 401 without a principal, 404 alike
 * for an unknown id and another customer's id, 400 for a bad filter. Exports stream (DOC-4).
 */
interface Scope {
  em: EntityManager;
  customerId: string;
  today: string;
  documents: DocumentService;
  printable: PrintableDocuments;
  /**
   * The language of the exports for people (issue #12 §5, PRO-6): a signed-in user's own language,
   * as on the portal's screens; a partner's integration token has no person behind it, so it gets
   * the customer's correspondence language. Documents addressed to the company (invoice, credit note
   * and amortization table PDFs, the statement of account) stay in the correspondence language.
   */
  peopleLanguage: () => Promise<DocumentLanguage>;
}

type Handler = (req: Request, res: Response, scope: Scope) => Promise<void>;

/** No script may run in the print view, it loads nothing from anywhere, and nobody may frame it. */
const PRINT_VIEW_CSP = inlinePageCsp({ styles: [PRINT_VIEW_STYLE], images: ["'self'", 'data:'] });

function csvFormatFromQuery(query: Request['query']): CsvFormat {
  const format = query.format;
  if (format === undefined || format === '' || format === 'people') return 'people';
  if (format === 'data') return 'data';
  throw new DomainError('BAD_USER_INPUT', 'The export format is not valid', {
    fields: [{ field: 'format', code: 'FORMAT_INVALID', message: 'Use data (the machine format) or leave it out (the format for people)' }],
  });
}

export const documentDownloadRoutes: RouteMount = (app, context) => {
  const get = (path: string, handler: Handler) => app.get(path, (req, res) => serve(context, req, res, handler));

  get('/documents/print/:id', async (req, res, { printable }) => {
    const html = renderPrintView(await printable.byId(String(req.params.id)));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', PRINT_VIEW_CSP);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(html);
  });

  // Issue #12 §5: for people by default (the portal's link); ?format=data is the machine format partners import.
  get('/documents/export.csv', async (req, res, { documents, customerId, today, peopleLanguage }) => {
    const format = csvFormatFromQuery(req.query);
    const where = documents.filterFor(customerId, today, documentFilterFromQuery(req.query));
    const labels = format === 'people' ? labelsFor(await peopleLanguage()) : null;
    startDownload(res, 'text/csv; charset=utf-8', `documents-${today}.csv`);
    if (labels) await writeDocumentsCsvForPeople(documents.rowChunks(where), today, labels, res);
    else await writeDocumentsCsv(documents.rowChunks(where), today, res);
  });

  get('/documents/export.xlsx', async (req, res, { documents, customerId, today, peopleLanguage }) => {
    const where = documents.filterFor(customerId, today, documentFilterFromQuery(req.query));
    const labels = labelsFor(await peopleLanguage());
    startDownload(res, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `documents-${today}.xlsx`);
    await writeDocumentsXlsx(documents.rowChunks(where), today, labels, res);
  });

  get('/documents/export.zip', async (req, res, scope) => {
    const where = scope.documents.filterFor(scope.customerId, scope.today, documentFilterFromQuery(req.query));
    startDownload(res, 'application/zip', `documents-${scope.today}.zip`);
    const zip = new ZipWriter(res, zipDate(scope.today));
    await addPdfs(zip, scope, where, '');
    await zip.finish();
  });

  get('/documents/accountant-pack.zip', async (req, res, scope) => {
    const { from, to } = periodFromQuery(req.query);
    const where = scope.documents.filterFor(scope.customerId, scope.today, { issuedFrom: from, issuedTo: to });
    startDownload(res, 'application/zip', `accountant-pack-${from}_${to}.zip`);
    const zip = new ZipWriter(res, zipDate(scope.today));
    await zip.add('ledger.csv', documentsCsv(scope.documents.rowChunks(where), scope.today));
    await addPdfs(zip, scope, where, 'pdf/', 'ubl/');
    await zip.finish();
  });

  get('/documents/:id/pdf', async (req, res, { printable }) => {
    const document = await printable.byId(String(req.params.id));
    const attachment = req.query.download === '1' || req.query.download === 'true';
    const pdf = renderDocumentPdf(document);
    startDownload(res, 'application/pdf', `${document.number}.pdf`, attachment ? 'attachment' : 'inline');
    await pipeline(pdf, res);
  });

  get('/documents/:id/ubl', async (req, res, { printable }) => {
    const document = await printable.byId(String(req.params.id));
    if (document.kind === DocumentKind.AMORTIZATION_TABLE) {
      throw new DomainError('NOT_FOUND', 'Amortization tables have no UBL file: only invoices and credit notes do');
    }
    const xml = renderPeppolUbl(document);
    startDownload(res, 'application/xml; charset=utf-8', `${document.number}.xml`);
    res.send(xml);
  });

  get('/batches/:number/zip', async (req, res, scope) => {
    const batchNumber = String(req.params.number).trim();
    // Every document of the run, whatever its date (the 12-month default of lists does not apply):
    // from the earliest date a filter accepts.
    const where = scope.documents.filterFor(scope.customerId, scope.today, { issuedFrom: INPUT_DATE_RANGE.min, batchNumber });
    if ((await scope.documents.count(where)) === 0) throw notFound('Batch');
    startDownload(res, 'application/zip', `batch-${batchNumber}.zip`);
    const zip = new ZipWriter(res, zipDate(scope.today));
    await addPdfs(zip, scope, where, '');
    await zip.finish();
  });

  // Issue #19 §6 (CON-4): one contract's amortization table from its own screen, by contract number.
  get('/contracts/:number/amortization.pdf', async (req, res, { printable, today }) => {
    const document = await printable.amortizationTableOfContract(String(req.params.number), today);
    const attachment = req.query.download === '1' || req.query.download === 'true';
    const pdf = renderDocumentPdf(document);
    startDownload(
      res,
      'application/pdf',
      amortizationFileName(document.contract.contractNumber, 'pdf'),
      attachment ? 'attachment' : 'inline',
    );
    await pipeline(pdf, res);
  });

  get('/contracts/:number/amortization/print', async (req, res, { printable, today }) => {
    const html = renderPrintView(await printable.amortizationTableOfContract(String(req.params.number), today));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', PRINT_VIEW_CSP);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(html);
  });

  get('/contracts/:number/amortization.csv', async (req, res, { printable, today, peopleLanguage }) => {
    const format = csvFormatFromQuery(req.query);
    const { contract, table } = await printable.amortizationTableOfContract(String(req.params.number), today);
    const { contractNumber } = contract;
    const labels = format === 'people' ? labelsFor(await peopleLanguage()) : null;
    startDownload(res, 'text/csv; charset=utf-8', amortizationFileName(contractNumber, 'csv'));
    if (labels) await writeAmortizationCsvForPeople(table, labels, res);
    else await writeAmortizationCsv(contractNumber, table, res);
  });

  get('/contracts/:number/amortization.xlsx', async (req, res, { printable, today, peopleLanguage }) => {
    const { contract, table } = await printable.amortizationTableOfContract(String(req.params.number), today);
    const { contractNumber } = contract;
    const labels = labelsFor(await peopleLanguage());
    startDownload(res, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', amortizationFileName(contractNumber, 'xlsx'));
    await writeAmortizationXlsx(contractNumber, table, labels, res);
  });

  get('/statement.pdf', async (req, res, { documents, customerId, today, printable }) => {
    const date = statementDateFromQuery(req.query, today);
    const buyer = await printable.customer();
    startDownload(res, 'application/pdf', `${labelsFor(buyer.language).statementFileName}-${buyer.customerNumber}-${date}.pdf`, 'inline');
    await renderStatementPdf(documents, customerId, buyer, statementPeriodOf(date), res);
  });
};

async function serve(context: RouteContext, req: Request, res: Response, handler: Handler): Promise<void> {
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  try {
    const em = context.orm.em.fork();
    const principal = await signedInCaller(context, req, em);
    const customerId = customerScopeOf(principal);
    const documents = new DocumentService(em);
    const printable = new PrintableDocuments(em, customerId);
    await handler(req, res, {
      em,
      customerId,
      today: todayOf(context.clock),
      documents,
      printable,
      peopleLanguage: () => peopleLanguageOf(principal, em, printable),
    });
  } catch (error) {
    if (error instanceof ClientGone || (res.headersSent && res.destroyed)) return;
    if (res.headersSent) {
      // Mid-stream: the client must see a broken download, never a complete-looking truncated file.
      context.logger.error('download failed while streaming', { requestId: res.locals.requestId, path: req.path, error: describe(error) });
      res.destroy();
      return;
    }
    if (error instanceof DomainError) {
      sendDomainError(res, error);
      return;
    }
    if (isDatabaseUnavailable(error)) {
      sendServiceUnavailable(res);
      return;
    }
    if (error instanceof CoreValidationError) {
      // Stored data a core refuses (a contract the amortization engine cannot compute): its own code (#11 §4).
      context.logger.warn('stored data refused by a core', { requestId: res.locals.requestId, path: req.path, code: error.code });
      res.status(422).json({
        error: {
          code: 'DATA_INCONSISTENT',
          reason: error.code,
          message: 'This document cannot be produced: its stored data is inconsistent',
        },
      });
      return;
    }
    context.logger.error('download failed', { requestId: res.locals.requestId, path: req.path, error: describe(error) });
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  }
}

async function peopleLanguageOf(principal: Principal, em: EntityManager, printable: PrintableDocuments): Promise<DocumentLanguage> {
  if (principal.kind === 'customer-user') {
    const language = await new LoginDirectory(em).languageOf(principal.customerId, principal.userId);
    if (language) return documentLanguageOf(language);
  }
  return (await printable.customer()).language;
}

const amortizationFileName = (contractNumber: string, extension: string) => `amortization-${contractNumber}.${extension}`;

function startDownload(res: Response, contentType: string, fileName: string, type: 'inline' | 'attachment' = 'attachment'): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', contentDisposition(type, fileName));
}

/** Every PDF (and with `ublFolder`, every UBL file) of the matching documents, one chunk of rows at a time. */
async function addPdfs(
  zip: ZipWriter,
  scope: Scope,
  where: ReturnType<DocumentService['filterFor']>,
  pdfFolder: string,
  ublFolder?: string,
) {
  for await (const chunk of scope.documents.chunks(where)) {
    for (const document of await scope.printable.ofChunk(chunk)) {
      await zip.add(`${pdfFolder}${document.number}.pdf`, await pdfToBuffer(renderDocumentPdf(document)), { store: true });
      if (ublFolder && hasUbl(document)) await zip.add(`${ublFolder}${document.number}.xml`, renderPeppolUbl(document));
    }
  }
}

const hasUbl = (document: PrintableDocument): document is Exclude<PrintableDocument, { kind: DocumentKind.AMORTIZATION_TABLE }> =>
  document.kind !== DocumentKind.AMORTIZATION_TABLE;

/** Entries are dated with the business day of the download (DOS time has no zone: noon avoids a shift). */
const zipDate = (today: string) => new Date(`${today}T12:00:00.000Z`);

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
