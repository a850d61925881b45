import { getNamedType, isEnumType, isInputObjectType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { TEST_SETTINGS } from '../test/test-settings';
import { ChangeRequestService } from './requests';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../platform/auth/principal';
import { gatewaySchema } from '../app/schema';
import { fixtureBatch, BOULANGERIE } from '../test/fixtures';
import { startTestGateway, type TestGateway } from '../test/test-gateway';
import { Customer } from './customers';
import { Contract } from './contracts';
import { Document } from './documents';
import { ApiToken, CustomerLogin } from './identity';

/**
 * X-4: every query and mutation that takes an id, called by every kind of caller of one customer with
 * another customer's id, answers exactly like an id that does not exist, and changes nothing.
 */
let t: TestGateway;
const foreign: Record<string, string> = {};
let atelierId = '';
let atelierAdminRef = '';

/** Public operations: they take ids by design and are covered by their own tests (ACC-3, ACC-6, ACC-7). */
const PUBLIC = new Set([
  'signIn',
  'staffSignIn',
  'activateAccess',
  'verifySecondFactor',
  'requestPasswordReset',
  'resetPassword',
  'passwordProblems',
]);
const ID_ARGUMENTS = ['id', 'number', 'loginId'];

/** How to call each id-taking field: the selection, and which foreign value its argument gets. */
const CALLS: Record<string, { selection: string; value: keyof typeof foreign }> = {
  contract: { selection: '{ id }', value: 'contractId' },
  contractByNumber: { selection: '{ id }', value: 'contractNumber' },
  document: { selection: '{ id }', value: 'documentId' },
  batch: { selection: '{ number }', value: 'batchNumber' },
  changeLoginProfile: { selection: '{ loginId }', value: 'loginId' },
  deactivateLogin: { selection: '{ loginId }', value: 'loginId' },
  reactivateLogin: { selection: '{ loginId }', value: 'loginId' },
  reissueActivation: { selection: '{ loginId }', value: 'loginId' },
  revokeApiToken: { selection: '{ id }', value: 'tokenId' },
  switchCustomer: { selection: '{ loginId }', value: 'loginId' },
  unlinkLogin: { selection: '{ loginId }', value: 'loginId' },
  changeRequest: { selection: '{ id }', value: 'requestId' },
  answerChangeRequest: { selection: '{ id }', value: 'requestId' },
  // back-office operations: customers' principals are refused whatever the id
  backOfficeRequest: { selection: '{ id }', value: 'requestId' },
  takeRequest: { selection: '{ id }', value: 'requestId' },
  askForInformation: { selection: '{ id }', value: 'requestId' },
  approveRequest: { selection: '{ id }', value: 'requestId' },
  rejectRequest: { selection: '{ id }', value: 'requestId' },
  staffReissueActivation: { selection: '{ loginId }', value: 'loginId' },
  verifyRegistration: { selection: '{ loginId }', value: 'requestId' },
  rejectRegistration: { selection: '', value: 'requestId' },
};
const UNKNOWN: Record<string, string> = {
  contractId: '00000000-0000-4000-8000-000000000000',
  contractNumber: 'LC-0000',
  documentId: '00000000-0000-4000-8000-000000000001',
  batchNumber: 'B1999-01',
  loginId: '999999999',
  tokenId: '00000000-0000-4000-8000-000000000002',
  requestId: '00000000-0000-4000-8000-000000000003',
};

beforeAll(async () => {
  t = await startTestGateway();
  const batch = fixtureBatch();
  const peetersInvoice = batch.invoices.find((i) => i.customerUpstreamId === BOULANGERIE)!;
  await t.ingest({
    ...batch,
    invoices: [
      ...batch.invoices,
      { ...peetersInvoice, upstreamId: 'I-99', number: 'INV-2026-0999', batchNumber: 'B2026-99', structuredReference: null },
    ],
  });
  await t.runWorker();
  const em = t.orm.em.fork();
  const atelier = await em.findOneOrFail(Customer, { customerNumber: '10000001' });
  const peeters = await em.findOneOrFail(Customer, { customerNumber: '10000002' });
  atelierId = atelier.id;
  atelierAdminRef = (await em.findOneOrFail(CustomerLogin, { customer: atelier })).id;
  const peetersLogin = await em.findOneOrFail(CustomerLogin, { customer: peeters });
  const token = em.create(ApiToken, {
    customer: peeters,
    name: 'Peeters ERP',
    profile: 'ADMINISTRATOR' as never,
    tokenHash: 'f'.repeat(64),
    displayPrefix: 'ccp_xxxxxx',
    expiresAt: new Date('2030-01-01'),
    createdByLoginRef: peetersLogin.id,
  });
  await em.flush();
  const peetersRequest = await new ChangeRequestService(em, TEST_SETTINGS).submit(
    { kind: 'customer-user', userId: peetersLogin.id, customerId: peeters.id, profile: 'ADMINISTRATOR' },
    { idempotencyKey: 'peeters-request-1', type: 'OTHER' as never, message: 'Please call us about the oven.' },
    '127.0.0.1',
    new Date(),
  );
  Object.assign(foreign, {
    requestId: peetersRequest.id,
    contractId: (await em.findOneOrFail(Contract, { contractNumber: 'LC-2001' })).id,
    contractNumber: 'LC-2001',
    documentId: (await em.findOneOrFail(Document, { number: 'INV-2026-0900' })).id,
    batchNumber: 'B2026-99',
    loginId: peetersLogin.loginId,
    tokenId: token.id,
  });
});
afterAll(async () => t.close());

async function snapshot(): Promise<string> {
  const connection = t.orm.em.fork().getConnection();
  const tables = ['customer', 'contract', 'document', 'customer_login', 'api_token', 'session', 'login_link', 'outbox_message'];
  const rows = await Promise.all(tables.map((table) => connection.execute(`select * from ${table} order by id`)));
  return JSON.stringify(rows);
}

const principals = (): [string, Principal][] => [
  ['administrator', { kind: 'customer-user', userId: atelierAdminRef, customerId: atelierId, profile: 'ADMINISTRATOR', sessionId: 'test' }],
  ['viewer', { kind: 'customer-user', userId: atelierAdminRef, customerId: atelierId, profile: 'VIEWER' }],
  ['administrator token', { kind: 'api-token', tokenId: 'atelier-token', customerId: atelierId, profile: 'ADMINISTRATOR' }],
  ['viewer token', { kind: 'api-token', tokenId: 'atelier-token', customerId: atelierId, profile: 'VIEWER' }],
];

describe('tenant isolation over the whole schema (X-4)', () => {
  it('knows how to call every query and mutation that takes an id', async () => {
    const schema = await gatewaySchema();
    const fields: GraphQLField<unknown, unknown>[] = [
      ...Object.values(schema.getQueryType()!.getFields()),
      ...Object.values(schema.getMutationType()!.getFields()),
    ];
    const takingIds = fields.filter((f) => f.args.some((a) => ID_ARGUMENTS.includes(a.name)) && !PUBLIC.has(f.name)).map((f) => f.name);
    expect(takingIds.sort()).toEqual(Object.keys(CALLS).sort());
  });

  it('answers another customer’s ids exactly like unknown ids, for every caller, and changes nothing', async () => {
    const schema = await gatewaySchema();
    const before = await snapshot();
    let calls = 0;
    for (const [name, call] of Object.entries(CALLS)) {
      const field = schema.getQueryType()!.getFields()[name] ?? schema.getMutationType()!.getFields()[name]!;
      const operation = schema.getQueryType()!.getFields()[name] ? 'query' : 'mutation';
      const arg = field.args.find((a) => ID_ARGUMENTS.includes(a.name))!;
      const extra = field.args.filter((a) => a !== arg && String(a.type).endsWith('!'));
      const literal = (type: GraphQLInputType) => {
        const named = getNamedType(type);
        if (isEnumType(named)) return named.getValues()[0]!.name;
        return isInputObjectType(named) ? '{}' : '"A comment long enough"';
      };
      const extraArgs = extra.map((a) => `${a.name}: ${literal(a.type)}`).join(', ');
      const query = `${operation}($v: ${String(arg.type)}) { ${name}(${arg.name}: $v${extraArgs ? `, ${extraArgs}` : ''}) ${call.selection} }`;
      for (const [label, principal] of principals()) {
        const withForeign = await t.execute(query, { v: foreign[call.value] }, principal);
        const withUnknown = await t.execute(query, { v: UNKNOWN[call.value] }, principal);
        expect(withForeign, `${name} as ${label}`).toEqual(withUnknown);
        expect(withForeign.errors?.length, `${name} as ${label} must fail`).toBeGreaterThan(0);
        calls += 2;
      }
    }
    expect(calls).toBe(Object.keys(CALLS).length * 8);
    expect(await snapshot()).toBe(before);
  });
});
