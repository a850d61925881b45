import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, activate, provisionAtelierAdministrator, signIn } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

let t: TestGateway;
let loginId: string;
const START = `mutation { startSecondFactorEnrollment { secret } }`;
const CONFIRM = `mutation { confirmSecondFactorEnrollment(code: "123456") { status } }`;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const credentials = await provisionAtelierAdministrator(t);
  loginId = credentials.loginId;
  await activate(await t.client(), loginId, credentials.temporaryPassword);
});
afterAll(async () => t.close());

describe('second-factor enrollment is public but not open (#11 §2, ACC-10, API-4)', () => {
  it('answers UNAUTHENTICATED, not FORBIDDEN, to a caller who is not signed in', async () => {
    const anonymous = await t.client();
    for (const operation of [START, CONFIRM]) {
      const answer = await anonymous.gql(operation);
      expect(answer.data).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('a session waiting for its enrollment spends the 600-a-minute budget: the 601st call is RATE_LIMITED', async () => {
    const admin = await t.client();
    await signIn(admin, loginId, STRONG_PASSWORD);
    expect((await admin.gql(`mutation { setSecondFactorRequired(required: true) }`)).data).toEqual({ setSecondFactorRequired: true });
    t.setNow('2026-11-26T09:05:00.000Z');
    const pending = await t.client();
    expect((await signIn(pending, loginId, STRONG_PASSWORD)).data).toEqual({
      signIn: { status: 'SECOND_FACTOR_ENROLLMENT_REQUIRED', me: null },
    });
    // The sign-in request carried no cookie yet: the next 600 requests are the session's budget.
    expect((await pending.gql(START)).errors).toBeUndefined();
    for (let round = 0; round < 599 / 20; round += 1) {
      await Promise.all(Array.from({ length: Math.min(20, 599 - round * 20) }, () => pending.gql(`{ __typename }`)));
    }
    expect((await pending.gql(START)).errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect((await pending.gql(CONFIRM)).errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    t.setNow('2026-11-26T09:06:01.000Z');
    expect((await pending.gql(START)).errors).toBeUndefined();
  });
});
