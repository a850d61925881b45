import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, provisionAtelierAdministrator } from '../test/identity-fixtures';
import type { HttpClient } from '../test/http-client';
import { startTestGateway, type TestGateway } from '../test/test-gateway';
import { Contract } from './contracts';
import { Document } from './documents';

/**
 * Issue #11 §4: each input the attacker's generator found answering 500 or INTERNAL_SERVER_ERROR
 * now answers a clear code and changes nothing. Today is 2026-11-26.
 */
let t: TestGateway;
let admin: HttpClient;
let base: string;
const id: Record<string, string> = {};
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

async function get(path: string, as: HttpClient | null = admin) {
  const cookie = as ? [...as.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text, json: () => JSON.parse(text) as unknown };
}

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  const atelier = await provisionAtelierAdministrator(t);
  admin = await t.client();
  base = admin.base;
  expect((await activate(admin, atelier.loginId, atelier.temporaryPassword)).errors).toBeUndefined();
  for (const document of await t.orm.em.fork().find(Document, {})) id[document.number] = document.id;
});
afterAll(async () => t.close());

const CONTROL_CHARACTER = { error: { code: 'BAD_USER_INPUT', message: 'The address contains a character that is not allowed' } };

describe('control characters and ids at the HTTP edge (#11 §4, X-5)', () => {
  it.each([
    ['/documents/%00/pdf'],
    ['/documents/{INV-2026-0002}%00/ubl'],
    ['/batches/B2026-11%00/zip'],
    ['/documents/export.csv?search=%00'],
    ['/documents/export.csv?search=abc%07'],
    ['/attachments/%1B%5B31m'],
  ])('%s answers 400 BAD_USER_INPUT in JSON', async (template) => {
    const path = template.replace(/\{([^}]+)\}/, (_m, number: string) => id[number]!);
    const answer = await get(path);
    expect([answer.status, answer.type]).toEqual([400, 'application/json; charset=utf-8']);
    expect(answer.json()).toEqual(CONTROL_CHARACTER);
  });

  it('a malformed :id answers exactly like an unknown id (X-4)', async () => {
    const malformed = await get(`/documents/not-an-id'--/pdf`);
    const unknown = await get('/documents/00000000-0000-4000-8000-000000000009/pdf');
    expect(malformed.status).toBe(404);
    expect(malformed.text).toBe(unknown.text);
  });

  it('a statement of 0001-01-01 (or 2200-01-01) is refused with DATE_INVALID; 1900-01-01 is the earliest date', async () => {
    for (const date of ['0001-01-01', '0000-12-31', '1899-12-31']) {
      const answer = await get(`/statement.pdf?date=${date}`);
      expect(answer.status).toBe(400);
      expect(answer.json()).toEqual({
        error: {
          code: 'BAD_USER_INPUT',
          message: 'The date is not valid',
          fields: [{ field: 'date', code: 'DATE_INVALID', message: 'Use a date like 2026-01-31' }],
        },
      });
    }
    const earliest = await get('/statement.pdf?date=1900-01-01');
    expect([earliest.status, earliest.type]).toEqual([200, 'application/pdf']);
  });
});

