import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RateLimitCounter } from '../../platform/rate-limit.entity';
import { OTHER_STRONG_PASSWORD, STRONG_PASSWORD, activate, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { CustomerLogin } from './customer-login.entity';
import { LoginStatus } from './identity.enums';

// #18 items 6 and 22: answers precise enough for the portal to say what really happened.
let t: TestGateway;
let loginId: string;

const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  loginId = credentials.loginId;
  expect((await activate(await t.client(), loginId, credentials.temporaryPassword)).errors).toBeUndefined();
});
afterAll(async () => t.close());

beforeEach(async () => {
  const em = t.orm.em.fork();
  await em.nativeDelete(RateLimitCounter, {});
  await em.nativeUpdate(CustomerLogin, { loginId }, { failedAttempts: 0, lockedUntil: null, status: LoginStatus.ACTIVE });
});

describe('#18 item 6: a deactivated login is told so at sign-in', () => {
  it('answers LOGIN_DEACTIVATED to the right password, and opens no session', async () => {
    await t.orm.em.fork().nativeUpdate(CustomerLogin, { loginId }, { status: LoginStatus.DEACTIVATED });
    const client = await t.client();
    const answer = await signIn(client, loginId, STRONG_PASSWORD);
    expect(answer.data?.signIn ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOGIN_DEACTIVATED' });
    expect(client.cookies.has('cc_session')).toBe(false);
  });

  it('still answers INVALID_CREDENTIALS to a wrong password, and counts it', async () => {
    await t.orm.em.fork().nativeUpdate(CustomerLogin, { loginId }, { status: LoginStatus.DEACTIVATED });
    const answer = await signIn(await t.client(), loginId, 'Not-The-Password#99');
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    const stored = await t.orm.em.fork().findOneOrFail(CustomerLogin, { loginId });
    expect(stored.failedAttempts).toBe(1);
  });
});

describe('#18 item 22: a password change refuses the current password as the new one (PRO-6)', () => {
  it('answers SAME_AS_CURRENT on newPassword and changes nothing: the other session stays open', async () => {
    const laptop = await t.client();
    const phone = await t.client();
    await signIn(laptop, loginId, STRONG_PASSWORD);
    await signIn(phone, loginId, STRONG_PASSWORD);
    const before = await t.orm.em.fork().findOneOrFail(CustomerLogin, { loginId });

    const change = await laptop.gql(CHANGE_PASSWORD, { c: STRONG_PASSWORD, n: STRONG_PASSWORD });
    expect(change.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_POLICY',
      fields: [{ field: 'newPassword', code: 'SAME_AS_CURRENT' }],
    });
    const after = await t.orm.em.fork().findOneOrFail(CustomerLogin, { loginId });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.passwordChangedAt?.toISOString()).toBe(before.passwordChangedAt?.toISOString());
    expect((await phone.gql<{ me: { loginId: string } }>(`{ me { loginId } }`)).data!.me.loginId).toBe(loginId);

    // a different password still goes through
    expect((await laptop.gql(CHANGE_PASSWORD, { c: STRONG_PASSWORD, n: OTHER_STRONG_PASSWORD })).data).toEqual({ changePassword: true });
    expect((await laptop.gql(CHANGE_PASSWORD, { c: OTHER_STRONG_PASSWORD, n: STRONG_PASSWORD })).data).toEqual({ changePassword: true });
  });
});
