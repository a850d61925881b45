import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../../core/base32';
import { totp } from '../../core/totp';
import { STRONG_PASSWORD, activate, credentialsFromMail, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { CustomerLogin } from './customer-login.entity';
import { Session } from './session.entity';

/**
 * Issue #11 §1 (ACC-10, ACC-11): the second factor cannot be skipped — not by linking a login, not by
 * switching into it, not by aliasing verifySecondFactor past the lock.
 */
let t: TestGateway;
let claireLoginId: string;
let janLoginId: string;
let janSecret: Uint8Array;
const JAN_PASSWORD = 'Molen-Brood#2026k';
let address = 0;
/** Each client its own client address, so the per-address throttle of one test does not bleed into the next. */
const client = async (): Promise<HttpClient> => (await t.client()).withHeaders({ 'x-forwarded-for': `198.51.100.${(address += 1)}` });

const LINK = `mutation($id: String!, $p: String!, $c: String) { linkLogin(input: { loginId: $id, password: $p, secondFactorCode: $c }) { linkedCustomers { loginId current } } }`;
const SWITCH = `mutation($id: String!, $c: String) { switchCustomer(loginId: $id, secondFactorCode: $c) { loginId customer { customerNumber } } }`;
const CONTRACT_NUMBERS = `{ contracts { nodes { contractNumber } } }`;
const VERIFY = `mutation($code: String!) { verifySecondFactor(code: $code) { status } }`;

const contractNumbers = async (c: HttpClient) =>
  (await c.gql<{ contracts: { nodes: { contractNumber: string }[] } }>(CONTRACT_NUMBERS)).data?.contracts.nodes.map(
    (n) => n.contractNumber,
  );
const janCode = () => totp(janSecret, t.clock.now());
/** A 6-digit code that is surely not the current one. */
const wrongCode = (i: number) => String((Number(janCode()) + 1 + i) % 1_000_000).padStart(6, '0');

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const claire = await provisionAtelierAdministrator(t);
  claireLoginId = claire.loginId;
  await activate(await client(), claire.loginId, claire.temporaryPassword);
  const jan = credentialsFromMail((await t.mails()).find((m) => m.to === 'jan@peeters.example')!.text);
  janLoginId = jan.loginId;
  const janClient = await client();
  await activate(janClient, jan.loginId, jan.temporaryPassword, JAN_PASSWORD);
  const started = await janClient.gql<{ startSecondFactorEnrollment: { secret: string } }>(
    `mutation { startSecondFactorEnrollment { secret } }`,
  );
  janSecret = base32Decode(started.data!.startSecondFactorEnrollment.secret);
  const confirmed = await janClient.gql(`mutation($c: String!) { confirmSecondFactorEnrollment(code: $c) { status } }`, { c: janCode() });
  expect(confirmed.data).toEqual({ confirmSecondFactorEnrollment: { status: 'SIGNED_IN' } });
});
afterAll(async () => t.close());

