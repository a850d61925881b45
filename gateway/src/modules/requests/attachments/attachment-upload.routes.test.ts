import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { base32Decode } from '../../../core/base32';
import { totp } from '../../../core/totp';
import { encryptSecret, hashPassword } from '../../../platform/auth/secrets';
import { TEST_SETTINGS } from '../../../test/test-settings';
import { RateLimitCounter } from '../../../platform/rate-limit.entity';
import type { HttpClient } from '../../../test/http-client';
import { STRONG_PASSWORD, activate, credentialsFromMail, provisionAtelierAdministrator } from '../../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../../test/test-gateway';
import { Customer } from '../../customers';
import { CustomerLogin, StaffAccount } from '../../identity';
import { Attachment } from './attachment.entity';
import {
  download,
  filesUnder,
  jpegFile,
  multipartBody,
  pdfFile,
  pngFile,
  sha256Of,
  upload,
  type UploadPart,
} from './attachment-test-support';

const TEN_MB = 10 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const STAFF_SECRET = base32Decode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');

let t: TestGateway;
let admin: HttpClient;
let viewer: HttpClient;
let peeters: HttpClient;
let staff: HttpClient;
let atelierId: string;
let claireLoginRef: string;

async function newAccess(email: string, profile: 'ADMINISTRATOR' | 'VIEWER', password: string): Promise<HttpClient> {
  const created = await admin.gql(`mutation($input: CreateLoginInput!) { createLogin(input: $input) { loginId } }`, {
    input: { name: 'Marc Dupont', email, profile },
  });
  expect(created.errors).toBeUndefined();
  await t.runWorker();
  const credentials = credentialsFromMail((await t.mails()).find((m) => m.to === email && m.template === 'activation')!.text);
  const client = await t.client();
  expect((await activate(client, credentials.loginId, credentials.temporaryPassword, password)).errors).toBeUndefined();
  return client;
}

async function signedInStaff(): Promise<HttpClient> {
  const em = t.orm.em.fork();
  em.create(StaffAccount, {
    email: 'agent@leasing.example',
    name: 'Nadia Agent',
    role: 'AGENT' as never,
    passwordHash: await hashPassword(STRONG_PASSWORD),
    totpSecretEncrypted: encryptSecret(STAFF_SECRET, TEST_SETTINGS.secretKey),
  });
  await em.flush();
  const client = await t.client();
  await client.gql(`mutation { staffSignIn(input: { email: "agent@leasing.example", password: "${STRONG_PASSWORD}" }) { status } }`);
  const verified = await client.gql<{ verifySecondFactor: { status: string } }>(
    `mutation($code: String!) { verifySecondFactor(code: $code) { status } }`,
    { code: totp(STAFF_SECRET, t.clock.now()) },
  );
  expect(verified.data?.verifySecondFactor.status).toBe('SIGNED_IN');
  return client;
}

async function apiToken(profile: 'ADMINISTRATOR' | 'VIEWER', name: string): Promise<string> {
  const created = await admin.gql<{ createApiToken: { token: string } }>(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
    { input: { name, profile, expiresOn: '2027-06-30' } },
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createApiToken.token;
}

const attachmentRows = () => t.orm.em.fork().count(Attachment, {});

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const claire = await provisionAtelierAdministrator(t);
  admin = await t.client();
  expect((await activate(admin, claire.loginId, claire.temporaryPassword)).errors).toBeUndefined();
  const em = t.orm.em.fork();
  claireLoginRef = (await em.findOneOrFail(CustomerLogin, { loginId: claire.loginId })).id;
  atelierId = (await em.findOneOrFail(Customer, { customerNumber: '10000001' })).id;
  const jan = credentialsFromMail((await t.mails()).find((m) => m.to === 'jan@peeters.example' && m.template === 'activation')!.text);
  peeters = await t.client();
  expect((await activate(peeters, jan.loginId, jan.temporaryPassword, 'Brood-Bakker#2026x')).errors).toBeUndefined();
  viewer = await newAccess('marc@atelier-lambert.example', 'VIEWER', 'Boulevard-Vert#2026x');
  staff = await signedInStaff();
});
afterAll(async () => t.close());
// Far more than 30 calls run here within minutes: each test starts with a fresh upload throttle,
// which has its own test at the end.
beforeEach(async () => {
  await t.orm.em.fork().nativeDelete(RateLimitCounter, { key: { $like: 'uploads:%' } });
});

