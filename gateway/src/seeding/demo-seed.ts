import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { todayIso } from '../core/iso-date';
import { encryptSecret, hashPassword } from '../platform/auth/secrets';
import type { GatewaySettings } from '../platform/graphql/context';
import { createLogger } from '../platform/logging';
import { base32Decode } from '../core/base32';
import { Customer } from '../modules/customers';
import { CustomerLogin, IdentityService, LoginProfile, LoginStatus, StaffAccount, StaffRoleName } from '../modules/identity';
import { devMailboxTransport } from '../modules/notifications';
import { createBackgroundWorker } from '../app/background-worker';
import { generateDemoBatches } from './demo-data-generator';
import { AddressKind, ChangeRequestService, ChangeRequestType } from '../modules/requests';
import { IngestionService } from '../modules/integration';

export interface DemoLogin {
  role: string;
  login: string;
  password: string;
  note: string;
}

/** Demo passwords: they follow ACC-4 like any other; printed by `pnpm start`, never used outside a demo. */
const ADMIN_PASSWORD = 'Hangar-Bleu-2026!';
const VIEWER_PASSWORD = 'Comptable#Lumiere42';
const STAFF_PASSWORD = 'Service-Client-2026!';
/** Base32 TOTP secret of the demo staff accounts, for an authenticator app; 000000 also works in development. */
export const DEMO_STAFF_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * Loads the demo set through the ingestion path (INT-3) into an empty database, lets the worker
 * provision the first administrators (ACC-2), then makes the demo accesses of ACC issue item 14.
 */
export async function seedDemoDataIfEmpty(
  orm: MikroORM,
  now: Date,
  settings: GatewaySettings,
  loginsFile: string | null,
): Promise<DemoLogin[] | null> {
  if ((await orm.em.fork().count(Customer, {})) > 0) return null;
  const clock = { now: () => now };
  const ingestion = new IngestionService(orm, clock);
  for (const batch of generateDemoBatches(todayIso(now))) await ingestion.ingest(batch);
  const worker = createBackgroundWorker({ orm, settings, transport: devMailboxTransport, clock, logger: createLogger('silent') });
  while ((await worker.runOnce()) > 0);

  const em = orm.em.fork();
  const first = await em.findOneOrFail(Customer, { customerNumber: '10000001' });
  const admin = await em.findOneOrFail(CustomerLogin, { customer: first, profile: LoginProfile.ADMINISTRATOR });
  Object.assign(admin, {
    passwordHash: await hashPassword(ADMIN_PASSWORD),
    passwordChangedAt: now,
    status: LoginStatus.ACTIVE,
    temporaryPasswordHash: null,
    temporaryPasswordExpiresAt: null,
    activationReminderDay: null,
  });
  const viewer = await new IdentityService(em, settings).createLogin(
    first,
    { name: 'Marc Dupont', email: 'marc.dupont@example.be', profile: LoginProfile.VIEWER },
    admin.id,
    now,
  );
  Object.assign(viewer, {
    passwordHash: await hashPassword(VIEWER_PASSWORD),
    status: LoginStatus.ACTIVE,
    temporaryPasswordHash: null,
    temporaryPasswordExpiresAt: null,
    activationReminderDay: null,
  });
  const secret = encryptSecret(base32Decode(DEMO_STAFF_TOTP_SECRET), settings.secretKey);
  for (const [email, name, role] of [
    ['agent@leasing.example', 'Nadia Agent', StaffRoleName.AGENT],
    ['supervisor@leasing.example', 'Pieter Supervisor', StaffRoleName.SUPERVISOR],
  ] as const) {
    em.create(StaffAccount, {
      email,
      name,
      role,
      passwordHash: await hashPassword(STAFF_PASSWORD),
      totpSecretEncrypted: secret,
      demo: true,
      createdAt: now,
      updatedAt: now,
    });
  }
  await em.flush();
  // Two open requests, so the back office has something to process in a demo (BO-2).
  const requests = new ChangeRequestService(orm.em.fork(), settings);
  const asAdmin = { kind: 'customer-user' as const, userId: admin.id, customerId: first.id, profile: LoginProfile.ADMINISTRATOR };
  await requests.submit(
    asAdmin,
    {
      idempotencyKey: 'demo-billing-address',
      type: ChangeRequestType.ADDRESS,
      address: { kind: AddressKind.BILLING, street: 'Quai de la Batte 10', postalCode: '4020', city: 'Liège', country: 'BE' },
      message: 'Notre comptabilité déménage.',
    },
    '127.0.0.1',
    new Date(now.getTime() - 3 * 86_400_000),
  );
  await requests.submit(
    asAdmin,
    {
      idempotencyKey: 'demo-other',
      type: ChangeRequestType.OTHER,
      message: 'Pouvez-vous envoyer une copie des factures à notre fiduciaire ?',
    },
    '127.0.0.1',
    new Date(now.getTime() - 86_400_000),
  );
  while ((await worker.runOnce()) > 0);

  const second = await em.findOneOrFail(Customer, { customerNumber: '10000002' });
  const pending = await em.findOne(CustomerLogin, { customer: second, status: LoginStatus.PENDING_ACTIVATION });
  const logins: DemoLogin[] = [
    { role: 'Customer administrator', login: admin.loginId, password: ADMIN_PASSWORD, note: `${first.name} (${first.customerNumber})` },
    { role: 'Customer viewer', login: viewer.loginId, password: VIEWER_PASSWORD, note: `${first.name}, view only` },
    {
      role: 'Agent (staff)',
      login: 'agent@leasing.example',
      password: STAFF_PASSWORD,
      note: `second factor: 000000 in development, or TOTP secret ${DEMO_STAFF_TOTP_SECRET}`,
    },
    { role: 'Supervisor (staff)', login: 'supervisor@leasing.example', password: STAFF_PASSWORD, note: 'second factor as for the agent' },
  ];
  if (pending) {
    logins.push({
      role: 'Waiting for activation',
      login: pending.loginId,
      password: 'see the e-mail in /dev/mailbox',
      note: `${second.name} (${second.customerNumber})`,
    });
  }
  if (loginsFile) {
    mkdirSync(dirname(loginsFile), { recursive: true });
    writeFileSync(loginsFile, `${JSON.stringify(logins, null, 2)}\n`);
  }
  return logins;
}
