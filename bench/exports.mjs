// Document exports benchmark (issue #5, DOC-4): 100 000 invoices exported as CSV and XLSX through the
// gateway's streaming code (keyset chunks read from SQLite, written with back-pressure), each beside
// its library's bare floor (the same rows written by csv-stringify / exceljs alone, no database), and
// PDF invoices rendered per second. Every measurement runs in a child process of its own, so its
// peak RSS (getrusage maxrss) is its own. Run: `node bench/exports.mjs` (builds the gateway first
// unless BENCH_SKIP_BUILD=1; BENCH_ROWS and BENCH_PDFS change the sizes).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { pnpm, root } from '../scripts/workspace.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const PDFS = Number(process.env.BENCH_PDFS ?? 500);
const TODAY = '2026-11-26';
const dist = join(root, 'gateway', 'dist', 'src');
const require = createRequire(join(root, 'gateway', 'package.json'));
// Decorator metadata first, as main.ts does.
require('reflect-metadata');
const gateway = (path) => require(join(dist, path));

/** A client that reads as fast as it can and keeps nothing. */
function sink() {
  let bytes = 0;
  const out = new Writable({
    write(chunk, _encoding, callback) {
      bytes += chunk.length;
      callback();
    },
  });
  return { out, bytes: () => bytes };
}

/** The same row the CSV export writes, made in memory: the floor's input. */
function invoiceRow(i) {
  const number = `INV-${String(i).padStart(7, '0')}`;
  return {
    number,
    kind: 'INVOICE',
    issueDate: '2026-11-20',
    dueDate: '2026-12-01',
    contractNumber: `LC-${1000 + (i % 500)}`,
    batchNumber: 'B2026-11',
    netCents: 86_385,
    vatCents: 18_141,
    totalCents: 104_526,
    paidOn: i % 3 === 0 ? '2026-11-25' : null,
    structuredReference: '002026000301',
  };
}

async function openBenchOrm(path) {
  const { openDatabase } = gateway('app/database.js');
  return openDatabase({ kind: 'sqlite', path });
}

async function seed(path) {
  const { openDatabase, migrate } = gateway('app/database.js');
  const { IngestionService } = gateway('modules/integration/ingestion.service.js');
  const { Document } = gateway('modules/documents/document.entity.js');
  const { Customer } = gateway('modules/customers/customer.entity.js');
  const orm = await openDatabase({ kind: 'sqlite', path });
  await migrate(orm);
  await new IngestionService(orm, { now: () => new Date(`${TODAY}T10:00:00Z`) }).ingest({
    customers: [
      {
        upstreamId: 'BENCH',
        customerNumber: '10000001',
        name: 'Atelier Lambert',
        legalForm: 'SRL',
        enterpriseNumber: '0403170701',
        vatNumber: 'BE0403170701',
        registeredOffice: { street: 'Rue de la Station 12', postalCode: '4000', city: 'Liège', country: 'BE' },
        language: 'fr',
      },
    ],
  });
  const em = orm.em.fork();
  const customer = await em.findOneOrFail(Customer, { customerNumber: '10000001' });
  const now = new Date();
  for (let start = 0; start < ROWS; start += 1_000) {
    const rows = [];
    for (let i = start; i < Math.min(ROWS, start + 1_000); i += 1) {
      const row = invoiceRow(i);
      // spread over a year of issue dates, newest first in the export
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 11)).padStart(2, '0');
      rows.push({
        ...row,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        upstreamId: `BENCH-${i}`,
        customer: customer.id,
        issueDate: `2026-${month}-${day}`,
        currency: 'EUR',
        createdAt: now,
        updatedAt: now,
      });
    }
    await em.insertMany(Document, rows);
  }
  await orm.close(true);
}

