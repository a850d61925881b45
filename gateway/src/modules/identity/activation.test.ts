import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATE, ME, activate, credentialsFromMail, provisionAtelierAdministrator, STRONG_PASSWORD } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { fixtureBatch } from '../../test/fixtures';
import { CustomerLogin } from './customer-login.entity';

let t: TestGateway;
let credentials: { loginId: string; temporaryPassword: string };

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-02' });
  // Issued Monday 2 November 2026 at 09:00 in Brussels (08:00 UTC).
  t.setNow('2026-11-02T08:00:00.000Z');
  credentials = await provisionAtelierAdministrator(t);
});
afterAll(async () => t.close());

describe('first administrator from a contract activation (ACC-2, ACC-9)', () => {
  it('creates one pending administrator with a random 9-digit id and mails the credentials in the customer’s language', async () => {
    const logins = await t.orm.em.fork().find(CustomerLogin, {}, { populate: ['customer'] });
    // Atelier and Peeters both had an activated contract and a known contact.
    expect(logins.map((l) => [l.customer.customerNumber, l.profile, l.status]).sort()).toEqual([
      ['10000001', 'ADMINISTRATOR', 'PENDING_ACTIVATION'],
      ['10000002', 'ADMINISTRATOR', 'PENDING_ACTIVATION'],
    ]);
    expect(logins[0]!.loginId).not.toBe(logins[1]!.loginId);
    const mails = await t.mails();
    const atelier = mails.find((m) => m.to === 'claire@atelier-lambert.example')!;
    expect(atelier.subject).toBe('Votre accès à Customer Corner');
    expect(atelier.text).toContain('vendredi 13 novembre 2026');
    // #18 item 3: the link carries the e-mail's language, so the activation page speaks it too.
    expect(atelier.text).toContain('http://127.0.0.1:0/activate?lang=fr : vous y choisirez');
    expect(atelier.messageId).toMatch(/^<[0-9a-f-]{36}@customer-corner>$/);
    const peeters = mails.find((m) => m.to === 'jan@peeters.example')!;
    expect(peeters.subject).toBe('Uw toegang tot Customer Corner');
    expect(peeters.text).toContain('http://127.0.0.1:0/activate?lang=nl; daar kiest u');
    expect(credentialsFromMail(peeters.text).loginId).toMatch(/^\d{9}$/);
  });

  it('creates no second login when more contracts are activated (ACC-9)', async () => {
    const batch = fixtureBatch();
    await t.ingest({ contracts: [{ ...batch.contracts[2]!, status: 'ACTIVE' }] });
    await t.runWorker();
    expect(await t.orm.em.fork().count(CustomerLogin, {})).toBe(2);
  });
});

describe('temporary password deadline (ACC-3)', () => {
  it('sends one reminder on the 6th business day (Tuesday 10 November)', async () => {
    t.setNow('2026-11-09T10:00:00.000Z');
    await t.runWorker();
    expect((await t.mails()).filter((m) => m.template === 'activation-reminder')).toHaveLength(0);
    t.setNow('2026-11-10T07:00:00.000Z');
    await t.runWorker();
    await t.runWorker();
    const reminders = (await t.mails()).filter((m) => m.template === 'activation-reminder');
    expect(reminders.map((m) => m.to).sort()).toEqual(['claire@atelier-lambert.example', 'jan@peeters.example']);
    expect(reminders.find((m) => m.to === 'claire@atelier-lambert.example')!.text).toContain("jusqu'au vendredi 13 novembre 2026 inclus");
  });

  it('refuses the temporary password on the 9th business day (Monday 16 November, 11 November being a holiday)', async () => {
    t.setNow('2026-11-16T07:00:00.000Z');
    const client = await t.client();
    const result = await activate(client, credentials.loginId, credentials.temporaryPassword);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TEMPORARY_PASSWORD_EXPIRED' });
    expect(client.cookies.size).toBe(0);
  });

  it('accepts it until the last minute of the 8th business day (Friday 13 November 23:59 Brussels), once', async () => {
    t.setNow('2026-11-13T22:59:00.000Z');
    const client = await t.client();
    const result = await activate(client, credentials.loginId, credentials.temporaryPassword);
    expect(result.errors).toBeUndefined();
    expect(result.data!.activateAccess.status).toBe('SIGNED_IN');
    expect((await client.gql(ME)).data).toEqual({
      me: {
        kind: 'CUSTOMER_USER',
        loginId: credentials.loginId,
        name: 'Claire Lambert',
        profile: 'ADMINISTRATOR',
        customer: { customerNumber: '10000001' },
        linkedCustomers: [],
      },
    });
    const again = await activate(await t.client(), credentials.loginId, credentials.temporaryPassword, 'Another-Good#Pass99');
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets "forgot password" revive an expired activation with fresh credentials', async () => {
    const peeters = credentialsFromMail((await t.mails()).find((m) => m.to === 'jan@peeters.example' && m.template === 'activation')!.text);
    t.setNow('2026-11-20T09:00:00.000Z');
    const client = await t.client();
    expect((await activate(client, peeters.loginId, peeters.temporaryPassword)).errors?.[0]?.extensions?.reason).toBe(
      'TEMPORARY_PASSWORD_EXPIRED',
    );
    expect((await client.gql(`mutation($id: String!) { requestPasswordReset(loginId: $id) }`, { id: peeters.loginId })).data).toEqual({
      requestPasswordReset: true,
    });
    const fresh = (await t.mails()).filter((m) => m.to === 'jan@peeters.example' && m.template === 'activation');
    expect(fresh).toHaveLength(2);
    const renewed = credentialsFromMail(fresh[1]!.text);
    expect(renewed.loginId).toBe(peeters.loginId);
    // Friday 20 November + 8 business days = Wednesday 2 December
    expect(fresh[1]!.text).toContain('woensdag 2 december 2026');
    expect((await activate(client, renewed.loginId, renewed.temporaryPassword)).data?.activateAccess.status).toBe('SIGNED_IN');
  });
});

