import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal';
import { hashPassword } from '../../platform/auth/secrets';
import { STRONG_PASSWORD, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import { customerAdmin, startTestGateway, type TestGateway } from '../../test/test-gateway';
import { Customer } from '../customers';
import { CustomerLogin, StaffAccount } from '../identity';
import { AuditEvent } from './audit-event.entity';

// #18 item 11 (PRO-7, BO-5): the audit logs name people and companies ("Claire Lambert",
// "Atelier Lambert"), not only "login 391267635"; resolved by one batched statement per kind,
// and a customer never sees another customer's person named.
let t: TestGateway;
let atelierId: string;
let peetersId: string;
let claireLoginId: string;
let janLoginId: string;
let staff: Principal;

type Page = { nodes: { entityType: string; entityRef: string; entityName: string | null }[] };
const CUSTOMER_LOG = `query($first: Int) { auditLog(first: $first) { nodes { entityType entityRef entityName } } }`;
const STAFF_LOG = `query($first: Int) { staffAuditLog(first: $first) { nodes { entityType entityRef entityName } } }`;

beforeAll(async () => {
  t = await startTestGateway();
  t.setNow('2026-11-26T09:00:00.000Z');
  await provisionAtelierAdministrator(t);
  const em = t.orm.em.fork();
  atelierId = (await em.findOneOrFail(Customer, { customerNumber: '10000001' })).id;
  peetersId = (await em.findOneOrFail(Customer, { customerNumber: '10000002' })).id;
  claireLoginId = (await em.findOneOrFail(CustomerLogin, { customer: atelierId })).loginId;
  janLoginId = (await em.findOneOrFail(CustomerLogin, { customer: peetersId })).loginId;
  const agent = em.create(StaffAccount, {
    email: 'anna@leasing.example',
    name: 'Anna Verhoeven',
    role: 'AGENT' as never,
    passwordHash: await hashPassword(STRONG_PASSWORD),
    totpSecretEncrypted: 'x',
  });
  // 60 entries in Atelier Lambert's log, newest first: its own access, Peeters' access (a link
  // across customer numbers is logged in both companies), the company itself, a request.
  const subjects = [
    { entityType: 'login', entityRef: claireLoginId },
    { entityType: 'login', entityRef: janLoginId },
    { entityType: 'customer', entityRef: atelierId },
    { entityType: 'change_request', entityRef: 'REQ-2026-000001' },
  ];
  for (let i = 0; i < 60; i++) {
    em.create(AuditEvent, {
      customerRef: atelierId,
      actorKind: 'customer',
      actorRef: null,
      actorName: 'Claire Lambert',
      action: 'login.profile-changed',
      ...subjects[i % subjects.length]!,
      createdAt: new Date(Date.UTC(2026, 10, 26, 10, 0, 60 - i)),
      updatedAt: new Date(Date.UTC(2026, 10, 26, 10, 0, 60 - i)),
    });
  }
  await em.flush();
  staff = { kind: 'staff', staffId: agent.id, role: 'AGENT' };
});
afterAll(async () => t.close());

const namesOf = (page: Page) => page.nodes.slice(0, 4).map((n) => [n.entityType, n.entityRef, n.entityName]);

describe('#18 item 11: audit logs name people and companies (PRO-7, BO-5)', () => {
  it('the customer’s log names its own access and company, and leaves another customer’s person a number', async () => {
    const result = await t.execute<{ auditLog: Page }>(CUSTOMER_LOG, { first: 8 }, customerAdmin(atelierId));
    expect(result.errors).toBeUndefined();
    expect(namesOf(result.data!.auditLog)).toEqual([
      ['login', claireLoginId, 'Claire Lambert'],
      ['login', janLoginId, null],
      ['customer', atelierId, 'Atelier Lambert'],
      ['change_request', 'REQ-2026-000001', null],
    ]);
  });

  it('the back office’s log names every customer’s people', async () => {
    const result = await t.execute<{ staffAuditLog: Page }>(STAFF_LOG, { first: 8 }, staff);
    expect(result.errors).toBeUndefined();
    expect(namesOf(result.data!.staffAuditLog)).toEqual([
      ['login', claireLoginId, 'Claire Lambert'],
      ['login', janLoginId, 'Jan Peeters'],
      ['customer', atelierId, 'Atelier Lambert'],
      ['change_request', 'REQ-2026-000001', null],
    ]);
  });

  it.each([
    ['customer’s log', CUSTOMER_LOG, 'auditLog', () => customerAdmin(atelierId)],
    ['back office’s log', STAFF_LOG, 'staffAuditLog', () => staff],
  ] as const)('%s: the same SQL statements at 5 and at 50 rows', async (_label, query, field, principal) => {
    const counts: number[] = [];
    for (const first of [5, 50]) {
      counts.push(
        await t.countStatements(async () => {
          const result = await t.execute<Record<string, Page>>(query, { first }, principal());
          expect(result.errors).toBeUndefined();
          expect(result.data![field]!.nodes).toHaveLength(first);
          expect(result.data![field]!.nodes.filter((n) => n.entityName === 'Claire Lambert').length).toBeGreaterThan(0);
        }),
      );
    }
    expect(counts[0]).toBe(counts[1]);
  });
});