const text = (content: string) => Buffer.from(content, 'utf8');
const part = (name: string, content: Buffer, type?: string): UploadPart => ({ name, content, type });

/** REQ-2 / X-5: each call is refused with the listed problems, and nothing at all is kept. */
const CORPUS: [string, UploadPart[], [string, string][]][] = [
  [
    'an EXE renamed .pdf',
    [part('facture.pdf', Buffer.concat([text('MZ'), Buffer.alloc(200, 0x90), text('%%EOF')]), 'application/pdf')],
    [['facture.pdf', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  [
    'an HTML page renamed .png',
    [part('photo.png', text('<!doctype html><script>fetch("/graphql")</script>'), 'image/png')],
    [['photo.png', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  [
    'a PDF header without %%EOF (cut in the middle)',
    [part('statuts.pdf', pdfFile().subarray(0, 200), 'application/pdf')],
    [['statuts.pdf', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  [
    'a PDF whose %%EOF is followed by 2 KB of something else',
    [part('statuts.pdf', Buffer.concat([pdfFile(), Buffer.alloc(2048, 0x41)]))],
    [['statuts.pdf', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  [
    'a PDF preceded by a UTF-8 BOM',
    [part('bom.pdf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), pdfFile()]))],
    [['bom.pdf', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  [
    'a PNG signature only',
    [part('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png')],
    [['logo.png', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  ['a PNG cut before its IEND chunk', [part('logo.png', pngFile().subarray(0, 40), 'image/png')], [['logo.png', 'FILE_TYPE_NOT_ALLOWED']]],
  [
    'a PNG with HTML after IEND',
    [part('logo.png', Buffer.concat([pngFile(), text('<script>alert(1)</script>')]))],
    [['logo.png', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  ['a truncated JPEG (no FF D9)', [part('scan.jpg', jpegFile().subarray(0, 30), 'image/jpeg')], [['scan.jpg', 'FILE_TYPE_NOT_ALLOWED']]],
  [
    'a JPEG with a ZIP appended',
    [part('scan.jpg', Buffer.concat([jpegFile(), text('PK\u0003\u0004'), Buffer.alloc(40)]), 'image/jpeg')],
    [['scan.jpg', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  ['an empty file', [part('vide.pdf', Buffer.alloc(0), 'application/pdf')], [['vide.pdf', 'FILE_EMPTY']]],
  ['a valid PDF of 10 MB + 1 byte', [part('gros.pdf', pdfFile('big', TEN_MB + 1), 'application/pdf')], [['gros.pdf', 'FILE_TOO_LARGE']]],
  [
    'a NUL in the name, sent as filename*= (valid PDF content)',
    [{ name: 'facture.pdf\u0000.exe', content: pdfFile(), encodedName: true }],
    [['facture.pdf\u0000.exe', 'NAME_INVALID']],
  ],
  // a raw NUL byte in a part header is not HTTP: the whole body is refused
  ['a raw NUL byte in the name', [part('facture.pdf\u0000.exe', pdfFile())], [['', 'MALFORMED_REQUEST']]],
  ['a name of 1 025 characters', [part(`${'n'.repeat(1021)}.pdf`, pdfFile())], [['n'.repeat(255), 'NAME_INVALID']]],
  ['6 files in one call (all valid)', [1, 2, 3, 4, 5, 6].map((n) => part(`page-${n}.pdf`, pdfFile(`page ${n}`))), [['', 'TOO_MANY_FILES']]],
  [
    'a mixed call where 1 file of 3 is bad',
    [part('statuts.pdf', pdfFile()), part('notes.txt', text('see attached')), part('photo.png', pngFile())],
    [['notes.txt', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  [
    'a mixed call with a valid PDF and an empty PNG',
    [part('statuts.pdf', pdfFile()), part('vide.png', Buffer.alloc(0))],
    [['vide.png', 'FILE_EMPTY']],
  ],
  [
    'a GIF declared as application/pdf',
    [part('logo.pdf', Buffer.concat([text('GIF89a'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), text(';')]), 'application/pdf')],
    [['logo.pdf', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  [
    'an SVG image',
    [part('logo.svg', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/svg+xml')],
    [['logo.svg', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  [
    'a ZIP archive named .pdf',
    [
      part(
        'documents.pdf',
        Buffer.concat([text('PK\u0003\u0004'), Buffer.alloc(26), text('PK\u0005\u0006'), Buffer.alloc(18)]),
        'application/zip',
      ),
    ],
    [['documents.pdf', 'FILE_TYPE_NOT_ALLOWED']],
  ],
  ['a text file', [part('iban.txt', text('BE71 0961 2345 6769\n'), 'text/plain')], [['iban.txt', 'FILE_TYPE_NOT_ALLOWED']]],
  ['a shell script named .jpg', [part('run.jpg', text('#!/bin/sh\nrm -rf /\n'), 'image/jpeg')], [['run.jpg', 'FILE_TYPE_NOT_ALLOWED']]],
  [
    'a valid PDF sent in the field "file" instead of "files"',
    [{ name: 'statuts.pdf', content: pdfFile(), field: 'file' }],
    [['statuts.pdf', 'UNEXPECTED_FIELD']],
  ],
  [
    'two bad files: both reported',
    [part('a.pdf', text('not a pdf')), part('b.png', Buffer.alloc(0)), part('c.png', pngFile())],
    [
      ['a.pdf', 'FILE_TYPE_NOT_ALLOWED'],
      ['b.png', 'FILE_EMPTY'],
    ],
  ],
  ['a form without any file', [], [['', 'NO_FILE']]],
];

describe('POST /uploads refuses bad files and keeps nothing (REQ-2, X-5)', () => {
  it(`has a corpus of ${CORPUS.length} refused calls`, () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CORPUS)('%s', async (_label, parts, expected) => {
    const answer = await upload(admin, parts, { fields: { note: 'ignored' } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.body.error?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.error?.message).toMatch(/^Nothing was uploaded: /);
    expect(answer.body.error?.files?.map((f) => [f.name, f.code])).toEqual(expected);
    expect(answer.body.error?.files?.every((f) => f.message.length > 0)).toBe(true);
    expect(await attachmentRows()).toBe(0);
    // no stored file and no temporary file either
    expect(filesUnder(t.uploadDir)).toEqual([]);
  });

  it('says which problem in plain words', async () => {
    const answer = await upload(admin, [part('facture.pdf', text('MZ'))]);
    expect(answer.body).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        message: 'Nothing was uploaded: Only PDF, JPEG and PNG files are accepted',
        files: [{ name: 'facture.pdf', code: 'FILE_TYPE_NOT_ALLOWED', message: 'Only PDF, JPEG and PNG files are accepted' }],
      },
    });
  });

  it('refuses a form with so many parts that a file would be skipped', async () => {
    const fields = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field${i}`, 'x']));
    const answer = await upload(admin, [part('statuts.pdf', pdfFile())], { fields });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.files).toEqual([{ name: '', code: 'MALFORMED_REQUEST', message: 'The upload has too many parts' }]);
    expect(await attachmentRows()).toBe(0);
    expect(filesUnder(t.uploadDir)).toEqual([]);
  });

  it('refuses a body that is not multipart/form-data', async () => {
    const response = await fetch(`${admin.base}/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: cookieOf(admin) },
      body: JSON.stringify({ files: ['statuts.pdf'] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        message: 'Nothing was uploaded: Send the files as multipart/form-data in the field "files"',
        files: [{ name: '', code: 'NO_FILE', message: 'Send the files as multipart/form-data in the field "files"' }],
      },
    });
    expect(filesUnder(t.uploadDir)).toEqual([]);
  });

  it('refuses a body cut in the middle of a file, and removes what had arrived', async () => {
    const { body, contentType } = multipartBody([part('statuts.pdf', pdfFile('cut', 200_000))]);
    const response = await fetch(`${admin.base}/uploads`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'apollo-require-preflight': 'true', cookie: cookieOf(admin) },
      body: body.subarray(0, 100_000),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { files: { code: string }[] } }).error.files).toEqual([
      { name: '', code: 'MALFORMED_REQUEST', message: 'The upload could not be read completely' },
    ]);
    expect(await attachmentRows()).toBe(0);
    expect(filesUnder(t.uploadDir)).toEqual([]);
  });

  it('refuses a declared body larger than five full files without reading it', async () => {
    const response = await fetch(`${admin.base}/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'apollo-require-preflight': 'true', cookie: cookieOf(admin) },
      body: Buffer.alloc(5 * TEN_MB + 1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { files: { code: string }[] } }).error.files.map((f) => f.code)).toEqual([
      'REQUEST_TOO_LARGE',
    ]);
    expect(filesUnder(t.uploadDir)).toEqual([]);
  });
});

describe('who may upload', () => {
  it('answers 401 without a session or token, 403 to a viewer and to a viewer token, and stores nothing', async () => {
    const anonymous = await upload(await t.client(), [part('statuts.pdf', pdfFile())]);
    expect(anonymous).toEqual({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } } });
    const forbidden = {
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: 'Only an administrator of the customer can add documents' } },
    };
    expect(await upload(viewer, [part('statuts.pdf', pdfFile())])).toEqual(forbidden);
    const viewerToken = await apiToken('VIEWER', 'Read-only export');
    expect(
      await upload(admin, [part('statuts.pdf', pdfFile())], { headers: { cookie: '', authorization: `Bearer ${viewerToken}` } }),
    ).toEqual(forbidden);
    expect(await attachmentRows()).toBe(0);
    expect(filesUnder(t.uploadDir)).toEqual([]);
  });

  it('wants the preflight header with a session cookie, so another site cannot post a form with it', async () => {
    const answer = await upload(admin, [part('statuts.pdf', pdfFile())], { headers: { 'apollo-require-preflight': '' } });
    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'BAD_REQUEST', message: 'Send the header apollo-require-preflight with uploads made with a session' } },
    });
    expect(await attachmentRows()).toBe(0);
  });
});

describe('accepted uploads', () => {
  const pdf = pdfFile('Extrait BCE');
  const jpeg = jpegFile();
  const png = pngFile();
  let passwdId = '';

  it('keeps a PDF, a JPEG and a PNG with exact sizes and SHA-256, under UUID keys, with sanitised names', async () => {
    const answer = await upload(admin, [
      part('../../etc/passwd.pdf', pdf, 'text/html'),
      part('Photo chantier.JPG', jpeg, 'application/octet-stream'),
      part('....', png, 'image/gif'),
    ]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const [first, second, third] = answer.body.attachments!;
    expect(answer.body).toEqual({
      attachments: [
        { id: first!.id, fileName: 'passwd.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length },
        { id: second!.id, fileName: 'Photo chantier.JPG', mediaType: 'image/jpeg', sizeBytes: 38 },
        { id: third!.id, fileName: 'attachment.png', mediaType: 'image/png', sizeBytes: png.length },
      ],
    });
    expect([pdf.length, jpeg.length, png.length]).toEqual([457, 38, 77]);
    passwdId = first!.id;

    const rows = await t.orm.em.fork().find(Attachment, {}, { orderBy: { fileName: 'asc' } });
    expect(
      rows.map((row) => ({
        customer: row.customer.id,
        uploadedByRef: row.uploadedByRef,
        uploadedByKind: row.uploadedByKind,
        requestRef: row.requestRef,
        fileName: row.fileName,
        mediaType: row.mediaType,
        sizeBytes: row.sizeBytes,
        sha256: row.sha256,
      })),
    ).toEqual([
      {
        customer: atelierId,
        uploadedByRef: claireLoginRef,
        uploadedByKind: 'customer',
        requestRef: null,
        fileName: 'Photo chantier.JPG',
        mediaType: 'image/jpeg',
        sizeBytes: 38,
        sha256: '8a37491d88df0252d6f7262ba9d136fdc021b56398d6f854a4f653a9d121fdb7',
      },
      {
        customer: atelierId,
        uploadedByRef: claireLoginRef,
        uploadedByKind: 'customer',
        requestRef: null,
        fileName: 'attachment.png',
        mediaType: 'image/png',
        sizeBytes: 77,
        // the PNG's deflated pixels depend on the zlib build: hashed here rather than written out
        sha256: sha256Of(png),
      },
      {
        customer: atelierId,
        uploadedByRef: claireLoginRef,
        uploadedByKind: 'customer',
        requestRef: null,
        fileName: 'passwd.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 457,
        sha256: 'e5166adf4e2161e3065637ec4c7280b7faa12cada267b42505a5b4529211e954',
      },
    ]);
    // on disk: one file per attachment, named by a fresh UUID (never by the user's name), owner-only
    expect(filesUnder(t.uploadDir)).toEqual(rows.map((row) => `files/${row.storageKey}`).sort());
    for (const row of rows) {
      expect(row.storageKey).toMatch(UUID);
      expect(row.storageKey).not.toBe(row.id);
      const path = join(t.uploadDir, 'files', row.storageKey);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(sha256Of(readFileSync(path))).toBe(row.sha256);
    }
  });

  it('keeps `..\\..\\x.pdf` as x.pdf, a PDF of exactly 10 MB, and ignores an empty file input', async () => {
    const big = pdfFile('exactly ten', TEN_MB);
    const answer = await upload(admin, [part('..\\..\\x.pdf', pdf), part('annexe.pdf', big), part('', Buffer.alloc(0))]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.attachments!.map((a) => [a.fileName, a.mediaType, a.sizeBytes])).toEqual([
      ['x.pdf', 'application/pdf', 457],
      ['annexe.pdf', 'application/pdf', 10_485_760],
    ]);
    const stored = await t.orm.em.fork().findOneOrFail(Attachment, { id: answer.body.attachments![1]!.id });
    expect(stored.sha256).toBe(sha256Of(big));
    expect(filesUnder(join(t.uploadDir, 'incoming'))).toEqual([]);
  });

  it('gives the file back to its own customer: same bytes, safe headers (viewer too)', async () => {
    for (const client of [admin, viewer]) {
      const response = await download(client, passwdId);
      expect(response.status).toBe(200);
      expect(
        Object.fromEntries(
          [
            'content-type',
            'content-length',
            'content-disposition',
            'x-content-type-options',
            'content-security-policy',
            'cache-control',
          ].map((h) => [h, response.headers.get(h)]),
        ),
      ).toEqual({
        'content-type': 'application/pdf',
        'content-length': '457',
        'content-disposition': `attachment; filename=passwd.pdf`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': 'sandbox',
        'cache-control': 'private, no-store',
      });
      expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    }
  });

  it('offers a Unicode name with an ASCII fallback (RFC 6266)', async () => {
    const answer = await upload(admin, [part('Statuts coordonnés (2026).pdf', pdf)]);
    const response = await download(admin, answer.body.attachments![0]!.id);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename=Statuts_coordonnes__2026_.pdf; filename*=UTF-8''Statuts%20coordonn%C3%A9s%20%282026%29.pdf`,
    );
    await response.arrayBuffer();
  });

  it('answers another customer exactly as for an unknown id (X-4), and 401 without a session', async () => {
    const foreign = await download(peeters, passwdId);
    const unknown = await download(peeters, '00000000-0000-4000-8000-000000000000');
    const garbage = await download(peeters, '../../etc/passwd');
    const notFound = { error: { code: 'NOT_FOUND', message: 'Attachment not found' } };
    for (const response of [foreign, unknown, garbage]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual(notFound);
    }
    const anonymous = await download(await t.client(), passwdId);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } });
  });

  it('lets an administrator token upload with Bearer alone (no cookie, no preflight header needed)', async () => {
    const token = await apiToken('ADMINISTRATOR', 'ERP documents');
    const answer = await upload(admin, [part('kbo.png', png)], {
      headers: { cookie: '', 'apollo-require-preflight': '', authorization: `Bearer ${token}` },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const row = await t.orm.em.fork().findOneOrFail(Attachment, { id: answer.body.attachments![0]!.id });
    expect([row.customer.id, row.uploadedByKind]).toEqual([atelierId, 'customer']);
  });
});

describe('staff uploads (back office)', () => {
  it('uploads for the customer staff name, and downloads any customer’s attachment', async () => {
    const answer = await upload(staff, [part('courrier signé.pdf', pdfFile('courrier'))], { fields: { customerNumber: '10000002' } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const row = await t.orm.em.fork().findOneOrFail(Attachment, { id: answer.body.attachments![0]!.id }, { populate: ['customer'] });
    expect([row.customer.customerNumber, row.uploadedByKind, row.fileName]).toEqual(['10000002', 'staff', 'courrier signé.pdf']);
    const staffRow = await t.orm.em.fork().findOneOrFail(StaffAccount, { email: 'agent@leasing.example' });
    expect(row.uploadedByRef).toBe(staffRow.id);
    // Peeters sees its own; Atelier does not
    expect((await download(peeters, row.id)).status).toBe(200);
    expect((await download(admin, row.id)).status).toBe(404);
    const atelierOne = await t.orm.em.fork().findOneOrFail(Attachment, { fileName: 'passwd.pdf' });
    const response = await download(staff, atelierOne.id);
    expect(response.status).toBe(200);
    expect(sha256Of(Buffer.from(await response.arrayBuffer()))).toBe(atelierOne.sha256);
  });

  it.each([
    [{}, 'CUSTOMER_REQUIRED'],
    [{ customerNumber: '1234' }, 'CUSTOMER_REQUIRED'],
    [{ customerNumber: '99999999' }, 'CUSTOMER_NOT_FOUND'],
  ])('refuses %j with %s and keeps nothing', async (fields, code) => {
    const before = await attachmentRows();
    const files = filesUnder(t.uploadDir);
    const answer = await upload(staff, [part('courrier.pdf', pdfFile())], { fields });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.files?.map((f) => [f.name, f.code])).toEqual([['', code]]);
    expect(await attachmentRows()).toBe(before);
    expect(filesUnder(t.uploadDir)).toEqual(files);
  });
});

describe('upload throttle', () => {
  it('allows 30 upload calls per 10 minutes per principal, then answers 429 with Retry-After', async () => {
    const token = await apiToken('ADMINISTRATOR', 'Throttled');
    const asToken = { headers: { cookie: '', authorization: `Bearer ${token}` } };
    for (let call = 1; call <= 30; call += 1) {
      expect((await upload(admin, [], asToken)).status, `call ${call}`).toBe(400);
    }
    const { body, contentType } = multipartBody([part('statuts.pdf', pdfFile())]);
    const refused = await fetch(`${admin.base}/uploads`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
      body,
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('600');
    expect(await refused.json()).toEqual({ error: { code: 'RATE_LIMITED', message: 'Too many uploads: try again later' } });
    // other principals are not affected
    expect((await upload(admin, [])).status).toBe(400);
    t.setNow(new Date(t.clock.now().getTime() + 10 * 60_000 + 1000).toISOString());
    expect((await upload(admin, [], asToken)).status).toBe(400);
  });
});

function cookieOf(client: HttpClient): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}