describe('#11 §1 linked accesses need the linked login’s second factor (ACC-10, ACC-11)', () => {
  let laptop: HttpClient;

  it('refuses a link proven by the password alone or with a wrong code, and links with the right code', async () => {
    t.setNow('2026-11-26T09:01:00.000Z');
    laptop = await client();
    await signIn(laptop, claireLoginId, STRONG_PASSWORD);
    const passwordOnly = await laptop.gql(LINK, { id: janLoginId, p: JAN_PASSWORD });
    expect(passwordOnly.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_REQUIRED' });
    const wrong = await laptop.gql(LINK, { id: janLoginId, p: JAN_PASSWORD, c: wrongCode(0) });
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_INVALID' });
    expect((await laptop.gql(`{ me { linkedCustomers { loginId } } }`)).data).toEqual({ me: { linkedCustomers: [] } });

    const linked = await laptop.gql(LINK, { id: janLoginId, p: JAN_PASSWORD, c: janCode() });
    expect(linked.data).toEqual({
      linkLogin: {
        linkedCustomers: [
          { loginId: claireLoginId, current: true },
          { loginId: janLoginId, current: false },
        ],
      },
    });
    // proven when linked: this session switches without typing the code again
    expect((await laptop.gql(SWITCH, { id: janLoginId })).data).toEqual({
      switchCustomer: { loginId: janLoginId, customer: { customerNumber: '10000002' } },
    });
    expect(await contractNumbers(laptop)).toEqual(['LC-2001']);
  });

  it('a session that never gave the linked login’s code cannot switch into it until it does, once', async () => {
    t.setNow('2026-11-26T09:02:00.000Z');
    const phone = await client();
    await signIn(phone, claireLoginId, STRONG_PASSWORD);
    const bare = await phone.gql(SWITCH, { id: janLoginId });
    expect(bare.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_REQUIRED' });
    expect(bare.data).toBeNull();
    expect(await contractNumbers(phone)).toEqual(['CL-1003', 'LC-1001', 'RN-1002']);
    const wrong = await phone.gql(SWITCH, { id: janLoginId, c: wrongCode(1) });
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_INVALID' });
    expect(await contractNumbers(phone)).toEqual(['CL-1003', 'LC-1001', 'RN-1002']);

    expect((await phone.gql(SWITCH, { id: janLoginId, c: janCode() })).data).toEqual({
      switchCustomer: { loginId: janLoginId, customer: { customerNumber: '10000002' } },
    });
    expect(await contractNumbers(phone)).toEqual(['LC-2001']);
    expect((await phone.gql(SWITCH, { id: claireLoginId })).data?.switchCustomer).toMatchObject({ loginId: claireLoginId });
    expect((await phone.gql(SWITCH, { id: janLoginId })).data?.switchCustomer).toMatchObject({ loginId: janLoginId });
  });

  it('a login whose customer makes the second factor mandatory, not enrolled yet, is not acted as through a link', async () => {
    t.setNow('2026-11-26T09:03:00.000Z');
    const admin = await client();
    await signIn(admin, claireLoginId, STRONG_PASSWORD);
    expect((await admin.gql(`mutation { setSecondFactorRequired(required: true) }`)).data).toEqual({ setSecondFactorRequired: true });
    t.setNow('2026-11-26T09:03:30.000Z');
    const janSession = await client();
    await signIn(janSession, janLoginId, JAN_PASSWORD);
    expect((await janSession.gql(VERIFY, { code: janCode() })).data).toEqual({ verifySecondFactor: { status: 'SIGNED_IN' } });
    const intoClaire = await janSession.gql(SWITCH, { id: claireLoginId });
    expect(intoClaire.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'SECOND_FACTOR_ENROLLMENT_REQUIRED' });
    expect(await contractNumbers(janSession)).toEqual(['LC-2001']);
  });
});

describe('#11 §1 a sign-in that enrolled its second factor has proven it for the session (ACC-10, ACC-11)', () => {
  it('enrolled at sign-in (the customer requires it), switched into a linked login and back: no code asked for its own login again', async () => {
    // Atelier requires the second factor since the test above; Claire has not enrolled yet.
    t.setNow('2026-11-26T09:10:00.000Z');
    const session = await client();
    expect((await signIn(session, claireLoginId, STRONG_PASSWORD)).data).toEqual({
      signIn: { status: 'SECOND_FACTOR_ENROLLMENT_REQUIRED', me: null },
    });
    const started = await session.gql<{ startSecondFactorEnrollment: { secret: string } }>(
      `mutation { startSecondFactorEnrollment { secret } }`,
    );
    const claireSecret = base32Decode(started.data!.startSecondFactorEnrollment.secret);
    const confirmed = await session.gql(`mutation($c: String!) { confirmSecondFactorEnrollment(code: $c) { status } }`, {
      c: totp(claireSecret, t.clock.now()),
    });
    expect(confirmed.data).toEqual({ confirmSecondFactorEnrollment: { status: 'SIGNED_IN' } });
    expect(await contractNumbers(session)).toEqual(['CL-1003', 'LC-1001', 'RN-1002']);
    t.setNow('2026-11-26T09:10:40.000Z');
    expect((await session.gql(SWITCH, { id: janLoginId, c: janCode() })).data).toEqual({
      switchCustomer: { loginId: janLoginId, customer: { customerNumber: '10000002' } },
    });
    const back = await session.gql(SWITCH, { id: claireLoginId });
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ switchCustomer: { loginId: claireLoginId, customer: { customerNumber: '10000001' } } });
    expect(await contractNumbers(session)).toEqual(['CL-1003', 'LC-1001', 'RN-1002']);
  });
});

describe('#11 §1 aliased verifySecondFactor calls each count and meet the lock (ACC-6, ACC-10)', () => {
  it('one request with 14 wrong codes and the right one at alias 8 does not sign in; the pending session dies with the lock', async () => {
    t.setNow('2026-11-26T10:00:00.000Z');
    const attacker = await client();
    expect((await signIn(attacker, janLoginId, JAN_PASSWORD)).data).toEqual({ signIn: { status: 'SECOND_FACTOR_REQUIRED', me: null } });
    const fields = Array.from(
      { length: 15 },
      (_, i) => `a${i + 1}: verifySecondFactor(code: "${i + 1 === 8 ? janCode() : wrongCode(i)}") { status }`,
    );
    const result = await attacker.gql<Record<string, { status: string } | null>>(`mutation { ${fields.join(' ')} }`);

    expect(Object.values(result.data ?? {}).filter((v) => v !== null)).toEqual([]);
    expect(result.errors?.map((e) => `${e.path?.[0]}:${e.extensions?.reason}`)).toEqual([
      ...Array.from({ length: 5 }, (_, i) => `a${i + 1}:SECOND_FACTOR_INVALID`),
      ...Array.from({ length: 10 }, (_, i) => `a${i + 6}:SESSION_ENDED`),
    ]);
    const em = t.orm.em.fork();
    const jan = await em.findOneOrFail(CustomerLogin, { loginId: janLoginId });
    expect(jan.lockedUntil?.toISOString()).toBe('2026-11-26T10:15:00.000Z');
    expect(await em.count(Session, { accountRef: jan.id, secondFactorPending: true })).toBe(0);
    expect((await attacker.gql(`{ me { loginId } }`)).data).toEqual({ me: null });
    expect((await attacker.gql(VERIFY, { code: janCode() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
