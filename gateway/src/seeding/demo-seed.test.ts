import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsOf } from '../platform/graphql/gateway-settings';
import { loadConfig } from '../platform/config';
import { STRONG_PASSWORD } from '../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../test/test-gateway';
import { credentialsFromMail } from '../test/identity-fixtures';
import { seedDemoDataIfEmpty, type DemoLogin } from './demo-seed';

let t: TestGateway;
let logins: DemoLogin[];
const file = join(mkdtempSync(join(tmpdir(), 'demo-')), 'demo-logins.json');

beforeAll(async () => {
  t = await startTestGateway();
  const settings = { ...settingsOf(loadConfig({ NODE_ENV: 'test', SECRET_KEY: 'test-secret-key-0123456789abcdef0123456789' })) };
  logins = (await seedDemoDataIfEmpty(t.orm, t.clock.now(), settings, file))!;
});
afterAll(async () => t.close());

describe('demo accesses (issue 3, item 14)', () => {
  it('lists an administrator, a viewer, an agent, a supervisor and a login waiting for activation, in the file pnpm start prints', () => {
    expect(logins.map((l) => l.role)).toEqual([
      'Customer administrator',
      'Customer viewer',
      'Agent (staff)',
      'Supervisor (staff)',
      'Waiting for activation',
    ]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(logins);
  });

  it('lets the administrator and the viewer sign in with the printed passwords', async () => {
    for (const login of logins.slice(0, 2)) {
      const result = await (
        await t.client()
      ).gql(`mutation($i: SignInInput!) { signIn(input: $i) { status me { profile customer { customerNumber } } } }`, {
        i: { loginId: login.login, password: login.password },
      });
      expect(result.data).toEqual({
        signIn: {
          status: 'SIGNED_IN',
          me: { profile: login.role.includes('viewer') ? 'VIEWER' : 'ADMINISTRATOR', customer: { customerNumber: '10000001' } },
        },
      });
    }
  });

  it('has the waiting login’s activation e-mail in the mailbox, and it works', async () => {
    const pending = logins[4]!;
    const mail = (await t.mails()).find((m) => m.template === 'activation' && m.text.includes(pending.login))!;
    const credentials = credentialsFromMail(mail.text);
    expect(credentials.loginId).toBe(pending.login);
    const result = await (
      await t.client()
    ).gql(`mutation($i: ActivateAccessInput!) { activateAccess(input: $i) { status } }`, {
      i: { ...credentials, newPassword: STRONG_PASSWORD },
    });
    expect(result.data).toEqual({ activateAccess: { status: 'SIGNED_IN' } });
  });

  it('does nothing on a database that already has customers', async () => {
    expect(await seedDemoDataIfEmpty(t.orm, t.clock.now(), settingsOf(loadConfig({ NODE_ENV: 'test' })), null)).toBeNull();
  });
});
