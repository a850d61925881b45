import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../../core/base32';
import { hashRecoveryCode, sealRecoveryCode } from '../../core/recovery-codes';
import { totp } from '../../core/totp';
import { encryptSecret, hashPassword } from '../../platform/auth/secrets';
import { TEST_SETTINGS } from '../../test/test-settings';
import { ME, STRONG_PASSWORD, activate, credentialsFromMail, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { CustomerLogin } from './customer-login.entity';
import { StaffAccount } from './staff-account.entity';

let t: TestGateway;
let loginId: string;
const VERIFY = `mutation($code: String!) { verifySecondFactor(code: $code) { status me { loginId name } } }`;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  loginId = credentials.loginId;
  await activate(await t.client(), loginId, credentials.temporaryPassword);
});
afterAll(async () => t.close());

let adminSecret = '';

describe('second factor for customer users (ACC-10)', () => {
  let secret = '';
  let recoveryCodes: string[] = [];

  it('enrolls with a first code and hands out 10 recovery codes once', async () => {
    const client = await t.client();
    await signIn(client, loginId, STRONG_PASSWORD);
    const started = await client.gql<{ startSecondFactorEnrollment: { secret: string; otpauthUri: string } }>(
      `mutation { startSecondFactorEnrollment { secret otpauthUri } }`,
    );
    secret = started.data!.startSecondFactorEnrollment.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.data!.startSecondFactorEnrollment.otpauthUri).toBe(
      `otpauth://totp/Customer%20Corner:${loginId}?secret=${secret}&issuer=Customer%20Corner&algorithm=SHA1&digits=6&period=30`,
    );
    const wrong = await client.gql(`mutation { confirmSecondFactorEnrollment(code: "000000") { recoveryCodes } }`);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ code: 'SECOND_FACTOR_INVALID' }] });
    const code = totp(base32Decode(secret), t.clock.now());
    const confirmed = await client.gql<{ confirmSecondFactorEnrollment: { recoveryCodes: string[] } }>(
      `mutation($c: String!) { confirmSecondFactorEnrollment(code: $c) { recoveryCodes } }`,
      { c: code },
    );
    recoveryCodes = confirmed.data!.confirmSecondFactorEnrollment.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    adminSecret = secret;
    expect(
      (await client.gql<{ me: { secondFactorEnabled: boolean } }>(`{ me { secondFactorEnabled } }`)).data!.me.secondFactorEnabled,
    ).toBe(true);
  });

  it('asks for the code after the password; the half-signed-in session reads nothing', async () => {
    t.setNow('2026-11-26T09:10:00.000Z');
    const client = await t.client();
    expect((await signIn(client, loginId, STRONG_PASSWORD)).data).toEqual({ signIn: { status: 'SECOND_FACTOR_REQUIRED', me: null } });
    expect((await client.gql(ME)).data).toEqual({ me: null });
    expect((await client.gql(`{ contracts { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pendingToken = client.cookies.get('cc_session');
    expect((await client.gql(VERIFY, { code: '123456' })).errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_INVALID');
    const ok = await client.gql(VERIFY, { code: totp(base32Decode(secret), t.clock.now()) });
    expect(ok.data).toEqual({ verifySecondFactor: { status: 'SIGNED_IN', me: { loginId, name: 'Claire Lambert' } } });
    expect(client.cookies.get('cc_session')).not.toBe(pendingToken);
    expect((await client.gql<{ contracts: { totalCount: number } }>(`{ contracts { totalCount } }`)).data!.contracts.totalCount).toBe(3);
  });

  it('refuses the same code twice (replay) and accepts each recovery code once', async () => {
    t.setNow('2026-11-26T09:20:00.000Z');
    const code = totp(base32Decode(secret), t.clock.now());
    const first = await t.client();
    await signIn(first, loginId, STRONG_PASSWORD);
    expect((await first.gql(VERIFY, { code })).data?.verifySecondFactor).toMatchObject({ status: 'SIGNED_IN' });
    const second = await t.client();
    await signIn(second, loginId, STRONG_PASSWORD);
    expect((await second.gql(VERIFY, { code })).errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_INVALID');
    expect((await second.gql(VERIFY, { code: recoveryCodes[0]!.toUpperCase() })).data?.verifySecondFactor).toMatchObject({
      status: 'SIGNED_IN',
    });
    const third = await t.client();
    await signIn(third, loginId, STRONG_PASSWORD);
    expect((await third.gql(VERIFY, { code: recoveryCodes[0]! })).errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_INVALID');
  });

  it('stores recovery codes as an HMAC with SECRET_KEY; codes stored as plain SHA-256 before still work (#14 §5)', async () => {
    const storedCodes = async () => {
      const login = await t.orm.em.fork().findOneOrFail(CustomerLogin, { loginId });
      return JSON.parse(login.recoveryCodeHashes!) as string[];
    };
    const unused = recoveryCodes.slice(1);
    const stored = await storedCodes();
    expect(stored).toEqual(unused.map((code) => sealRecoveryCode(code, TEST_SETTINGS.secretKey)));
    for (const code of unused) expect(stored).not.toContain(hashRecoveryCode(code));
    expect(sealRecoveryCode(unused[0]!, 'another-secret-key-0123456789abcdef0123')).not.toBe(stored[0]);

    // A login enrolled before the keyed form: its codes still sign in, and the rest get keyed.
    await t.orm.em
      .fork()
      .nativeUpdate(CustomerLogin, { loginId }, { recoveryCodeHashes: JSON.stringify(unused.map((code) => hashRecoveryCode(code))) });
    const client = await t.client();
    await signIn(client, loginId, STRONG_PASSWORD);
    expect((await client.gql(VERIFY, { code: unused[0]! })).data?.verifySecondFactor).toMatchObject({ status: 'SIGNED_IN' });
    expect(await storedCodes()).toEqual(unused.slice(1).map((code) => sealRecoveryCode(code, TEST_SETTINGS.secretKey)));
    const again = await t.client();
    await signIn(again, loginId, STRONG_PASSWORD);
    expect((await again.gql(VERIFY, { code: unused[0]! })).errors?.[0]?.extensions?.reason).toBe('SECOND_FACTOR_INVALID');
    expect((await again.gql(VERIFY, { code: unused[1]! })).data?.verifySecondFactor).toMatchObject({ status: 'SIGNED_IN' });
  });
});

describe('second factor made mandatory by the customer administrator (ACC-10)', () => {
  it('sends a new viewer to enrollment before anything else, and keeps it from removing the factor', async () => {
    t.setNow('2026-11-26T10:00:00.000Z');
    const admin = await t.client();
    await signIn(admin, loginId, STRONG_PASSWORD);
    await admin.gql(VERIFY, { code: totp(base32Decode(adminSecret), t.clock.now()) });
    expect((await admin.gql(`mutation { setSecondFactorRequired(required: true) }`)).data).toEqual({ setSecondFactorRequired: true });
    await admin.gql(
      `mutation { createLogin(input: { name: "Marc Dupont", email: "marc@atelier-lambert.example", profile: VIEWER }) { loginId } }`,
    );
    await t.runWorker();
    const credentials = credentialsFromMail((await t.mails()).find((m) => m.to === 'marc@atelier-lambert.example')!.text);

    const viewer = await t.client();
    const activated = await activate(viewer, credentials.loginId, credentials.temporaryPassword, 'Boulevard-Vert#2026x');
    expect(activated.data).toEqual({ activateAccess: { status: 'SECOND_FACTOR_ENROLLMENT_REQUIRED', me: null } });
    expect((await viewer.gql(ME)).data).toEqual({ me: null });
    expect((await viewer.gql(`{ contracts { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const started = await viewer.gql<{ startSecondFactorEnrollment: { secret: string } }>(
      `mutation { startSecondFactorEnrollment { secret } }`,
    );
    const viewerSecret = base32Decode(started.data!.startSecondFactorEnrollment.secret);
    const confirmed = await viewer.gql(`mutation($c: String!) { confirmSecondFactorEnrollment(code: $c) { status } }`, {
      c: totp(viewerSecret, t.clock.now()),
    });
    expect(confirmed.data).toEqual({ confirmSecondFactorEnrollment: { status: 'SIGNED_IN' } });
    expect((await viewer.gql<{ contracts: { totalCount: number } }>(`{ contracts { totalCount } }`)).data!.contracts.totalCount).toBe(3);
    expect((await viewer.gql(`mutation { disableSecondFactor(password: "Boulevard-Vert#2026x") }`)).errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'SECOND_FACTOR_REQUIRED_BY_CUSTOMER',
    });
    expect((await viewer.gql(`mutation { setSecondFactorRequired(required: false) }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('staff sign-in (BO-1)', () => {
  it('always requires the second factor; 000000 is refused outside development', async () => {
    const em = t.orm.em.fork();
    const secret = base32Decode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    em.create(StaffAccount, {
      email: 'agent@leasing.example',
      name: 'Nadia Agent',
      role: 'AGENT' as never,
      passwordHash: await hashPassword(STRONG_PASSWORD),
      totpSecretEncrypted: encryptSecret(secret, TEST_SETTINGS.secretKey),
      demo: true,
    });
    await em.flush();
    t.setNow('2026-11-26T11:00:00.000Z');
    const client = await t.client();
    const first = await client.gql(
      `mutation { staffSignIn(input: { email: "Agent@leasing.example", password: "${STRONG_PASSWORD}" }) { status me { kind } } }`,
    );
    expect(first.data).toEqual({ staffSignIn: { status: 'SECOND_FACTOR_REQUIRED', me: null } });
    const bypass = await client.gql(VERIFY, { code: '000000' });
    expect(bypass.errors?.[0]?.extensions?.reason, JSON.stringify(bypass)).toBe('SECOND_FACTOR_INVALID');
    const ok = await client.gql<{ verifySecondFactor: { status: string } }>(
      `mutation($code: String!) { verifySecondFactor(code: $code) { status me { kind staffRole name customer { name } } } }`,
      {
        code: totp(secret, t.clock.now()),
      },
    );
    expect(ok.data).toEqual({
      verifySecondFactor: { status: 'SIGNED_IN', me: { kind: 'STAFF', staffRole: 'AGENT', name: 'Nadia Agent', customer: null } },
    });
    // staff are not customers: customer queries answer FORBIDDEN
    expect((await client.gql(`{ contracts { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
