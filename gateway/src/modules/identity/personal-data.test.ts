import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, activate, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

let t: TestGateway;
let loginId: string;
let cookie: string;
let base: string;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  loginId = credentials.loginId;
  const client = await t.client();
  await activate(client, loginId, credentials.temporaryPassword);
  cookie = `cc_session=${client.cookies.get('cc_session')}`;
  base = client.base;
});
afterAll(async () => t.close());

describe('personal data download (PRO-8)', () => {
  it('gives the signed-in person their data as JSON, without any secret', async () => {
    const response = await fetch(`${base}/me/personal-data.json`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=personal-data-${loginId}.json`);
    const text = await response.text();
    const data = JSON.parse(text) as { login: Record<string, unknown>; customer: unknown; sessions: unknown[] };
    expect(data.login).toMatchObject({
      loginId,
      name: 'Claire Lambert',
      email: 'claire@atelier-lambert.example',
      profile: 'ADMINISTRATOR',
      status: 'ACTIVE',
      secondFactorEnabled: false,
    });
    expect(data.customer).toEqual({ customerNumber: '10000001', name: 'Atelier Lambert' });
    expect(data.sessions).toHaveLength(1);
    expect(text).not.toMatch(/argon2|passwordHash|totpSecret|recovery/i);
    expect(text).not.toContain(STRONG_PASSWORD);
  });

  it('refuses anonymous calls and tokens', async () => {
    expect((await fetch(`${base}/me/personal-data.json`)).status).toBe(401);
    expect((await fetch(`${base}/me/personal-data.json`, { headers: { authorization: 'Bearer ccp_unknown' } })).status).toBe(401);
  });
});
