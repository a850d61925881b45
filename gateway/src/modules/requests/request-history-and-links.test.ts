import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal';
import { hashPassword } from '../../platform/auth/secrets';
import type { HttpClient } from '../../test/http-client';
import { STRONG_PASSWORD, activate, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { StaffAccount } from '../identity';

// #18 item 10: staff see the agents' names in a request's history, customers one translated
// "Customer Services"; item 22: the e-mails link to the request itself.
let t: TestGateway;
let admin: HttpClient;
let anna: Principal;
let bert: Principal;

const SUBMIT = `mutation($input: SubmitChangeRequestInput!) { submitChangeRequest(input: $input) { id reference } }`;
const HISTORY = `kind actorKind actorName comment`;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  admin = await t.client();
  await activate(admin, credentials.loginId, credentials.temporaryPassword);
  const em = t.orm.em.fork();
  const hash = await hashPassword(STRONG_PASSWORD);
  const a = em.create(StaffAccount, {
    email: 'anna@leasing.example',
    name: 'Anna Verhoeven',
    role: 'AGENT' as never,
    passwordHash: hash,
    totpSecretEncrypted: 'x',
  });
  const b = em.create(StaffAccount, {
    email: 'bert@leasing.example',
    name: 'Bert Claes',
    role: 'SUPERVISOR' as never,
    passwordHash: hash,
    totpSecretEncrypted: 'x',
  });
  await em.flush();
  anna = { kind: 'staff', staffId: a.id, role: 'AGENT' };
  bert = { kind: 'staff', staffId: b.id, role: 'SUPERVISOR' };
});
afterAll(async () => t.close());

describe('#18 items 10 and 22: who did what, and where the e-mail leads', () => {
  it('names the agents to staff, "Customer Services" to the customer, and links each mail to /requests/<id>', async () => {
    const submitted = await admin.gql<{ submitChangeRequest: { id: string; reference: string } }>(SUBMIT, {
      input: { type: 'OTHER', message: 'Please send the insurance certificate again.', idempotencyKey: 'history-names-0001' },
    });
    const { id } = submitted.data!.submitChangeRequest;
    expect((await t.execute(`mutation($id: ID!) { takeRequest(id: $id) { id } }`, { id }, anna)).errors).toBeUndefined();
    const asked = await t.execute(
      `mutation($id: ID!) { askForInformation(id: $id, comment: "Which contract is it for?") { id } }`,
      { id },
      anna,
    );
    expect(asked.errors).toBeUndefined();
    await admin.gql(`mutation($id: ID!) { answerChangeRequest(id: $id, comment: "LC-10000001-01, thank you.") { status } }`, { id });
    expect((await t.execute(`mutation($id: ID!) { approveRequest(id: $id) { id } }`, { id }, bert)).errors).toBeUndefined();

    const staffView = await t.execute<{ backOfficeRequest: { request: { history: unknown[] } } }>(
      `query($id: ID!) { backOfficeRequest(id: $id) { request { history { ${HISTORY} } } } }`,
      { id },
      anna,
    );
    expect(staffView.data!.backOfficeRequest.request.history).toEqual([
      { kind: 'SUBMITTED', actorKind: 'CUSTOMER', actorName: 'Claire Lambert', comment: null },
      { kind: 'TAKEN', actorKind: 'STAFF', actorName: 'Anna Verhoeven', comment: null },
      { kind: 'INFORMATION_REQUESTED', actorKind: 'STAFF', actorName: 'Anna Verhoeven', comment: 'Which contract is it for?' },
      { kind: 'ANSWERED', actorKind: 'CUSTOMER', actorName: 'Claire Lambert', comment: 'LC-10000001-01, thank you.' },
      { kind: 'COMPLETED', actorKind: 'STAFF', actorName: 'Bert Claes', comment: null },
    ]);

    const customerView = await admin.gql<{ changeRequest: { history: unknown[] } }>(
      `query($id: ID!) { changeRequest(id: $id) { history { ${HISTORY} } } }`,
      { id },
    );
    expect(customerView.data!.changeRequest.history).toEqual([
      { kind: 'SUBMITTED', actorKind: 'CUSTOMER', actorName: 'Claire Lambert', comment: null },
      { kind: 'TAKEN', actorKind: 'STAFF', actorName: 'Customer Services', comment: null },
      { kind: 'INFORMATION_REQUESTED', actorKind: 'STAFF', actorName: 'Customer Services', comment: 'Which contract is it for?' },
      { kind: 'ANSWERED', actorKind: 'CUSTOMER', actorName: 'Claire Lambert', comment: 'LC-10000001-01, thank you.' },
      { kind: 'COMPLETED', actorKind: 'STAFF', actorName: 'Customer Services', comment: null },
    ]);

    const statusMails = (await t.mails()).filter((m) => m.template === 'request-status');
    expect(statusMails).toHaveLength(3); // taken, question, completed
    for (const mail of statusMails) {
      expect(mail.text).toMatch(new RegExp(`\\nDétails : http://[^\\s]+/requests/${id}\\n`));
      expect(mail.text).not.toMatch(/\/requests\s/);
    }
  });
});
