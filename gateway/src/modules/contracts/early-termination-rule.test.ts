import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBatch } from '../../test/fixtures';
import type { HttpClient } from '../../test/http-client';
import { activate, credentialsFromMail, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

/*
 * Issue #18 item 9 (CON-2, X-2, INT-1): the early-termination rule is answered in the caller's language,
 * with the language it is in. Real GraphQL over HTTP (session cookie, API token) against a real database.
 * Atelier Lambert (10000001) corresponds in French, Bakkerij Peeters (10000002) in Dutch.
 */
let t: TestGateway;
let user: HttpClient;
let token: HttpClient;
/** A token of Bakkerij Peeters, whose language of correspondence is Dutch. */
let dutchToken: HttpClient;

const TEXTS = {
  fr: "Capital restant dû majoré d'une indemnité de 3 %",
  nl: 'Openstaand kapitaal vermeerderd met een vergoeding van 3 %',
  en: 'Outstanding capital plus an indemnity of 3 %',
};

const contractWith = (upstreamId: string, contractNumber: string, earlyTerminationRule: unknown, customer = 'LC-1001') => ({
  ...fixtureBatch().contracts.find((c) => c.contractNumber === customer)!,
  upstreamId,
  contractNumber,
  assets: [],
  installments: [],
  earlyTerminationRule,
});

const RULE = `query($number: String!) { contractByNumber(number: $number) { earlyTerminationRule earlyTerminationRuleLanguage } }`;
const rule = async (client: HttpClient, number: string) => {
  const result = await client.gql<{ contractByNumber: unknown }>(RULE, { number });
  expect(result.errors).toBeUndefined();
  return result.data!.contractByNumber;
};
const setLanguage = async (language: string) => {
  const result = await user.gql(`mutation($language: Language) { updateMyPreferences(input: { language: $language }) { language } }`, {
    language,
  });
  expect(result.errors).toBeUndefined();
};

/** Activates Bakkerij Peeters' administrator from its e-mail and creates a token with it. */
async function tokenOfBakkerijPeeters(): Promise<HttpClient> {
  const mail = (await t.mails()).find((m) => m.to === 'jan@peeters.example' && m.template === 'activation');
  const jan = credentialsFromMail(mail!.text);
  const admin = await t.client();
  await activate(admin, jan.loginId, jan.temporaryPassword);
  const created = await admin.gql<{ createApiToken: { token: string } }>(
    `mutation { createApiToken(input: { name: "Boekhouding", profile: VIEWER, expiresOn: "2027-06-30" }) { token } }`,
  );
  expect(created.errors).toBeUndefined();
  return (await t.client()).withHeaders({ authorization: `Bearer ${created.data!.createApiToken.token}` });
}

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  const credentials = await provisionAtelierAdministrator(t);
  await t.ingest({
    contracts: [
      contractWith('K-RULE-ALL', 'LC-7001', TEXTS),
      contractWith('K-RULE-FR', 'LC-7002', { fr: TEXTS.fr }),
      contractWith('K-RULE-EN', 'LC-7003', { en: TEXTS.en, nl: null }),
      contractWith('K-RULE-NONE', 'LC-7004', null),
      contractWith('K-RULE-NL', 'LC-8001', TEXTS, 'LC-2001'),
    ],
  });
  dutchToken = await tokenOfBakkerijPeeters();
  user = await t.client();
  expect((await activate(user, credentials.loginId, credentials.temporaryPassword)).data?.activateAccess.status).toBe('SIGNED_IN');
  const created = await user.gql<{ createApiToken: { token: string } }>(
    `mutation { createApiToken(input: { name: "Accounting export", profile: VIEWER, expiresOn: "2027-06-30" }) { token } }`,
  );
  expect(created.errors).toBeUndefined();
  token = (await t.client()).withHeaders({ authorization: `Bearer ${created.data!.createApiToken.token}` });
});
afterAll(async () => t.close());

describe('early-termination rule in the caller’s language (#18 item 9)', () => {
  it('gives a Dutch-speaking login of a French customer the Dutch text, marked NL', async () => {
    await setLanguage('NL');
    expect(await rule(user, 'LC-7001')).toEqual({ earlyTerminationRule: TEXTS.nl, earlyTerminationRuleLanguage: 'NL' });
  });

  it('follows the login’s language as soon as it changes (EN, then FR)', async () => {
    await setLanguage('EN');
    expect(await rule(user, 'LC-7001')).toEqual({ earlyTerminationRule: TEXTS.en, earlyTerminationRuleLanguage: 'EN' });
    await setLanguage('FR');
    expect(await rule(user, 'LC-7001')).toEqual({ earlyTerminationRule: TEXTS.fr, earlyTerminationRuleLanguage: 'FR' });
  });

  it('gives an API token the customer’s language of correspondence, in the contract and in the list', async () => {
    expect(await rule(token, 'LC-7001')).toEqual({ earlyTerminationRule: TEXTS.fr, earlyTerminationRuleLanguage: 'FR' });
    const list = await token.gql<{ contracts: { nodes: { contractNumber: string }[] } }>(
      `{ contracts(first: 50) { nodes { contractNumber earlyTerminationRule earlyTerminationRuleLanguage } } }`,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.contracts.nodes.find((c) => c.contractNumber === 'LC-7001')).toEqual({
      contractNumber: 'LC-7001',
      earlyTerminationRule: TEXTS.fr,
      earlyTerminationRuleLanguage: 'FR',
    });
  });

  it('gives a token of a Dutch-speaking customer the Dutch text', async () => {
    expect(await rule(dutchToken, 'LC-8001')).toEqual({ earlyTerminationRule: TEXTS.nl, earlyTerminationRuleLanguage: 'NL' });
  });

  it('answers a rule sent as one text (the older form) in the customer’s language, whatever the login reads', async () => {
    await setLanguage('NL');
    const old = { earlyTerminationRule: '3 % of the outstanding capital', earlyTerminationRuleLanguage: 'FR' };
    expect(await rule(user, 'LC-1001')).toEqual(old);
    expect(await rule(token, 'LC-1001')).toEqual(old);
  });

  it('falls back to the customer’s language, then to any language given; null without a rule', async () => {
    await setLanguage('NL');
    expect(await rule(user, 'LC-7002')).toEqual({ earlyTerminationRule: TEXTS.fr, earlyTerminationRuleLanguage: 'FR' });
    expect(await rule(user, 'LC-7003')).toEqual({ earlyTerminationRule: TEXTS.en, earlyTerminationRuleLanguage: 'EN' });
    expect(await rule(user, 'LC-7004')).toEqual({ earlyTerminationRule: null, earlyTerminationRuleLanguage: null });
  });

  it('replaces every language when the core system sends the rule again as one text', async () => {
    await t.ingest({ contracts: [contractWith('K-RULE-ALL', 'LC-7001', 'Indemnité de 6 mois de loyers')] });
    await setLanguage('EN');
    expect(await rule(user, 'LC-7001')).toEqual({
      earlyTerminationRule: 'Indemnité de 6 mois de loyers',
      earlyTerminationRuleLanguage: 'FR',
    });
  });
});
