import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ME, STRONG_PASSWORD, activate, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { CustomerLogin } from './customer-login.entity';
import { Session } from './session.entity';

/** Issue #11 §5 (ACC-5, ACC-6): smaller sign-in findings, through real HTTP requests. */
let t: TestGateway;
let loginId: string;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  loginId = credentials.loginId;
  await activate(await t.client(), loginId, credentials.temporaryPassword);
});
afterAll(async () => t.close());

describe('#11 §5 the per-address throttle counts IPv6 per /64 (ACC-6)', () => {
  it('30 checks from 30 addresses of one /64 spend its budget; the next /64 is not affected', async () => {
    t.setNow('2026-11-26T10:00:00.000Z');
    const from = async (address: string) => (await t.client()).withHeaders({ 'x-forwarded-for': address });
    const reasons: unknown[] = [];
    for (let i = 1; i <= 30; i += 1) {
      const answer = await signIn(await from(`2001:db8:85a3:12::${i.toString(16)}`), String(200_000_000 + i), 'Wrong-Password-99!');
      reasons.push(answer.errors?.[0]?.extensions?.reason);
    }
    expect(reasons).toEqual(Array.from({ length: 30 }, () => 'INVALID_CREDENTIALS'));
    const sameNetwork = await signIn(await from('2001:db8:85a3:12:ffff:ffff:ffff:fffe'), loginId, STRONG_PASSWORD);
    expect(sameNetwork.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', reason: 'IP_THROTTLED' });
    const nextNetwork = await signIn(await from('2001:db8:85a3:13::1'), loginId, STRONG_PASSWORD);
    expect(nextNetwork.data?.signIn.status).toBe('SIGNED_IN');
  });
});

describe('#11 §5 signing in again in the same browser ends the previous session on the server (ACC-5)', () => {
  it('the first session’s cookie no longer works anywhere, and only one session of the login is left', async () => {
    t.setNow('2026-11-26T11:00:00.000Z');
    const em = t.orm.em.fork();
    const login = await em.findOneOrFail(CustomerLogin, { loginId });
    await em.nativeDelete(Session, { accountRef: login.id });
    const browser = await t.client();
    await signIn(browser, loginId, STRONG_PASSWORD);
    const firstToken = browser.cookies.get('cc_session')!;
    expect((await signIn(browser, loginId, STRONG_PASSWORD)).data?.signIn.status).toBe('SIGNED_IN');
    expect(browser.cookies.get('cc_session')).not.toBe(firstToken);

    const stolen = await t.client();
    stolen.cookies.set('cc_session', firstToken);
    expect((await stolen.gql(ME)).data).toEqual({ me: null });
    expect((await browser.gql<{ me: { loginId: string } }>(ME)).data?.me.loginId).toBe(loginId);
    expect(await em.count(Session, { accountRef: login.id })).toBe(1);
  });

  it('two aliased sign-ins in one request leave one session, the one whose cookie the browser keeps', async () => {
    t.setNow('2026-11-26T11:05:00.000Z');
    const em = t.orm.em.fork();
    const login = await em.findOneOrFail(CustomerLogin, { loginId });
    await em.nativeDelete(Session, { accountRef: login.id });
    const browser = await t.client();
    const input = `input: { loginId: "${loginId}", password: "${STRONG_PASSWORD}" }`;
    const answer = await browser.gql(`mutation { a: signIn(${input}) { status } b: signIn(${input}) { status } }`);
    expect(answer.data).toEqual({ a: { status: 'SIGNED_IN' }, b: { status: 'SIGNED_IN' } });
    expect(await em.count(Session, { accountRef: login.id })).toBe(1);
    expect((await browser.gql<{ me: { loginId: string } }>(ME)).data?.me.loginId).toBe(loginId);
  });
});
