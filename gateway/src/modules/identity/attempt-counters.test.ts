import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../../core/base32';
import { totp } from '../../core/totp';
import { STRONG_PASSWORD, activate, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { CustomerLogin } from './customer-login.entity';

/**
 * Issue #11 §1 (ACC-6, ACC-10): concurrent attempts do not lose increments. Real requests in
 * parallel against one gateway and one database (SQLite, or PostgreSQL with DATABASE_URL).
 */
let t: TestGateway;
let loginId: string;
let address = 0;
const client = async (): Promise<HttpClient> => (await t.client()).withHeaders({ 'x-forwarded-for': `203.0.113.${(address += 1)}` });
const stored = () => t.orm.em.fork().findOneOrFail(CustomerLogin, { loginId });
const lockouts = async () => (await t.mails()).filter((m) => m.template === 'lockout').length;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  loginId = credentials.loginId;
  await activate(await client(), loginId, credentials.temporaryPassword);
});
afterAll(async () => t.close());

describe('#11 §1 failed passwords are counted by one atomic statement', () => {
  it('4 concurrent wrong passwords count 4 (none lost), and the 5th locks', async () => {
    t.setNow('2026-11-26T10:00:00.000Z');
    const attacker = await client();
    await Promise.all(Array.from({ length: 4 }, (_, i) => signIn(attacker, loginId, `Wrong-Password-${i}0!`)));
    expect((await stored()).failedAttempts).toBe(4);
    expect((await stored()).lockedUntil).toBeNull();
    await signIn(attacker, loginId, 'Wrong-Password-50!');
    expect((await stored()).lockedUntil?.toISOString()).toBe('2026-11-26T10:15:00.000Z');
  });

  it('20 concurrent wrong passwords on one login: locked after exactly 5, one lockout e-mail, the right password refused', async () => {
    t.setNow('2026-11-26T11:00:00.000Z');
    const before = await lockouts();
    const attacker = await client();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(attacker, loginId, `Wrong-Password-${i}9!`)));
    expect(answers.map((a) => a.errors?.[0]?.extensions?.reason)).toEqual(Array.from({ length: 20 }, () => 'INVALID_CREDENTIALS'));
    const login = await stored();
    expect(login.lockedUntil?.toISOString()).toBe('2026-11-26T11:15:00.000Z');
    expect(login.failedAttempts).toBe(0);
    expect((await lockouts()) - before).toBe(1);
    expect((await signIn(await client(), loginId, STRONG_PASSWORD)).data?.signIn ?? null).toBeNull();
    t.setNow('2026-11-26T11:15:01.000Z');
    expect((await signIn(await client(), loginId, STRONG_PASSWORD)).data?.signIn.status).toBe('SIGNED_IN');
  });
});

describe('#11 §1 the TOTP replay step is taken by a conditional update', () => {
  it('the same code sent at once by 6 half-signed-in sessions signs in exactly one of them', async () => {
    t.setNow('2026-11-26T12:00:00.000Z');
    const owner = await client();
    await signIn(owner, loginId, STRONG_PASSWORD);
    const started = await owner.gql<{ startSecondFactorEnrollment: { secret: string } }>(
      `mutation { startSecondFactorEnrollment { secret } }`,
    );
    const secret = base32Decode(started.data!.startSecondFactorEnrollment.secret);
    await owner.gql(`mutation($c: String!) { confirmSecondFactorEnrollment(code: $c) { status } }`, { c: totp(secret, t.clock.now()) });

    t.setNow('2026-11-26T12:01:00.000Z');
    const sessions: HttpClient[] = [];
    for (let i = 0; i < 6; i += 1) {
      const pending = await client();
      await signIn(pending, loginId, STRONG_PASSWORD);
      sessions.push(pending);
    }
    const code = totp(secret, t.clock.now());
    const verify = `mutation($code: String!) { verifySecondFactor(code: $code) { status } }`;
    type Verified = { verifySecondFactor: { status: string } | null };
    const answers = await Promise.all(sessions.map((session) => session.gql<Verified>(verify, { code })));
    expect(answers.map((a) => a.data?.verifySecondFactor?.status ?? a.errors?.[0]?.extensions?.reason).sort()).toEqual([
      'SECOND_FACTOR_INVALID',
      'SECOND_FACTOR_INVALID',
      'SECOND_FACTOR_INVALID',
      'SECOND_FACTOR_INVALID',
      'SECOND_FACTOR_INVALID',
      'SIGNED_IN',
    ]);
  });
});
