import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { Customer } from '../customers';
import { writeDocumentsCsv, writeDocumentsXlsx, type ExportDocument } from './document-export';
import { labelsFor } from './document-labels';
import { DocumentKind } from './document.enums';
import { DocumentService } from './document.service';
import { ZipWriter } from './zip-writer';

/** DOC-4: exports read the database in keyset chunks and never run ahead of a slow client. */
let t: TestGateway;
let customerId: string;

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  await t.ingest({
    customers: [
      {
        upstreamId: 'CUST-BULK',
        customerNumber: '10000099',
        name: 'Transports Dubois',
        enterpriseNumber: '0403170701',
        registeredOffice: { street: 'Rue Haute 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
        language: 'fr',
      },
    ],
    // 25 invoices on 3 issue dates: the keyset must break the ties by id.
    invoices: Array.from({ length: 25 }, (_, i) => ({
      upstreamId: `BULK-${i}`,
      customerUpstreamId: 'CUST-BULK',
      kind: 'INVOICE',
      number: `BULK-${String(i).padStart(4, '0')}`,
      issueDate: ['2026-09-01', '2026-10-01', '2026-11-01'][i % 3],
      dueDate: '2026-12-31',
      netCents: 1_000 + i,
      vatCents: 0,
      totalCents: 1_000 + i,
      lines: [
        {
          description: 'Fee',
          quantity: '1',
          unitPriceCents: 1_000 + i,
          vatRatePercent: '0',
          vatCategory: 'Z',
          netCents: 1_000 + i,
          vatCents: 0,
        },
      ],
    })),
  });
  customerId = (await t.orm.em.fork().findOneOrFail(Customer, { customerNumber: '10000099' })).id;
});
afterAll(async () => t.close());

describe('keyset chunks (DOC-4)', () => {
  it('reads every matching document once, newest first, a chunk at a time', async () => {
    const documents = new DocumentService(t.orm.em.fork());
    const where = documents.filterFor(customerId, '2026-11-26', {});
    const chunks: { number: string; issueDate: string; id: string }[][] = [];
    for await (const chunk of documents.chunks(where, 10))
      chunks.push(chunk.map((d) => ({ number: d.number, issueDate: d.issueDate, id: d.id })));
    expect(chunks.map((c) => c.length)).toEqual([10, 10, 5]);
    const all = chunks.flat();
    expect(new Set(all.map((d) => d.number)).size).toBe(25);
    const sorted = [...all].sort((a, b) =>
      a.issueDate === b.issueDate ? b.id.localeCompare(a.id) : b.issueDate.localeCompare(a.issueDate),
    );
    expect(all).toEqual(sorted);
    expect(all.filter((d) => d.issueDate === '2026-11-01')).toHaveLength(8);
  });

  it('reads the same rows as plain values for CSV and XLSX, cents as numbers on every database', async () => {
    const documents = new DocumentService(t.orm.em.fork());
    const where = documents.filterFor(customerId, '2026-11-26', {});
    const entities: string[] = [];
    for await (const chunk of documents.chunks(where, 10)) entities.push(...chunk.map((d) => d.id));
    const sizes: number[] = [];
    const rows: { id: string; totalCents: number; number: string }[] = [];
    for await (const chunk of documents.rowChunks(where, 10)) {
      sizes.push(chunk.length);
      rows.push(...chunk);
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(rows.map((r) => r.id)).toEqual(entities);
    expect(rows.find((r) => r.number === 'BULK-0024')).toEqual({
      id: expect.any(String),
      number: 'BULK-0024',
      kind: 'INVOICE',
      issueDate: '2026-09-01',
      dueDate: '2026-12-31',
      contractNumber: null,
      batchNumber: null,
      netCents: 1_024,
      vatCents: 0,
      totalCents: 1_024,
      paidOn: null,
      structuredReference: null,
      directDebitMandateReference: null,
    });
  });

  it('reads in the opposite order too (statements list oldest first)', async () => {
    const documents = new DocumentService(t.orm.em.fork());
    const where = documents.filterFor(customerId, '2026-11-26', {});
    const dates: string[] = [];
    for await (const chunk of documents.chunks(where, 7, 'asc')) dates.push(...chunk.map((d) => d.issueDate));
    expect(dates).toHaveLength(25);
    expect(dates[0]).toBe('2026-09-01');
    expect(dates.at(-1)).toBe('2026-11-01');
  });
});

/** A client that reads nothing until told to: its buffer fills after `highWaterMark` bytes. */
function stalledClient() {
  const pending: (() => void)[] = [];
  let bytes = 0;
  const out = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      pending.push(callback);
    },
  });
  return {
    out,
    bytes: () => bytes,
    release() {
      out._write = (chunk: Buffer, _encoding, callback) => {
        bytes += chunk.length;
        callback();
      };
      for (const callback of pending.splice(0)) callback();
    },
  };
}

/** 100 chunks of 1 000 rows, counting how many were pulled. */
function countedChunks() {
  const state = { pulled: 0 };
  async function* chunks(): AsyncGenerator<ExportDocument[]> {
    for (let c = 0; c < 100; c += 1) {
      state.pulled += 1;
      yield Array.from({ length: 1_000 }, (_, i) => ({
        number: `INV-${c}-${i}`,
        kind: DocumentKind.INVOICE,
        issueDate: '2026-11-20',
        dueDate: '2026-12-01',
        contractNumber: 'LC-1001',
        batchNumber: 'B2026-11',
        netCents: 86_385,
        vatCents: 18_141,
        totalCents: 104_526,
        paidOn: null,
        structuredReference: '002026000301',
        directDebitMandateReference: null,
      }));
    }
  }
  return { state, chunks: chunks() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('back-pressure (DOC-4: 100 000 rows never in memory at once)', () => {
  it('stops reading rows for the CSV while the client does not read', async () => {
    const client = stalledClient();
    const { state, chunks } = countedChunks();
    const done = writeDocumentsCsv(chunks, '2026-11-26', client.out);
    await settle();
    // a chunk is ~120 kB of CSV: with the client stalled, at most a couple are in flight
    expect(state.pulled).toBeLessThanOrEqual(3);
    client.release();
    await done;
    expect(state.pulled).toBe(100);
    expect(client.bytes()).toBeGreaterThan(100_000 * 100);
  });

  it('stops reading rows for the XLSX while the client does not read', async () => {
    const client = stalledClient();
    const { state, chunks } = countedChunks();
    const done = writeDocumentsXlsx(chunks, '2026-11-26', labelsFor('fr'), client.out);
    await settle();
    expect(state.pulled).toBeLessThanOrEqual(3);
    client.release();
    await done;
    expect(state.pulled).toBe(100);
    // 100 000 rows of XLSX take 8–20 s of CPU depending on the machine's load: this checks back-pressure, not speed.
  }, 120_000);

  it('adds no ZIP entry while the client does not read', async () => {
    const client = stalledClient();
    const zip = new ZipWriter(client.out, new Date('2026-11-26T12:00:00Z'));
    let added = 0;
    const done = (async () => {
      for (let i = 0; i < 50; i += 1) {
        await zip.add(`file-${i}.bin`, Buffer.alloc(64 * 1024, i), { store: true });
        added += 1;
      }
      await zip.finish();
    })();
    await settle();
    // ~256 kB on each side of archiver plus the client's 16 kB: a handful of 64 kB entries, not 50
    expect(added).toBeLessThanOrEqual(12);
    client.release();
    await done;
    expect(added).toBe(50);
  });
});