const scenarios = {
  async 'csv-stream'(path) {
    const orm = await openBenchOrm(path);
    const { DocumentService } = gateway('modules/documents/document.service.js');
    const { writeDocumentsCsv } = gateway('modules/documents/document-export.js');
    const { Customer } = gateway('modules/customers/customer.entity.js');
    const em = orm.em.fork();
    const customer = await em.findOneOrFail(Customer, { customerNumber: '10000001' });
    const documents = new DocumentService(em);
    const where = documents.filterFor(customer.id, TODAY, { issuedFrom: '2000-01-01' });
    const client = sink();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await writeDocumentsCsv(documents.rowChunks(where), TODAY, client.out);
    return { rows: ROWS, ms: performance.now() - started, bytes: client.bytes(), rssBefore: before };
  },
  async 'csv-floor'() {
    const { stringify } = require('csv-stringify');
    const { pipeline } = await import('node:stream/promises');
    const { Readable } = await import('node:stream');
    const { csvRecord, CSV_OPTIONS } = gateway('modules/documents/document-export.js');
    const client = sink();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await pipeline(
      Readable.from(
        (function* () {
          for (let i = 0; i < ROWS; i += 1) yield csvRecord(invoiceRow(i), TODAY);
        })(),
      ),
      stringify(CSV_OPTIONS),
      client.out,
    );
    return { rows: ROWS, ms: performance.now() - started, bytes: client.bytes(), rssBefore: before };
  },
  async 'xlsx-stream'(path) {
    const orm = await openBenchOrm(path);
    const { DocumentService } = gateway('modules/documents/document.service.js');
    const { writeDocumentsXlsx } = gateway('modules/documents/document-export.js');
    const { labelsFor } = gateway('modules/documents/document-labels.js');
    const { Customer } = gateway('modules/customers/customer.entity.js');
    const em = orm.em.fork();
    const customer = await em.findOneOrFail(Customer, { customerNumber: '10000001' });
    const documents = new DocumentService(em);
    const where = documents.filterFor(customer.id, TODAY, { issuedFrom: '2000-01-01' });
    const client = sink();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await writeDocumentsXlsx(documents.rowChunks(where), TODAY, labelsFor('fr'), client.out);
    return { rows: ROWS, ms: performance.now() - started, bytes: client.bytes(), rssBefore: before };
  },
  async 'xlsx-floor'() {
    const ExcelJS = require('exceljs');
    const client = sink();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: client.out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Documents');
    for (let i = 0; i < ROWS; i += 1) {
      const r = invoiceRow(i);
      sheet
        .addRow([
          r.number,
          'Facture',
          new Date(`${r.issueDate}T00:00:00Z`),
          new Date(`${r.dueDate}T00:00:00Z`),
          r.contractNumber,
          r.batchNumber,
          863.85,
          181.41,
          1045.26,
          'Ouverte',
          '+++002/0260/00301+++',
        ])
        .commit();
    }
    sheet.commit();
    await workbook.commit();
    return { rows: ROWS, ms: performance.now() - started, bytes: client.bytes(), rssBefore: before };
  },
  async pdf() {
    const { renderDocumentPdf } = gateway('modules/documents/document-pdf.js');
    const { pdfToBuffer } = gateway('modules/documents/pdf-layout.js');
    const buyer = {
      name: 'Atelier Lambert SRL',
      customerNumber: '10000001',
      enterpriseNumber: '0403170701',
      vatNumber: 'BE0403170701',
      address: { street: 'Quai de la Batte 3', postalCode: '4020', city: 'Liège', country: 'BE' },
      language: 'fr',
    };
    let bytes = 0;
    const before = process.memoryUsage().rss;
    const started = performance.now();
    for (let i = 0; i < PDFS; i += 1) {
      const row = invoiceRow(i);
      const pdf = await pdfToBuffer(
        renderDocumentPdf({
          ...row,
          id: String(i),
          buyer,
          creditedDocumentNumber: null,
          lines: [
            {
              position: 1,
              description: `Installment — ${row.number}`,
              quantity: '1',
              unitPriceCents: 86_385,
              vatRatePercent: '21',
              netCents: 86_385,
              vatCents: 18_141,
            },
          ],
        }),
      );
      bytes += pdf.length;
    }
    return { rows: PDFS, ms: performance.now() - started, bytes, rssBefore: before };
  },
};

async function child(name, path) {
  const result = await scenarios[name](path);
  // ru_maxrss is in kilobytes on Linux: the peak of this process alone.
  process.stdout.write(JSON.stringify({ ...result, peakRss: process.resourceUsage().maxRSS * 1024 }));
  process.exit(0);
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) pnpm(['--filter', '@customer-corner/gateway', 'build']);
  // BENCH_DB=/path/bench.sqlite keeps the seeded database for the next run (it must hold BENCH_ROWS rows).
  const kept = process.env.BENCH_DB;
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'cc-bench-exports-'));
  const path = kept ?? join(dir, 'bench.sqlite');
  try {
    let started = performance.now();
    if (!kept || !existsSync(kept)) {
      await seed(path);
      console.log(
        `seeded ${ROWS.toLocaleString('en')} invoices in ${((performance.now() - started) / 1000).toFixed(1)} s (SQLite, ${path})\n`,
      );
    }
    const self = fileURLToPath(import.meta.url);
    const results = {};
    for (const name of Object.keys(scenarios)) {
      started = performance.now();
      const output = execFileSync(process.execPath, [self, '--scenario', name, path], { env: process.env, maxBuffer: 1 << 20 });
      results[name] = JSON.parse(output.toString());
    }
    const line = (label, r, unit) =>
      `${label.padEnd(34)}${String(Math.round((r.rows / r.ms) * 1000).toLocaleString('en')).padStart(12)} ${unit.padEnd(10)}` +
      `${(r.ms / 1000).toFixed(2).padStart(8)} s${mb(r.rssBefore).padStart(12)}${mb(r.peakRss).padStart(12)}${mb(r.bytes).padStart(12)}`;
    console.log(
      `${'scenario'.padEnd(34)}${'rate'.padStart(12)} ${''.padEnd(10)}${'time'.padStart(10)}${'RSS before'.padStart(12)}${'peak RSS'.padStart(12)}${'output'.padStart(12)}`,
    );
    console.log(line('CSV, gateway stream (SQLite)', results['csv-stream'], 'rows/s'));
    console.log(line('CSV, csv-stringify alone', results['csv-floor'], 'rows/s'));
    console.log(line('XLSX, gateway stream (SQLite)', results['xlsx-stream'], 'rows/s'));
    console.log(line('XLSX, exceljs WorkbookWriter alone', results['xlsx-floor'], 'rows/s'));
    console.log(line(`PDF invoices (${PDFS}, pdfkit)`, results.pdf, 'PDFs/s'));
    const ratio = (a, b) => (results[a].rows / results[a].ms / (results[b].rows / results[b].ms)).toFixed(2);
    console.log(`\nstream / floor: CSV ${ratio('csv-stream', 'csv-floor')}, XLSX ${ratio('xlsx-stream', 'xlsx-floor')}`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--scenario');
if (at > 0) await child(process.argv[at + 1], process.argv[at + 2]);
else await main();
