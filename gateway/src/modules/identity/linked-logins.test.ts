import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ME, STRONG_PASSWORD, activate, credentialsFromMail, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

/** ACC-11: one person, two customer numbers, one session that switches between them. */
let t: TestGateway;
let claire: HttpClient;
let atelierLoginId: string;
let peetersLoginId: string;
const PEETERS_PASSWORD = 'Molen-Brood#2026k';

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const atelier = await provisionAtelierAdministrator(t);
  atelierLoginId = atelier.loginId;
  claire = await t.client();
  await activate(claire, atelier.loginId, atelier.temporaryPassword);
  const peeters = credentialsFromMail((await t.mails()).find((m) => m.to === 'jan@peeters.example')!.text);
  peetersLoginId = peeters.loginId;
  await activate(await t.client(), peeters.loginId, peeters.temporaryPassword, PEETERS_PASSWORD);
});
afterAll(async () => t.close());

const CONTRACT_NUMBERS = `{ contracts { nodes { contractNumber } } }`;
type Me = {
  me: {
    loginId: string;
    customer: { customerNumber: string };
    linkedCustomers: { loginId: string; customerNumber: string; current: boolean }[];
  };
};

/** linkLogin's one refusal (#11 §5): the caller stays signed in, and cannot tell which ids exist. */
const LINK_REFUSED = {
  code: 'BAD_USER_INPUT',
  reason: 'INVALID_CREDENTIALS',
  fields: [{ field: 'password', code: 'INVALID_CREDENTIALS', message: 'The login id or the password is not correct' }],
};

describe('linked customer numbers (ACC-11)', () => {
  it('refuses a link with a wrong password, and links with the right one', async () => {
    const wrong = await claire.gql(
      `mutation($id: String!) { linkLogin(input: { loginId: $id, password: "Wrong-Password-1!" }) { loginId } }`,
      { id: peetersLoginId },
    );
    expect(wrong.errors?.[0]?.extensions).toEqual(LINK_REFUSED);
    const linked = await claire.gql<Me & { linkLogin: Me['me'] }>(
      `mutation($id: String!, $p: String!) { linkLogin(input: { loginId: $id, password: $p }) { loginId linkedCustomers { loginId customerNumber current } } }`,
      {
        id: peetersLoginId,
        p: PEETERS_PASSWORD,
      },
    );
    expect(linked.data!.linkLogin.linkedCustomers).toEqual([
      { loginId: atelierLoginId, customerNumber: '10000001', current: true },
      { loginId: peetersLoginId, customerNumber: '10000002', current: false },
    ]);
  });

  it('switches customer without signing out, each customer’s data staying its own', async () => {
    expect(
      (await claire.gql<{ contracts: { nodes: { contractNumber: string }[] } }>(CONTRACT_NUMBERS)).data!.contracts.nodes.map(
        (c) => c.contractNumber,
      ),
    ).toEqual(['CL-1003', 'LC-1001', 'RN-1002']);
    const switched = await claire.gql(`mutation($id: String!) { switchCustomer(loginId: $id) { loginId customer { customerNumber } } }`, {
      id: peetersLoginId,
    });
    expect(switched.data).toEqual({ switchCustomer: { loginId: peetersLoginId, customer: { customerNumber: '10000002' } } });
    expect(
      (await claire.gql<{ contracts: { nodes: { contractNumber: string }[] } }>(CONTRACT_NUMBERS)).data!.contracts.nodes.map(
        (c) => c.contractNumber,
      ),
    ).toEqual(['LC-2001']);
    const back = await claire.gql(`mutation($id: String!) { switchCustomer(loginId: $id) { customer { customerNumber } } }`, {
      id: atelierLoginId,
    });
    expect(back.data).toEqual({ switchCustomer: { customer: { customerNumber: '10000001' } } });
  });

  it('cannot switch to a login that is not linked', async () => {
    const stranger = await claire.gql(`mutation { switchCustomer(loginId: "123123123") { loginId } }`);
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('revokes the link: the session falls back to its own customer and cannot switch again', async () => {
    await claire.gql(`mutation($id: String!) { switchCustomer(loginId: $id) { loginId } }`, { id: peetersLoginId });
    const unlinked = await claire.gql<{ unlinkLogin: { loginId: string; linkedCustomers: unknown[] } }>(
      `mutation($id: String!) { unlinkLogin(loginId: $id) { loginId linkedCustomers { loginId } } }`,
      {
        id: peetersLoginId,
      },
    );
    expect(unlinked.data).toEqual({ unlinkLogin: { loginId: atelierLoginId, linkedCustomers: [] } });
    expect((await claire.gql<Me>(ME)).data!.me.customer.customerNumber).toBe('10000001');
    expect(
      (await claire.gql(`mutation($id: String!) { switchCustomer(loginId: $id) { loginId } }`, { id: peetersLoginId })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    // the other login still works on its own
    expect((await signIn(await t.client(), peetersLoginId, PEETERS_PASSWORD)).data?.signIn.status).toBe('SIGNED_IN');
    expect((await signIn(await t.client(), atelierLoginId, STRONG_PASSWORD)).data?.signIn.status).toBe('SIGNED_IN');
  });

  it('#11 §5: an unknown id, an inactive id, a wrong password and a locked login answer alike, and the caller stays signed in', async () => {
    t.setNow('2026-11-26T11:00:00.000Z');
    const session = await t.client();
    await signIn(session, atelierLoginId, STRONG_PASSWORD);
    const link = (id: string, password: string) =>
      session.gql(`mutation($id: String!, $p: String!) { linkLogin(input: { loginId: $id, password: $p }) { loginId } }`, {
        id,
        p: password,
      });
    const answers = [];
    answers.push(await link('987654321', 'Wrong-Password-1!')); // no such login
    answers.push(await link('12345', 'Wrong-Password-1!')); // not even an id
    for (let i = 0; i < 5; i += 1) answers.push(await link(peetersLoginId, `Wrong-Password-${i}!`)); // the 5th locks it
    answers.push(await link(peetersLoginId, PEETERS_PASSWORD)); // locked: even the right password
    expect(answers.map((answer) => answer.errors?.[0]?.extensions)).toEqual(Array.from({ length: 8 }, () => LINK_REFUSED));
    expect(answers.map((answer) => answer.errors?.[0]?.message)).toEqual(
      Array.from({ length: 8 }, () => 'The login id or the password is not correct'),
    );
    expect((await session.gql<Me>(ME)).data?.me.loginId).toBe(atelierLoginId);
    // The owner of the locked login is told, as after wrong sign-ins.
    expect((await t.mails()).filter((mail) => mail.to === 'jan@peeters.example' && mail.template === 'lockout')).toHaveLength(1);
  });
});
