import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { passwordProblems } from '../core/password-policy';
import { hashPassword } from '../platform/auth/secrets';
import type { Customer } from '../modules/customers';
import { LoginProfile, LoginStatus, type CustomerLogin } from '../modules/identity';
import type { Row } from './bulk-rows';

/** What the bench reads to sign in as each scale customer (issue #8). */
export interface ScaleLogin {
  customerNumber: string;
  loginId: string;
}

export const DEFAULT_SCALE_PASSWORD = 'Bench-Scale-2026!';

/**
 * The argon2id hash every scale login shares. BENCH ONLY: one hash (one salt) for a thousand
 * logins is never acceptable for real people; it is done here because hashing 1 000 times would
 * take about a minute of the bench and the scale set holds no real accounts. The password still
 * has to pass ACC-4, so signing in with it exercises the same checks as a real one.
 */
export async function hashScalePassword(password: string): Promise<string> {
  const problems = passwordProblems(password, {});
  if (problems.length > 0) throw new Error(`--password breaks the password policy (ACC-4): ${problems.join(', ')}`);
  return hashPassword(password);
}

/**
 * An ACTIVE administrator of a scale customer, as if its first administrator (ACC-2) had already
 * activated the access: named after the customer's administrative contact when there is one.
 */
export function administratorLoginRow(customer: Row<Customer>, loginId: string, passwordHash: string, now: Date): Row<CustomerLogin> {
  return {
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    loginId,
    customer: customer.id,
    name: customer.contactName ?? `Administrator ${customer.customerNumber}`,
    email: customer.contactEmail ?? `admin.${customer.customerNumber}@bench.example`,
    profile: LoginProfile.ADMINISTRATOR,
    status: LoginStatus.ACTIVE,
    passwordHash,
    passwordChangedAt: now,
    temporaryPasswordHash: null,
    temporaryPasswordExpiresAt: null,
    activationReminderDay: null,
    failedAttempts: 0,
    lockedUntil: null,
    lastLoginAt: null,
    language: customer.language ?? 'fr',
    notifyNewInvoice: true,
    createdByLoginRef: null,
    totpSecretEncrypted: null,
    totpEnabledAt: null,
    totpLastStep: null,
    recoveryCodeHashes: null,
  };
}

export function writeLoginsFile(path: string, logins: readonly ScaleLogin[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(logins, null, 2)}\n`);
}
