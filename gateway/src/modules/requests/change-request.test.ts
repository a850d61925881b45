import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/secrets';
import type { Principal } from '../../platform/auth/principal';
import { OutboxMessage } from '../../platform/outbox/outbox-message.entity';
import { fixtureBatch } from '../../test/fixtures';
import type { HttpClient } from '../../test/http-client';
import { STRONG_PASSWORD, activate, credentialsFromMail, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { AuditEvent } from '../audit';
import { StaffAccount } from '../identity';
import { ChangeRequest } from './change-request.entity';

let t: TestGateway;
let admin: HttpClient;
let viewer: HttpClient;
let agentA: Principal;
let agentB: Principal;
let key = 0;
/** Each submission a minute after the previous one, as people do. */
const nextKey = () => {
  key += 1;
  t.setNow(new Date(Date.parse('2026-11-26T09:00:00.000Z') + key * 60_000).toISOString());
  return `test-key-${String(key).padStart(4, '0')}`;
};

const SUBMIT = `mutation($input: SubmitChangeRequestInput!) { submitChangeRequest(input: $input) { id reference type status requestedChange { field value } } }`;
const BO = `id request { status } currentValues { field value } requestedValues { field value } assigneeName firstApproverName nextApprovalCompletes`;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  admin = await t.client();
  await activate(admin, credentials.loginId, credentials.temporaryPassword);
  await admin.gql(
    `mutation { createLogin(input: { name: "Marc Dupont", email: "marc@atelier-lambert.example", profile: VIEWER }) { loginId } }`,
  );
  await admin.gql(
    `mutation { createLogin(input: { name: "Paul Second", email: "paul@atelier-lambert.example", profile: ADMINISTRATOR }) { loginId } }`,
  );
  await t.runWorker();
  viewer = await t.client();
  const marc = credentialsFromMail((await t.mails()).find((m) => m.to === 'marc@atelier-lambert.example')!.text);
  await activate(viewer, marc.loginId, marc.temporaryPassword, 'Boulevard-Vert#2026x');
  const paul = credentialsFromMail((await t.mails()).find((m) => m.to === 'paul@atelier-lambert.example')!.text);
  await activate(await t.client(), paul.loginId, paul.temporaryPassword, 'Fenetre-Ouverte#77z');
  const em = t.orm.em.fork();
  const hash = await hashPassword(STRONG_PASSWORD);
  const a = em.create(StaffAccount, {
    email: 'a@leasing.example',
    name: 'Agent Anna',
    role: 'AGENT' as never,
    passwordHash: hash,
    totpSecretEncrypted: 'x',
  });
  const b = em.create(StaffAccount, {
    email: 'b@leasing.example',
    name: 'Agent Bert',
    role: 'SUPERVISOR' as never,
    passwordHash: hash,
    totpSecretEncrypted: 'x',
  });
  await em.flush();
  agentA = { kind: 'staff', staffId: a.id, role: 'AGENT' };
  agentB = { kind: 'staff', staffId: b.id, role: 'SUPERVISOR' };
});
afterAll(async () => t.close());

const requestCount = () => t.orm.em.fork().count(ChangeRequest, {});