describe('control characters, cursors and persisted queries in GraphQL (#11 §4, X-5)', () => {
  it('batch(number: "\\u0000B2026") answers BAD_USER_INPUT CONTROL_CHARACTER for that argument', async () => {
    const answer = await admin.gql(`query($n: String!) { batch(number: $n) { number } }`, { n: '\u0000B2026' });
    expect(answer).toEqual({
      data: null,
      errors: [
        {
          message: 'Some arguments are not valid',
          locations: [{ line: 1, column: 22 }],
          path: ['batch'],
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'number', code: 'CONTROL_CHARACTER', message: 'Contains a control character (such as NUL), which is not allowed' },
            ],
          },
        },
      ],
    });
  });

  it('a NUL deep in an input object is refused with its path, and nothing is written', async () => {
    const before = await t.orm.em.fork().count(Contract, {});
    const answer = await admin.gql(`mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }`, {
      i: { idempotencyKey: 'k-1', type: 'OTHER', message: 'Bonjour\u0000' },
    });
    expect(answer.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.message', code: 'CONTROL_CHARACTER', message: 'Contains a control character (such as NUL), which is not allowed' },
      ],
    });
    expect(
      (await admin.gql<{ changeRequests: { totalCount: number } }>(`{ changeRequests { totalCount } }`)).data!.changeRequests.totalCount,
    ).toBe(0);
    expect(await t.orm.em.fork().count(Contract, {})).toBe(before);
  });

  it.each([
    ['auditLog', `query($a: String) { auditLog(after: $a) { totalCount } }`, b64('["abc","x"]')],
    ['changeRequests', `query($a: String) { changeRequests(after: $a) { totalCount } }`, b64('[1e400,"x"]')],
    ['documents', `query($a: String) { documents(after: $a) { totalCount } }`, b64('[12,"00000000-0000-4000-8000-000000000001"]')],
    [
      'contracts by amount',
      `query($a: String) { contracts(after: $a, sort: { field: PERIODIC_AMOUNT, direction: ASC }) { totalCount } }`,
      b64('["LC-1001","00000000-0000-4000-8000-000000000001"]'),
    ],
    ['batches', `query($a: String) { batches(after: $a) { totalCount } }`, b64('["2026-13-45","B2026-11"]')],
  ])('%s: a cursor whose key is not what the list sorts by answers CURSOR_INVALID', async (_name, query, after) => {
    const answer = await admin.gql(query, { a: after });
    expect(answer.errors?.map((e) => e.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', fields: [{ field: 'after', code: 'CURSOR_INVALID', message: 'Use a cursor returned by this list' }] },
    ]);
  });

  it('a cursor the list gave still opens the next page', async () => {
    const first = await admin.gql<{ documents: { nodes: { number: string }[]; pageInfo: { endCursor: string } } }>(
      `{ documents(first: 2) { nodes { number } pageInfo { endCursor } } }`,
    );
    const next = await admin.gql<{ documents: { nodes: { number: string }[] } }>(
      `query($a: String) { documents(first: 2, after: $a) { nodes { number } } }`,
      { a: first.data!.documents.pageInfo.endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.documents.nodes.map((n) => n.number)).not.toContain(first.data!.documents.nodes[0]!.number);
  });

  it('a persisted-query hash answers PERSISTED_QUERY_NOT_SUPPORTED (nothing uses them), not INTERNAL_SERVER_ERROR', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(200);
    expect(body).toEqual({ errors: [{ message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }] });
  });
});

describe('a stored contract the amortization engine refuses (#11 §4)', () => {
  it('answers a coded error for that field only (the contracts module names the field), and a coded answer for its table PDF', async () => {
    await t.orm.em.fork().nativeUpdate(Contract, { contractNumber: 'LC-1001' }, { financedAmountCents: 0 });
    const answer = await admin.gql<{ contractByNumber: { contractNumber: string; amortizationTable: unknown } }>(
      `{ contractByNumber(number: "LC-1001") { contractNumber amortizationTable { regularInstallmentCents } } }`,
    );
    expect(answer.data).toEqual({ contractByNumber: { contractNumber: 'LC-1001', amortizationTable: null } });
    expect(answer.errors).toEqual([
      {
        message:
          'The terms of contract LC-1001 do not allow an amortization table: financedAmountCents: Financed amount must be a positive integer number of cents',
        locations: [{ line: 1, column: 56 }],
        path: ['contractByNumber', 'amortizationTable'],
        extensions: {
          code: 'CONFLICT',
          reason: 'AMORTIZATION_TERMS_INVALID',
          fields: [
            {
              field: 'financedAmountCents',
              code: 'SCHEDULE_AMOUNT_INVALID',
              message: 'Financed amount must be a positive integer number of cents',
            },
          ],
        },
      },
    ]);
    const pdf = await get(`/documents/${id['AT-LC-1001']}/pdf`);
    expect(pdf.status).toBe(409);
    expect(pdf.json()).toEqual({
      error: {
        code: 'CONFLICT',
        message:
          'The terms of contract LC-1001 do not allow an amortization table: financedAmountCents: Financed amount must be a positive integer number of cents',
        fields: [
          {
            field: 'financedAmountCents',
            code: 'SCHEDULE_AMOUNT_INVALID',
            message: 'Financed amount must be a positive integer number of cents',
          },
        ],
      },
    });
  });
});
