import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, credentialsFromMail, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { CustomerLogin } from '../identity';

let t: TestGateway;
let admin: HttpClient;
let adminLoginId: string;

const LOGINS = `{ logins { loginId name email profile status createdByCaller } }`;
const CREATE = `mutation($input: CreateLoginInput!) { createLogin(input: $input) { loginId name email profile status activationExpiresAt createdByCaller } }`;

async function newAccess(name: string, email: string, profile: 'ADMINISTRATOR' | 'VIEWER', password: string) {
  const created = await admin.gql<{ createLogin: { loginId: string } }>(CREATE, { input: { name, email, profile } });
  expect(created.errors).toBeUndefined();
  await t.runWorker();
  const mail = (await t.mails()).find((m) => m.to === email && m.template === 'activation')!;
  const credentials = credentialsFromMail(mail.text);
  const client = await t.client();
  expect((await activate(client, credentials.loginId, credentials.temporaryPassword, password)).errors).toBeUndefined();
  return { client, loginId: credentials.loginId };
}

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  adminLoginId = credentials.loginId;
  admin = await t.client();
  await activate(admin, adminLoginId, credentials.temporaryPassword);
});
afterAll(async () => t.close());

describe('profile management (PRO-1 … PRO-4)', () => {
  it('creates a viewer access: pending, mailed, listed with the activation deadline', async () => {
    const created = await admin.gql(CREATE, {
      input: { name: '  Léa Martin ', email: 'Lea.Martin@Atelier-Lambert.example', profile: 'VIEWER' },
    });
    expect(created.data).toEqual({
      createLogin: {
        loginId: expect.stringMatching(/^\d{9}$/),
        name: 'Léa Martin',
        email: 'lea.martin@atelier-lambert.example',
        profile: 'VIEWER',
        status: 'PENDING_ACTIVATION',
        // Thursday 26 November + 8 business days = Tuesday 8 December, end of day in Brussels
        activationExpiresAt: '2026-12-08T22:59:59.999Z',
        createdByCaller: true,
      },
    });
    await t.runWorker();
    expect((await t.mails()).filter((m) => m.to === 'lea.martin@atelier-lambert.example')).toHaveLength(1);
    const list = await admin.gql<{ logins: { name: string; status: string }[] }>(LOGINS);
    expect(list.data!.logins.map((l) => [l.name, l.status])).toEqual([
      ['Claire Lambert', 'ACTIVE'],
      ['Léa Martin', 'PENDING_ACTIVATION'],
    ]);
  });

  it.each([
    [{ name: 'X', email: 'x@example.be', profile: 'VIEWER' }, 'name', 'NAME_INVALID'],
    [{ name: 'Valid Name', email: 'not-an-email', profile: 'VIEWER' }, 'email', 'EMAIL_INVALID'],
    [{ name: 'Valid Name', email: 'lea.martin@atelier-lambert.example', profile: 'VIEWER' }, 'email', 'EMAIL_TAKEN'],
  ])('refuses %j and stores nothing', async (input, field, code) => {
    const before = await t.orm.em.fork().count(CustomerLogin, {});
    const result = await admin.gql(CREATE, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, code }] });
    expect(await t.orm.em.fork().count(CustomerLogin, {})).toBe(before);
  });

  it('lets a viewer see the logins but change nothing: FORBIDDEN from the gateway (PRO-4)', async () => {
    const viewer = await newAccess('Marc Dupont', 'marc@atelier-lambert.example', 'VIEWER', 'Boulevard-Vert#2026x');
    expect((await viewer.client.gql<{ logins: unknown[] }>(LOGINS)).data!.logins).toHaveLength(3);
    const before = await t.orm.em.fork().count(CustomerLogin, {});
    for (const mutation of [
      `mutation { createLogin(input: { name: "Eve Intruder", email: "eve@example.be", profile: ADMINISTRATOR }) { loginId } }`,
      `mutation { changeLoginProfile(loginId: "${viewer.loginId}", profile: ADMINISTRATOR) { profile } }`,
      `mutation { deactivateLogin(loginId: "${adminLoginId}") { status } }`,
      `mutation { createApiToken(input: { name: "Export", profile: ADMINISTRATOR, expiresOn: "2027-01-01" }) { token } }`,
      `mutation { setSecondFactorRequired(required: true) }`,
    ]) {
      const result = await viewer.client.gql(mutation);
      expect(result.errors?.[0]?.extensions?.code, mutation).toBe('FORBIDDEN');
    }
    expect(await t.orm.em.fork().count(CustomerLogin, {})).toBe(before);
    const stored = await t.orm.em.fork().findOneOrFail(CustomerLogin, { loginId: viewer.loginId });
    expect(stored.profile).toBe('VIEWER');
  });

  it('never removes or demotes the last active administrator (PRO-3)', async () => {
    const demote = await admin.gql(`mutation { changeLoginProfile(loginId: "${adminLoginId}", profile: VIEWER) { profile } }`);
    expect(demote.errors?.[0]).toMatchObject({
      message: 'This is the last active administrator: make another login administrator first',
      extensions: { code: 'FORBIDDEN', reason: 'LAST_ADMINISTRATOR' },
    });
    expect((await admin.gql(`mutation { deactivateLogin(loginId: "${adminLoginId}") { status } }`)).errors?.[0]?.extensions?.reason).toBe(
      'LAST_ADMINISTRATOR',
    );
    const second = await newAccess('Paul Admin', 'paul@atelier-lambert.example', 'ADMINISTRATOR', 'Fenetre-Ouverte#77z');
    const nowAllowed = await second.client.gql(`mutation { changeLoginProfile(loginId: "${adminLoginId}", profile: VIEWER) { profile } }`);
    expect(nowAllowed.data).toEqual({ changeLoginProfile: { profile: 'VIEWER' } });
    const back = await second.client.gql(`mutation { changeLoginProfile(loginId: "${adminLoginId}", profile: ADMINISTRATOR) { profile } }`);
    expect(back.data).toEqual({ changeLoginProfile: { profile: 'ADMINISTRATOR' } });
  });

  it('deactivation closes the login’s sessions at once; re-activation restores it', async () => {
    const target = await newAccess('Tom Temp', 'tom@atelier-lambert.example', 'VIEWER', 'Citron-Presse#1234');
    expect((await target.client.gql<{ me: { loginId: string } }>(`{ me { loginId } }`)).data!.me.loginId).toBe(target.loginId);
    expect((await admin.gql(`mutation { deactivateLogin(loginId: "${target.loginId}") { status } }`)).data).toEqual({
      deactivateLogin: { status: 'DEACTIVATED' },
    });
    expect((await target.client.gql(`{ me { loginId } }`)).data).toEqual({ me: null });
    expect((await signIn(await t.client(), target.loginId, 'Citron-Presse#1234')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await admin.gql(`mutation { reactivateLogin(loginId: "${target.loginId}") { status } }`)).data).toEqual({
      reactivateLogin: { status: 'ACTIVE' },
    });
    expect((await signIn(await t.client(), target.loginId, 'Citron-Presse#1234')).data?.signIn.status).toBe('SIGNED_IN');
  });

  it('re-issues an activation only for a login the caller created (ACC-3)', async () => {
    const list = await admin.gql<{ logins: { loginId: string; name: string }[] }>(LOGINS);
    const lea = list.data!.logins.find((l) => l.name === 'Léa Martin')!;
    const before = (await t.mails()).filter((m) => m.to === 'lea.martin@atelier-lambert.example').length;
    const reissued = await admin.gql(`mutation { reissueActivation(loginId: "${lea.loginId}") { status } }`);
    expect(reissued, JSON.stringify(reissued.errors)).toEqual({ data: { reissueActivation: { status: 'PENDING_ACTIVATION' } } });
    await t.runWorker();
    expect((await t.mails()).filter((m) => m.to === 'lea.martin@atelier-lambert.example')).toHaveLength(before + 1);
    const paul = await t.client();
    await signIn(paul, list.data!.logins.find((l) => l.name === 'Paul Admin')!.loginId, 'Fenetre-Ouverte#77z');
    expect((await paul.gql(`mutation { reissueActivation(loginId: "${lea.loginId}") { status } }`)).errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_CREATOR',
    });
  });
});