describe('request forms (REQ-1)', () => {
  it.each([
    [{ type: 'ENTERPRISE_NUMBER', enterpriseNumber: '0202.239.951' }, [{ field: 'enterpriseNumber', value: '0202.239.951' }]],
    [
      { type: 'ADDRESS', address: { kind: 'BILLING', street: ' Rue  Haute 5 ', postalCode: '1000', city: 'Bruxelles', country: 'be' } },
      [
        { field: 'addressKind', value: 'BILLING' },
        { field: 'street', value: 'Rue Haute 5' },
        { field: 'postalCode', value: '1000' },
        { field: 'city', value: 'Bruxelles' },
        { field: 'country', value: 'BE' },
      ],
    ],
    [
      { type: 'COMPANY_NAME', companyName: { name: 'Atelier Lambert & Fils', legalForm: 'SRL' } },
      [
        { field: 'name', value: 'Atelier Lambert & Fils' },
        { field: 'legalForm', value: 'SRL' },
      ],
    ],
    [
      { type: 'OTHER', message: 'Please send invoices to our accountant too.', contractNumber: 'LC-1001' },
      [{ field: 'message', value: 'Please send invoices to our accountant too.' }],
    ],
  ])('takes %j', async (input, requested) => {
    const result = await admin.gql<{ submitChangeRequest: { status: string; reference: string; requestedChange: unknown } }>(SUBMIT, {
      input: { idempotencyKey: nextKey(), ...input },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitChangeRequest).toMatchObject({ status: 'SUBMITTED', requestedChange: requested });
    expect(result.data!.submitChangeRequest.reference).toMatch(/^REQ-[A-Z2-9]{8}$/);
  });

  it.each([
    [{ type: 'ENTERPRISE_NUMBER', enterpriseNumber: '0202.239.952' }, 'enterpriseNumber', 'ENTERPRISE_NUMBER_INVALID'],
    [{ type: 'ENTERPRISE_NUMBER', enterpriseNumber: '0403.170.701' }, 'enterpriseNumber', 'UNCHANGED'],
    [{ type: 'ENTERPRISE_NUMBER' }, 'enterpriseNumber', 'ENTERPRISE_NUMBER_INVALID'],
    [
      { type: 'ADDRESS', address: { kind: 'REGISTERED_OFFICE', street: 'Rue 1', postalCode: '999', city: 'Liège', country: 'BE' } },
      'address.postalCode',
      'POSTAL_CODE_INVALID',
    ],
    [
      { type: 'ADDRESS', address: { kind: 'REGISTERED_OFFICE', street: 'Rue 1', postalCode: '75001', city: 'Paris', country: 'France' } },
      'address.country',
      'COUNTRY_INVALID',
    ],
    [
      { type: 'ADDRESS', address: { kind: 'REGISTERED_OFFICE', street: '', postalCode: '4000', city: 'Liège', country: 'BE' } },
      'address.street',
      'REQUIRED',
    ],
    [{ type: 'ADDRESS' }, 'address', 'REQUIRED'],
    [
      {
        type: 'BANK_DETAILS',
        bankDetails: { iban: 'BE71 0961 2345 6760', bic: 'GKCCBEBB', accountHolder: 'Atelier' },
        password: STRONG_PASSWORD,
      },
      'bankDetails.iban',
      'IBAN_CHECKSUM',
    ],
    [
      { type: 'BANK_DETAILS', bankDetails: { iban: 'BE68539007547034', bic: 'KRED', accountHolder: 'Atelier' }, password: STRONG_PASSWORD },
      'bankDetails.bic',
      'BIC_INVALID',
    ],
    [
      {
        type: 'BANK_DETAILS',
        bankDetails: { iban: 'BE68539007547034', bic: 'BNPAFRPP', accountHolder: 'Atelier' },
        password: STRONG_PASSWORD,
      },
      'bankDetails.bic',
      'BIC_COUNTRY_MISMATCH',
    ],
    [
      {
        type: 'BANK_DETAILS',
        bankDetails: { iban: 'BE71096123456769', bic: 'GKCCBEBB', accountHolder: 'Atelier' },
        password: STRONG_PASSWORD,
      },
      'bankDetails.iban',
      'UNCHANGED',
    ],
    [
      { type: 'BANK_DETAILS', bankDetails: { iban: 'BE68539007547034', bic: 'KREDBEBB', accountHolder: 'Atelier' } },
      'password',
      'REQUIRED',
    ],
    [
      {
        type: 'BANK_DETAILS',
        bankDetails: { iban: 'BE68539007547034', bic: 'KREDBEBB', accountHolder: 'Atelier' },
        password: 'wrong-password',
      },
      'password',
      'PASSWORD_INCORRECT',
    ],
    [{ type: 'COMPANY_NAME', companyName: { name: 'A' } }, 'companyName.name', 'REQUIRED'],
    [{ type: 'OTHER', message: 'short' }, 'message', 'TOO_SHORT'],
    [{ type: 'OTHER', message: 'A long enough message here', contractNumber: 'LC-2001' }, 'contractNumber', 'CONTRACT_NOT_FOUND'],
    [
      { type: 'OTHER', message: 'A long enough message here', attachmentIds: ['00000000-0000-4000-8000-000000000009'] },
      'attachmentIds',
      'ATTACHMENT_NOT_FOUND',
    ],
  ])('refuses %j on %s with %s, storing nothing', async (input, field, code) => {
    const before = await requestCount();
    const result = await admin.gql(SUBMIT, { input: { idempotencyKey: nextKey(), ...input } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([expect.objectContaining({ field, code })]),
    });
    expect(await requestCount()).toBe(before);
  });
});

describe('safety (REQ-4, REQ-5, PRO-4)', () => {
  it('refuses viewers and viewer tokens with FORBIDDEN, storing nothing', async () => {
    const before = await requestCount();
    const input = { idempotencyKey: nextKey(), type: 'OTHER', message: 'A viewer should not be able to send this.' };
    expect((await viewer.gql(SUBMIT, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const token = (
      await admin.gql<{ createApiToken: { token: string } }>(
        `mutation { createApiToken(input: { name: "Read only", profile: VIEWER, expiresOn: "2027-01-01" }) { token } }`,
      )
    ).data!.createApiToken.token;
    const partner = (await t.client()).withHeaders({ authorization: `Bearer ${token}` });
    expect((await partner.gql(SUBMIT, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await requestCount()).toBe(before);
  });

  it('creates exactly one request for 50 concurrent submissions with one key, and refuses the key with another body', async () => {
    const before = await requestCount();
    const input = { idempotencyKey: 'double-click-0001', type: 'OTHER', message: 'Please call me about the insurance.' };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => admin.gql<{ submitChangeRequest: { id: string } }>(SUBMIT, { input })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.submitChangeRequest.id)).size).toBe(1);
    expect(await requestCount()).toBe(before + 1);
    const different = await admin.gql(SUBMIT, { input: { ...input, message: 'Something else entirely.' } });
    expect(different.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await requestCount()).toBe(before + 1);
  });
});

describe('bank-details change with four eyes (REQ-4, BO-3, COM-3, INT-2)', () => {
  let id = '';

  it('is announced to every administrator at submission', async () => {
    const before = new Set((await t.mails()).map((m) => m.messageId));
    const result = await admin.gql<{ submitChangeRequest: { id: string; requestedChange: unknown } }>(SUBMIT, {
      input: {
        idempotencyKey: nextKey(),
        type: 'BANK_DETAILS',
        bankDetails: { iban: 'be68 5390 0754 7034', bic: 'kredbebb', accountHolder: 'Atelier Lambert SRL' },
        password: STRONG_PASSWORD,
      },
    });
    expect(result.errors).toBeUndefined();
    id = result.data!.submitChangeRequest.id;
    expect(result.data!.submitChangeRequest.requestedChange).toEqual([
      { field: 'iban', value: 'BE•• •••• •••• 7034' },
      { field: 'bic', value: 'KREDBEBB' },
      { field: 'accountHolder', value: 'Atelier Lambert SRL' },
    ]);
    const announced = (await t.mails()).filter((m) => !before.has(m.messageId) && m.template === 'bank-details-announced');
    expect(announced.map((m) => m.to).sort()).toEqual(['claire@atelier-lambert.example', 'paul@atelier-lambert.example']);
    expect(announced[0]!.text).toContain('BE•• •••• •••• 7034');
    expect(announced[0]!.text).not.toContain('BE68539007547034');
    // #18 item 22: the mail links to the request itself, not to the list.
    for (const mail of announced)
      expect(mail.text).toMatch(new RegExp(`\\n[^\\s]+/requests/${result.data!.submitChangeRequest.id}(\\n|$)`));
  });

  it('shows the back office the current data beside the requested change, unmasked', async () => {
    const view = await t.execute<{ backOfficeRequest: Record<string, unknown> }>(
      `query($id: ID!) { backOfficeRequest(id: $id) { ${BO} } }`,
      { id },
      agentA,
    );
    expect(view.errors).toBeUndefined();
    expect(view.data!.backOfficeRequest).toMatchObject({
      request: { status: 'SUBMITTED' },
      currentValues: [
        { field: 'iban', value: 'BE71096123456769' },
        { field: 'bic', value: 'GKCCBEBB' },
        { field: 'accountHolder', value: 'Atelier Lambert' },
      ],
      requestedValues: [
        { field: 'iban', value: 'BE68539007547034' },
        { field: 'bic', value: 'KREDBEBB' },
        { field: 'accountHolder', value: 'Atelier Lambert SRL' },
      ],
      nextApprovalCompletes: false,
    });
  });

  it('needs a second, different agent; a question to the customer in between resets the first approval', async () => {
    const approve = `mutation($id: ID!) { approveRequest(id: $id) { ${BO} } }`;
    const first = await t.execute<{ approveRequest: { request: { status: string }; firstApproverName: string } }>(approve, { id }, agentA);
    expect(first.data!.approveRequest).toMatchObject({
      request: { status: 'IN_PROGRESS' },
      firstApproverName: 'Agent Anna',
      nextApprovalCompletes: true,
    });
    expect((await t.execute(approve, { id }, agentA)).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'SAME_APPROVER' });
    // company data unchanged so far
    expect((await admin.gql(`{ company { bankAccount { ibanLast4 } } }`)).data).toEqual({
      company: { bankAccount: { ibanLast4: '6769' } },
    });

    const asked = await t.execute<{ askForInformation: { request: { status: string }; firstApproverName: string | null } }>(
      `mutation($id: ID!) { askForInformation(id: $id, comment: "Please attach a bank certificate.") { ${BO} } }`,
      { id },
      agentB,
    );
    expect(asked.data!.askForInformation).toMatchObject({ request: { status: 'MORE_INFORMATION_NEEDED' }, firstApproverName: null });
    const mine = await admin.gql<{
      changeRequest: { status: string; awaitingAnswer: boolean; history: { kind: string; comment: string | null }[] };
    }>(`query($id: ID!) { changeRequest(id: $id) { status awaitingAnswer history { kind actorName comment } } }`, { id });
    expect(mine.data!.changeRequest).toEqual({
      status: 'MORE_INFORMATION_NEEDED',
      awaitingAnswer: true,
      history: [
        { kind: 'SUBMITTED', actorName: 'Claire Lambert', comment: null },
        { kind: 'INFORMATION_REQUESTED', actorName: 'Customer Services', comment: 'Please attach a bank certificate.' },
      ],
    });
    const answered = await admin.gql(
      `mutation($id: ID!) { answerChangeRequest(id: $id, comment: "Certificate sent by post.") { status } }`,
      { id },
    );
    expect(answered.data).toEqual({ answerChangeRequest: { status: 'IN_PROGRESS' } });

    expect((await t.execute(approve, { id }, agentA)).data).toMatchObject({
      approveRequest: { request: { status: 'IN_PROGRESS' }, firstApproverName: 'Agent Anna' },
    });
    const done = await t.execute(approve, { id }, agentB);
    expect(done.data).toMatchObject({ approveRequest: { request: { status: 'COMPLETED' } } });
  });

  it('shows the new masked IBAN at once with the date of the change, and mails every administrator', async () => {
    const company = await admin.gql(`{ company { bankAccount { maskedIban bic } companyDataChangedAt } }`);
    expect(company.data).toEqual({
      company: { bankAccount: { maskedIban: 'BE•• •••• •••• 7034', bic: 'KREDBEBB' }, companyDataChangedAt: t.clock.now().toISOString() },
    });
    const applied = (await t.mails()).filter((m) => m.template === 'bank-details-applied');
    expect(applied.map((m) => m.to).sort()).toEqual(['claire@atelier-lambert.example', 'paul@atelier-lambert.example']);
    const statusMails = (await t.mails()).filter((m) => m.template === 'request-status' && m.to === 'claire@atelier-lambert.example');
    expect(statusMails.map((m) => m.subject)).toContainEqual(
      expect.stringMatching(/^Votre demande REQ-[A-Z2-9]{8} est traitée et appliquée$/),
    );
  });

  it('publishes the applied change for the core system, acknowledged once (INT-2)', async () => {
    const base = (await t.client()).base;
    const auth = { authorization: 'Bearer test-ingest-secret-0123456789abcdef' };
    const listed = (await (await fetch(`${base}/internal/events`, { headers: auth })).json()) as {
      events: { id: string; topic: string; payload: { customerNumber: string; type: string; values: Record<string, string> } }[];
    };
    expect(listed.events).toHaveLength(1);
    expect(listed.events[0]).toMatchObject({
      topic: 'core.change-applied',
      payload: { customerNumber: '10000001', type: 'BANK_DETAILS', values: { iban: 'BE68539007547034', bic: 'KREDBEBB' } },
    });
    expect((await fetch(`${base}/internal/events/${listed.events[0]!.id}/ack`, { method: 'POST', headers: auth })).status).toBe(200);
    expect(((await (await fetch(`${base}/internal/events`, { headers: auth })).json()) as { events: unknown[] }).events).toEqual([]);
    expect((await fetch(`${base}/internal/events`)).status).toBe(401);
    expect(await t.orm.em.fork().count(OutboxMessage, { topic: 'core.change-applied' })).toBe(1);
  });

  it('keeps an audit trail with before and after, without full IBANs (BO-5, PRO-7)', async () => {
    const events = await t.orm.em.fork().find(AuditEvent, { action: 'company.bank_details.changed' });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.beforeJson!)).toEqual({ iban: 'BE•• •••• •••• 6769', bic: 'GKCCBEBB' });
    expect(JSON.parse(events[0]!.afterJson!)).toEqual({ iban: 'BE•• •••• •••• 7034', bic: 'KREDBEBB' });
    expect(events[0]!.actorName).toBe('Agent Bert');
    const log = await admin.gql<{ auditLog: { nodes: { action: string; actorName: string }[] } }>(
      `{ auditLog(first: 50) { nodes { action actorName } } }`,
    );
    expect(log.data!.auditLog.nodes.map((n) => n.action)).toContain('request.submitted');
    expect(log.data!.auditLog.nodes.map((n) => n.action)).toContain('company.bank_details.changed');
    expect((await viewer.gql(`{ auditLog { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('back-office queue and actions (BO-2, BO-3)', () => {
  it('lists open requests oldest first with who handles what, filtered by status, type and age', async () => {
    const queue = `query($filter: RequestQueueFilter) { requestQueue(first: 50, filter: $filter) { totalCount nodes { request { type status } assigneeName ageInDays customer { customerNumber } } } }`;
    const all = await t.execute<{ requestQueue: { totalCount: number; nodes: { request: { type: string } }[] } }>(queue, {}, agentA);
    expect(all.data!.requestQueue.nodes.map((n) => n.request.type)).toEqual([
      'ENTERPRISE_NUMBER',
      'ADDRESS',
      'COMPANY_NAME',
      'OTHER',
      'OTHER',
    ]);
    const byType = await t.execute<{ requestQueue: { totalCount: number } }>(queue, { filter: { types: ['OTHER'] } }, agentA);
    expect(byType.data!.requestQueue.totalCount).toBe(2);
    const completed = await t.execute<{ requestQueue: { totalCount: number } }>(queue, { filter: { statuses: ['COMPLETED'] } }, agentA);
    expect(completed.data!.requestQueue.totalCount).toBe(1);
    const now = t.clock.now();
    t.setNow('2026-12-01T09:00:00.000Z');
    expect(
      (await t.execute<{ requestQueue: { totalCount: number } }>(queue, { filter: { olderThanDays: 4 } }, agentA)).data!.requestQueue
        .totalCount,
    ).toBe(5);
    expect(
      (await t.execute<{ requestQueue: { totalCount: number } }>(queue, { filter: { olderThanDays: 5 } }, agentA)).data!.requestQueue
        .totalCount,
    ).toBe(0);
    t.setNow(now.toISOString());
    expect((await admin.gql(`{ requestQueue { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes, applies an address and rejects with a reason; a closed request takes no further action', async () => {
    const ids = await t.execute<{ requestQueue: { nodes: { id: string; request: { type: string } }[] } }>(
      `{ requestQueue(first: 50) { nodes { id request { type } } } }`,
      {},
      agentA,
    );
    const address = ids.data!.requestQueue.nodes.find((n) => n.request.type === 'ADDRESS')!.id;
    const other = ids.data!.requestQueue.nodes.find((n) => n.request.type === 'OTHER')!.id;
    const taken = await t.execute(
      `mutation($id: ID!) { takeRequest(id: $id) { request { status } assigneeName } }`,
      { id: address },
      agentA,
    );
    expect(taken.data).toEqual({ takeRequest: { request: { status: 'IN_PROGRESS' }, assigneeName: 'Agent Anna' } });
    await t.execute(`mutation($id: ID!) { approveRequest(id: $id) { id } }`, { id: address }, agentA);
    expect((await admin.gql(`{ company { billingAddress { street postalCode city country } } }`)).data).toEqual({
      company: { billingAddress: { street: 'Rue Haute 5', postalCode: '1000', city: 'Bruxelles', country: 'BE' } },
    });
    const rejected = await t.execute(
      `mutation($id: ID!) { rejectRequest(id: $id, reason: "We cannot add a second recipient.") { request { status rejectionReason } } }`,
      { id: other },
      agentB,
    );
    expect(rejected.data).toEqual({
      rejectRequest: { request: { status: 'REJECTED', rejectionReason: 'We cannot add a second recipient.' } },
    });
    const again = await t.execute(`mutation($id: ID!) { approveRequest(id: $id) { id } }`, { id: other }, agentA);
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUEST_CLOSED' });
  });
});

describe('customer lookup (BO-4)', () => {
  it.each([['atelier LAMBERT'], ['10000001'], ['0403.170.701']])('finds the customer by %s, case-insensitively', async (search) => {
    const result = await t.execute<{ customerSearch: { customerNumber: string; name: string }[] }>(
      `query($s: String!) { customerSearch(search: $s) { customerNumber name } }`,
      { s: search },
      agentA,
    );
    expect(result.data!.customerSearch.map((c) => c.customerNumber)).toEqual(['10000001']);
  });
});

describe('public registration of an administrative contact (ACC-8, BO-4)', () => {
  const REGISTER = `mutation($input: RegisterContactInput!) { registerAdministrativeContact(input: $input) }`;

  it('takes a registration, lets an agent verify it, and sends the activation e-mail', async () => {
    const batch = fixtureBatch();
    const orphan = {
      ...batch.customers[0]!,
      upstreamId: 'CUST-C',
      customerNumber: '10000003',
      name: 'Boulangerie Sans Contact',
      enterpriseNumber: '0417497106',
      vatNumber: 'BE0417497106',
      administrativeContact: null,
    };
    await t.ingest({
      customers: [orphan],
      contracts: [
        {
          ...batch.contracts[0]!,
          upstreamId: 'K-3001',
          customerUpstreamId: 'CUST-C',
          contractNumber: 'LC-3001',
          assets: [],
          installments: [],
        },
      ],
    });
    await t.runWorker();
    const input = {
      customerNumber: '10000003',
      contractNumber: 'lc-3001',
      enterpriseNumber: '0417.497.106',
      contactName: 'Nina Contact',
      email: 'Nina@Boulangerie.example',
      phone: '+32 2 555 12 12',
      language: 'EN',
    };
    expect((await (await t.client()).gql(REGISTER, { input })).data).toEqual({ registerAdministrativeContact: true });
    t.setNow(new Date(t.clock.now().getTime() + 60_000).toISOString());
    const wrong = { ...input, enterpriseNumber: '0202.239.951', email: 'eve@example.be' };
    expect((await (await t.client()).gql(REGISTER, { input: wrong })).data).toEqual({ registerAdministrativeContact: true });
    const pending = await t.execute<{ pendingRegistrations: { id: string; email: string; numbersMatch: boolean; customerName: string }[] }>(
      `{ pendingRegistrations { id email numbersMatch customerName } }`,
      {},
      agentA,
    );
    expect(pending.data!.pendingRegistrations.map((r) => [r.email, r.numbersMatch, r.customerName])).toEqual([
      ['nina@boulangerie.example', true, 'Boulangerie Sans Contact'],
      ['eve@example.be', false, 'Boulangerie Sans Contact'],
    ]);
    const [nina, eve] = pending.data!.pendingRegistrations;
    expect(
      (await t.execute(`mutation($id: ID!) { verifyRegistration(id: $id) { loginId } }`, { id: eve!.id }, agentA)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'NUMBERS_MISMATCH' });
    const verified = await t.execute<{ verifyRegistration: { loginId: string; status: string } }>(
      `mutation($id: ID!) { verifyRegistration(id: $id) { loginId status profile } }`,
      { id: nina!.id },
      agentA,
    );
    expect(verified.data!.verifyRegistration).toMatchObject({ status: 'PENDING_ACTIVATION', profile: 'ADMINISTRATOR' });
    await t.runWorker();
    const mail = (await t.mails()).find((m) => m.to === 'nina@boulangerie.example' && m.template === 'activation')!;
    expect(mail.subject).toBe('Your access to Customer Corner');
    expect(credentialsFromMail(mail.text).loginId).toBe(verified.data!.verifyRegistration.loginId);
  });

  it.each([
    [{ customerNumber: '1234' }, 'customerNumber', 'CUSTOMER_NUMBER_INVALID'],
    [{ enterpriseNumber: '0417.497.107' }, 'enterpriseNumber', 'ENTERPRISE_NUMBER_INVALID'],
    [{ email: 'nope' }, 'email', 'EMAIL_INVALID'],
    [{ phone: 'call me' }, 'phone', 'PHONE_INVALID'],
  ])('refuses %j', async (change, field, code) => {
    const input = {
      customerNumber: '10000003',
      contractNumber: 'LC-3001',
      enterpriseNumber: '0417.497.106',
      contactName: 'Nina Contact',
      email: 'nina@x.example',
      phone: '+32 2 555 12 12',
      ...change,
    };
    const result = await (await t.client()).gql(REGISTER, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, code }] });
  });
});