describe('final password rules at activation (ACC-4)', () => {
  it.each([
    ['short1!A', ['MIN_LENGTH', 'TWO_DIGITS']],
    ['alllowercase-but-long-12', ['UPPERCASE']],
    ['No-Digits-At-All!', ['TWO_DIGITS']],
    ['OnlyOneDigit1Here', ['TWO_DIGITS', 'PUNCTUATION']],
    ['Password12!', ['MIN_LENGTH', 'COMMON_PASSWORD']],
    ['Password1234!', ['COMMON_PASSWORD']],
    ['Claire-Vacances-2026', ['CONTAINS_NAME']],
    ['Atelier#Lambert#99', ['CONTAINS_NAME', 'CONTAINS_COMPANY_NAME']],
  ])('the public live check refuses %s with exactly %j (personal rules are checked on submit)', async (password, rules) => {
    const result = await (
      await t.client()
    ).gql<{ passwordProblems: string[] }>(`query($p: String!) { passwordProblems(password: $p) }`, { p: password });
    const expectedWithoutPersonal = rules.filter((r) => !r.startsWith('CONTAINS_'));
    expect(result.data!.passwordProblems).toEqual(expectedWithoutPersonal);
  });

  it('names each broken rule when activating, and stores nothing', async () => {
    const [pendingLogin] = await t.orm.em.fork().find(CustomerLogin, { customer: { customerNumber: '10000002' } });
    // a fresh pending login for Peeters' viewer
    expect(pendingLogin).toBeDefined();
    const client = await t.client();
    const created = await t.execute(
      `mutation { createLogin(input: { name: "Sofie Claes", email: "sofie@peeters.example", profile: VIEWER }) { loginId status } }`,
      {},
      { kind: 'customer-user', userId: pendingLogin!.id, customerId: pendingLogin!.customer.id, profile: 'ADMINISTRATOR' },
    );
    expect(created.errors).toBeUndefined();
    await t.runWorker();
    const mail = (await t.mails()).find((m) => m.to === 'sofie@peeters.example')!;
    const sofie = credentialsFromMail(mail.text);
    const result = await client.gql(ACTIVATE, { input: { ...sofie, newPassword: 'Sofie-Bakkerij-Peeters-12!' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_POLICY',
      fields: [
        { field: 'newPassword', code: 'CONTAINS_NAME' },
        { field: 'newPassword', code: 'CONTAINS_COMPANY_NAME' },
      ],
    });
    const stored = await t.orm.em.fork().findOneOrFail(CustomerLogin, { loginId: sofie.loginId });
    expect(stored.status).toBe('PENDING_ACTIVATION');
    expect(stored.passwordHash).toBeNull();
    expect((await activate(client, sofie.loginId, sofie.temporaryPassword, STRONG_PASSWORD)).data?.activateAccess.status).toBe('SIGNED_IN');
    expect((await t.mails()).filter((m) => m.template === 'password-changed' && m.to === 'sofie@peeters.example')).toHaveLength(0);
  });
});