describe('integration tokens (PRO-5, API-1)', () => {
  it('creates a token shown once; Bearer reads the customer’s contracts; revoked → UNAUTHENTICATED', async () => {
    const created = await admin.gql<{
      createApiToken: { token: string; apiToken: { id: string; name: string; displayPrefix: string; expiresAt: string } };
    }>(
      `mutation { createApiToken(input: { name: "Accounting export", profile: VIEWER, expiresOn: "2027-06-30" }) { token apiToken { id name displayPrefix expiresAt lastUsedAt } } }`,
    );
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^ccp_[\w-]{43}$/);
    expect(apiToken).toEqual({
      id: apiToken.id,
      name: 'Accounting export',
      displayPrefix: token.slice(0, 10),
      expiresAt: '2027-06-30T21:59:59.999Z',
      lastUsedAt: null,
    });
    const partner = (await t.client()).withHeaders({ authorization: `Bearer ${token}` });
    const contracts = await partner.gql<{ contracts: { nodes: { contractNumber: string }[] } }>(
      `{ contracts { nodes { contractNumber } } }`,
    );
    expect(contracts.data!.contracts.nodes.map((c) => c.contractNumber)).toEqual(['CL-1003', 'LC-1001', 'RN-1002']);
    // a viewer token changes nothing
    expect(
      (await partner.gql(`mutation { createLogin(input: { name: "Bot", email: "bot@example.be", profile: VIEWER }) { loginId } }`))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const listed = await admin.gql<{ apiTokens: { lastUsedAt: string | null }[] }>(`{ apiTokens { name lastUsedAt revokedAt } }`);
    expect(listed.data!.apiTokens).toEqual([{ name: 'Accounting export', lastUsedAt: t.clock.now().toISOString(), revokedAt: null }]);
    expect((await admin.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id })).data).toEqual({
      revokeApiToken: { revokedAt: t.clock.now().toISOString() },
    });
    const after = await partner.gql(`{ contracts { nodes { contractNumber } } }`);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // PRO-7: the administrators' audit log tells who created and revoked it
    const log = await admin.gql<{ auditLog: { nodes: { action: string; actorName: string; entityRef: string }[] } }>(
      `{ auditLog(first: 50) { nodes { action actorName entityRef } } }`,
    );
    const actions = log.data!.auditLog.nodes.map((n) => n.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'token.created',
        'token.revoked',
        'login.created',
        'login.profile-changed',
        'login.deactivated',
        'login.reactivated',
        'login.activation-reissued',
      ]),
    );
    expect(log.data!.auditLog.nodes.find((n) => n.action === 'token.revoked')).toEqual({
      action: 'token.revoked',
      actorName: 'Claire Lambert',
      entityRef: apiToken.displayPrefix,
    });
    // the token is stored only as a hash
    const stored = await t.orm.em.fork().getConnection().execute('select token_hash from api_token');
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it.each([
    [{ name: 'x', profile: 'VIEWER', expiresOn: '2027-01-01' }, 'name'],
    [{ name: 'Expired', profile: 'VIEWER', expiresOn: '2026-11-25' }, 'expiresOn'],
    [{ name: 'Far', profile: 'VIEWER', expiresOn: '2030-01-01' }, 'expiresOn'],
    [{ name: 'Bad date', profile: 'VIEWER', expiresOn: '2027-02-30' }, 'expiresOn'],
  ])('refuses the token %j', async (input, field) => {
    const result = await admin.gql(`mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
  });

  it('answers an unknown or malformed bearer token as anonymous', async () => {
    for (const authorization of ['Bearer ccp_nope', 'Bearer something-else', 'Basic abc']) {
      const result = await (await t.client()).withHeaders({ authorization }).gql(`{ contracts { totalCount } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
