import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, credentialsFromMail, provisionAtelierAdministrator, signIn, STRONG_PASSWORD } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { CustomerLogin } from './customer-login.entity';

/**
 * #18 items 20 and 3 (ACC-3, ACC-4, ACC-6): step 1 of the activation page checks the temporary
 * password and names the person, the company and its language, so that step 2 can check every rule
 * live. It must count exactly like activateAccess: same lock, same answers.
 */
let t: TestGateway;
let atelier: { loginId: string; temporaryPassword: string };
let peeters: { loginId: string; temporaryPassword: string };
let address = 0;
// A fresh address per request: the per-login lock is what these tests look at, not the per-address throttle.
const client = async (): Promise<HttpClient> => (await t.client()).withHeaders({ 'x-forwarded-for': `198.51.100.${(address += 1)}` });

const VERIFY = `mutation($input: ActivationCredentialsInput!) {
  verifyActivationCredentials(input: $input) { personName companyName correspondenceLanguage }
}`;
type Verified = { verifyActivationCredentials: { personName: string; companyName: string; correspondenceLanguage: string } | null };
const verify = async (loginId: string, temporaryPassword: string) =>
  (await client()).gql<Verified>(VERIFY, { input: { loginId, temporaryPassword } });
const stored = (loginId: string) => t.orm.em.fork().findOneOrFail(CustomerLogin, { loginId });

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-02' });
  t.setNow('2026-11-02T08:00:00.000Z');
  atelier = await provisionAtelierAdministrator(t);
  peeters = credentialsFromMail((await t.mails()).find((m) => m.to === 'jan@peeters.example' && m.template === 'activation')!.text);
});
afterAll(async () => t.close());

describe('#18 item 20 verifyActivationCredentials (ACC-3, ACC-6)', () => {
  it('right credentials → the person’s name, the company name and the correspondence language, and the temporary password still works', async () => {
    expect((await verify(atelier.loginId, atelier.temporaryPassword)).data).toEqual({
      verifyActivationCredentials: { personName: 'Claire Lambert', companyName: 'Atelier Lambert', correspondenceLanguage: 'FR' },
    });
    // #18 item 3: Peeters corresponds in Dutch.
    expect((await verify(peeters.loginId, peeters.temporaryPassword)).data).toEqual({
      verifyActivationCredentials: { personName: 'Jan Peeters', companyName: 'Bakkerij Peeters', correspondenceLanguage: 'NL' },
    });
    const login = await stored(atelier.loginId);
    expect([login.status, login.failedAttempts, login.temporaryPasswordHash !== null]).toEqual(['PENDING_ACTIVATION', 0, true]);
  });

  it('unknown id, malformed id and wrong temporary password all read INVALID_CREDENTIALS, as activateAccess says', async () => {
    for (const [loginId, password] of [
      ['999999999', 'whatever'],
      ['12ab', 'whatever'],
      [atelier.loginId, 'not-the-temporary-one'],
    ] as const) {
      const result = await verify(loginId, password);
      expect(result.data).toEqual({ verifyActivationCredentials: null });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      // One message too: a pending id must not read differently from an unknown one (#11 §5).
      expect(result.errors?.[0]?.message).toBe('The login id or the password is not correct');
      const activated = (await activate(await client(), loginId, password)).errors?.[0];
      expect(activated?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(activated?.message).toBe('The login id or the password is not correct');
    }
  });

  it('wrong temporary passwords count with activateAccess’s: the 5th attempt locks, then even the right one is refused', async () => {
    // The previous test left 2 failures on Atelier (one verify, one activate); a right answer resets them.
    expect((await stored(atelier.loginId)).failedAttempts).toBe(2);
    await verify(atelier.loginId, atelier.temporaryPassword);
    expect((await stored(atelier.loginId)).failedAttempts).toBe(0);

    await verify(atelier.loginId, 'wrong-1');
    await activate(await client(), atelier.loginId, 'wrong-2');
    await verify(atelier.loginId, 'wrong-3');
    await activate(await client(), atelier.loginId, 'wrong-4');
    expect([(await stored(atelier.loginId)).failedAttempts, (await stored(atelier.loginId)).lockedUntil]).toEqual([4, null]);
    await verify(atelier.loginId, 'wrong-5');
    expect((await stored(atelier.loginId)).lockedUntil?.toISOString()).toBe('2026-11-02T08:15:00.000Z');
    expect((await t.mails()).filter((m) => m.template === 'lockout' && m.to === 'claire@atelier-lambert.example')).toHaveLength(1);

    // Locked: the right temporary password is refused with the same answer as a wrong one, by both mutations.
    const locked = await verify(atelier.loginId, atelier.temporaryPassword);
    expect(locked.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect((await activate(await client(), atelier.loginId, atelier.temporaryPassword)).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
  });

  it('after the lock the right credentials verify and activate as usual', async () => {
    t.setNow('2026-11-02T08:16:00.000Z');
    expect((await verify(atelier.loginId, atelier.temporaryPassword)).data?.verifyActivationCredentials?.personName).toBe('Claire Lambert');
    expect((await activate(await client(), atelier.loginId, atelier.temporaryPassword)).data?.activateAccess.status).toBe('SIGNED_IN');
    expect((await signIn(await client(), atelier.loginId, STRONG_PASSWORD)).data?.signIn.status).toBe('SIGNED_IN');
    // Activated: the temporary password is gone, so step 1 refuses it like activateAccess would.
    expect((await verify(atelier.loginId, atelier.temporaryPassword)).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
  });

  it('an expired temporary password reads TEMPORARY_PASSWORD_EXPIRED, the code activateAccess gives', async () => {
    // Issued Monday 2 November: dead on Monday 16 November (8 business days, 11 November a holiday).
    t.setNow('2026-11-16T07:00:00.000Z');
    const result = await verify(peeters.loginId, peeters.temporaryPassword);
    expect(result.data).toEqual({ verifyActivationCredentials: null });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TEMPORARY_PASSWORD_EXPIRED' });
    expect((await activate(await client(), peeters.loginId, peeters.temporaryPassword)).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TEMPORARY_PASSWORD_EXPIRED',
    });
  });

  it('is throttled per address like activateAccess (IP_THROTTLED)', async () => {
    const same = (await t.client()).withHeaders({ 'x-forwarded-for': '192.0.2.77' });
    let last: Awaited<ReturnType<HttpClient['gql']>> | undefined;
    for (let i = 0; i < 40 && last?.errors?.[0]?.extensions?.reason !== 'IP_THROTTLED'; i++) {
      last = await same.gql<Verified>(VERIFY, { input: { loginId: '999999999', temporaryPassword: `x${i}` } });
    }
    expect(last?.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', reason: 'IP_THROTTLED' });
    expect((await activate(same, '999999999', 'x')).errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', reason: 'IP_THROTTLED' });
  });
});
