import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, credentialsFromMail, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { pdfFile, upload } from '../requests';

/**
 * Issue #11 §5 (PRO-3, PRO-5): an administrator token no longer outlives the administrator who made
 * it. Deactivating a login revokes the tokens it created (or keeps them, by choice), the choice is
 * audited, and the token list says who created each token.
 */
let t: TestGateway;
let claire: HttpClient;

const TOKENS = `query($by: String) { apiTokens(createdBy: $by) { name displayPrefix revokedAt createdBy { loginId name status } } }`;
const DEACTIVATE = `mutation($id: String!, $choice: CreatedTokensChoice) { deactivateLogin(loginId: $id, createdTokens: $choice) { loginId status } }`;
type TokenRow = {
  name: string;
  displayPrefix: string;
  revokedAt: string | null;
  createdBy: { loginId: string; name: string; status: string } | null;
};

async function newAdministrator(name: string, email: string, password: string): Promise<{ client: HttpClient; loginId: string }> {
  await claire.gql(`mutation($input: CreateLoginInput!) { createLogin(input: $input) { loginId } }`, {
    input: { name, email, profile: 'ADMINISTRATOR' },
  });
  await t.runWorker();
  const credentials = credentialsFromMail((await t.mails()).find((m) => m.to === email && m.template === 'activation')!.text);
  const client = await t.client();
  expect((await activate(client, credentials.loginId, credentials.temporaryPassword, password)).errors).toBeUndefined();
  return { client, loginId: credentials.loginId };
}

async function createToken(client: HttpClient, name: string): Promise<string> {
  const created = await client.gql<{ createApiToken: { token: string } }>(
    `mutation($name: String!) { createApiToken(input: { name: $name, profile: ADMINISTRATOR, expiresOn: "2027-06-30" }) { token } }`,
    { name },
  );
  return created.data!.createApiToken.token;
}

/** What a partner's software sees with the token: a GraphQL read and an upload. */
async function partnerSees(token: string): Promise<{ graphql: unknown; upload: number }> {
  const partner = (await t.client()).withHeaders({ authorization: `Bearer ${token}` });
  const read = await partner.gql<{ contracts: { totalCount: number } }>(`{ contracts { totalCount } }`);
  const uploaded = await upload(partner, [{ name: 'statuts.pdf', content: pdfFile() }], { headers: { authorization: `Bearer ${token}` } });
  return { graphql: read.data?.contracts.totalCount ?? read.errors?.[0]?.extensions?.code, upload: uploaded.status };
}

async function auditAfter(action: string, entityRef: string): Promise<unknown[]> {
  const log = await claire.gql<{ auditLog: { nodes: { action: string; entityRef: string; actorName: string; after: string | null }[] } }>(
    `{ auditLog(first: 50) { nodes { action entityRef actorName after } } }`,
  );
  return log
    .data!.auditLog.nodes.filter((n) => n.action === action && n.entityRef === entityRef)
    .map((n) => ({ actor: n.actorName, after: JSON.parse(n.after ?? 'null') as unknown }));
}

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  claire = await t.client();
  await activate(claire, credentials.loginId, credentials.temporaryPassword);
});
afterAll(async () => t.close());

describe('#11 §5 tokens of a deactivated administrator (PRO-3, PRO-5)', () => {
  it('lists who created each token, and the tokens one login created', async () => {
    const marc = await newAdministrator('Marc Dupont', 'marc@atelier-lambert.example', 'Boulevard-Vert#2026x');
    const token = await createToken(marc.client, 'Accounting export');
    t.setNow('2026-11-26T09:01:00.000Z');
    await createToken(claire, 'Claire’s test');
    const all = await claire.gql<{ apiTokens: TokenRow[] }>(TOKENS);
    expect(all.data!.apiTokens.map((row) => [row.name, row.createdBy?.name, row.createdBy?.status])).toEqual([
      ['Claire’s test', 'Claire Lambert', 'ACTIVE'],
      ['Accounting export', 'Marc Dupont', 'ACTIVE'],
    ]);
    const his = await claire.gql<{ apiTokens: TokenRow[] }>(TOKENS, { by: marc.loginId });
    expect(his.data!.apiTokens).toEqual([
      {
        name: 'Accounting export',
        displayPrefix: token.slice(0, 10),
        revokedAt: null,
        createdBy: { loginId: marc.loginId, name: 'Marc Dupont', status: 'ACTIVE' },
      },
    ]);
    expect((await claire.gql<{ apiTokens: TokenRow[] }>(TOKENS, { by: '000000000' })).data!.apiTokens).toEqual([]);
  });

  it('deactivating by default revokes the tokens the login created: the partner is refused on GraphQL and uploads; audited', async () => {
    t.setNow('2026-11-26T09:10:00.000Z');
    const lea = await newAdministrator('Léa Martin', 'lea@atelier-lambert.example', 'Tram-Jaune&Sud77x');
    const token = await createToken(lea.client, 'ERP link');
    expect(await partnerSees(token)).toEqual({ graphql: 3, upload: 201 });

    const deactivated = await claire.gql(DEACTIVATE, { id: lea.loginId });
    expect(deactivated.data).toEqual({ deactivateLogin: { loginId: lea.loginId, status: 'DEACTIVATED' } });
    expect(await partnerSees(token)).toEqual({ graphql: 'UNAUTHENTICATED', upload: 401 });
    const rows = (await claire.gql<{ apiTokens: TokenRow[] }>(TOKENS, { by: lea.loginId })).data!.apiTokens;
    expect(rows.map((row) => [row.name, row.revokedAt, row.createdBy?.status])).toEqual([
      ['ERP link', '2026-11-26T09:10:00.000Z', 'DEACTIVATED'],
    ]);
    expect(await auditAfter('login.deactivated', lea.loginId)).toEqual([
      { actor: 'Claire Lambert', after: { status: 'DEACTIVATED', createdTokens: 'REVOKED', tokens: [token.slice(0, 10)] } },
    ]);
    expect(await auditAfter('token.revoked', token.slice(0, 10))).toEqual([{ actor: 'Claire Lambert', after: { name: 'ERP link' } }]);
  });

  it('an administrator may keep them: they keep working, and the log says they were kept', async () => {
    t.setNow('2026-11-26T09:20:00.000Z');
    const jo = await newAdministrator('Jo Peeters', 'jo@atelier-lambert.example', 'Molen-Brood#2026k');
    const token = await createToken(jo.client, 'Fleet software');
    const deactivated = await claire.gql(DEACTIVATE, { id: jo.loginId, choice: 'KEEP' });
    expect(deactivated.data).toEqual({ deactivateLogin: { loginId: jo.loginId, status: 'DEACTIVATED' } });
    expect(await partnerSees(token)).toEqual({ graphql: 3, upload: 201 });
    expect(await auditAfter('login.deactivated', jo.loginId)).toEqual([
      { actor: 'Claire Lambert', after: { status: 'DEACTIVATED', createdTokens: 'KEPT', tokens: [token.slice(0, 10)] } },
    ]);
    expect(await auditAfter('token.revoked', token.slice(0, 10))).toEqual([]);
  });
});
