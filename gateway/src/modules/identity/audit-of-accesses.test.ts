import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../../core/base32';
import { totp } from '../../core/totp';
import type { HttpClient } from '../../test/http-client';
import { activate, credentialsFromMail, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

// #18 item 11 (PRO-7): linking an access to another customer number and turning on the second
// factor appear in the company's audit log, with who did it and the change.
let t: TestGateway;
let claire: HttpClient;
let jan: HttpClient;
let claireLoginId: string;
let peetersLoginId: string;
const PEETERS_PASSWORD = 'Molen-Brood#2026k';
const AUDIT = `{ auditLog(first: 50) { nodes { action actorName entityType entityRef before after } } }`;
type Audit = {
  auditLog: {
    nodes: { action: string; actorName: string; entityType: string; entityRef: string; before: string | null; after: string | null }[];
  };
};

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  const atelier = await provisionAtelierAdministrator(t);
  claireLoginId = atelier.loginId;
  claire = await t.client();
  await activate(claire, atelier.loginId, atelier.temporaryPassword);
  const peeters = credentialsFromMail((await t.mails()).find((m) => m.to === 'jan@peeters.example')!.text);
  peetersLoginId = peeters.loginId;
  jan = await t.client();
  await activate(jan, peeters.loginId, peeters.temporaryPassword, PEETERS_PASSWORD);
});
afterAll(async () => t.close());

describe('#18 item 11: what the audit log was missing', () => {
  it('logs a link to another customer number in both companies’ logs', async () => {
    const linked = await claire.gql(
      `mutation($id: String!, $p: String!) { linkLogin(input: { loginId: $id, password: $p }) { loginId } }`,
      {
        id: peetersLoginId,
        p: PEETERS_PASSWORD,
      },
    );
    expect(linked.errors).toBeUndefined();
    const entry = {
      action: 'login.linked',
      actorName: 'Claire Lambert',
      entityType: 'login',
      entityRef: claireLoginId,
      before: null,
      after: JSON.stringify({ linkedLoginId: peetersLoginId }),
    };
    expect((await claire.gql<Audit>(AUDIT)).data!.auditLog.nodes).toContainEqual(entry);
    expect((await jan.gql<Audit>(AUDIT)).data!.auditLog.nodes).toContainEqual(entry);
  });

  it('logs turning the second factor on, by the person themselves', async () => {
    const started = await jan.gql<{ startSecondFactorEnrollment: { secret: string } }>(
      `mutation { startSecondFactorEnrollment { secret } }`,
    );
    const code = totp(base32Decode(started.data!.startSecondFactorEnrollment.secret), t.clock.now());
    const confirmed = await jan.gql(`mutation($c: String!) { confirmSecondFactorEnrollment(code: $c) { recoveryCodes } }`, { c: code });
    expect(confirmed.errors).toBeUndefined();
    const nodes = (await jan.gql<Audit>(AUDIT)).data!.auditLog.nodes;
    expect(nodes).toContainEqual({
      action: 'login.second-factor-enabled',
      actorName: 'Jan Peeters',
      entityType: 'login',
      entityRef: peetersLoginId,
      before: JSON.stringify({ secondFactor: false }),
      after: JSON.stringify({ secondFactor: true }),
    });
  });
});
