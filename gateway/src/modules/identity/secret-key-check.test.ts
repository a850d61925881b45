import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../../core/base32';
import { encryptSecret, hashPassword } from '../../platform/auth/secrets';
import { TEST_SETTINGS } from '../../test/test-settings';
import { STRONG_PASSWORD } from '../../test/identity-fixtures';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { StaffAccount } from './staff-account.entity';

/**
 * Issue #11 §5 (ACC-10): the real gateway process (src/main.ts) against a database whose
 * second-factor secrets were sealed with another SECRET_KEY stops at start-up and says why.
 */
const GATEWAY = join(__dirname, '..', '..', '..');
let t: TestGateway;
const uploads = mkdtempSync(join(tmpdir(), 'secret-key-check-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `node src/main.ts`; resolves when it exits, or — once it listens — after stopping it by its own PID. */
function startGateway(secretKey: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SEED_DEMO: 'false',
    WORKER: 'off',
    SECRET_KEY: secretKey,
    UPLOAD_DIR: uploads,
  };
  if (process.env.DATABASE_URL) env.DATABASE_URL = t.orm.config.get('clientUrl');
  else env.SQLITE_PATH = t.orm.config.get('dbName');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], { cwd: GATEWAY, env });
    const run: Run = { code: null, stdout: '', stderr: '' };
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString();
      if (run.stdout.includes('gateway listening')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ...run, code });
    });
  });
}

beforeAll(async () => {
  t = await startTestGateway();
  const em = t.orm.em.fork();
  em.create(StaffAccount, {
    email: 'agent@leasing.example',
    name: 'Nadia Agent',
    role: 'AGENT' as never,
    passwordHash: await hashPassword(STRONG_PASSWORD),
    totpSecretEncrypted: encryptSecret(base32Decode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'), TEST_SETTINGS.secretKey),
  });
  await em.flush();
});
afterAll(async () => {
  await t.close();
  rmSync(uploads, { recursive: true, force: true });
});

describe('#11 §5 a SECRET_KEY that cannot open the stored second-factor secrets stops the gateway at start-up', () => {
  it('exits with code 2 and a message naming SECRET_KEY, before listening', async () => {
    const run = await startGateway('another-secret-key-than-the-one-that-sealed-them');
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'SECRET_KEY does not open the second-factor secrets stored in the database (staff_account): ' +
        'start the gateway with the SECRET_KEY they were sealed with. Nothing was started.',
    );
    expect(run.stdout).not.toContain('gateway listening');
  }, 90_000);

  it('starts with the key that sealed them', async () => {
    const run = await startGateway(TEST_SETTINGS.secretKey);
    expect(run.stdout).toContain('gateway listening');
    expect(run.stderr).toBe('');
  }, 90_000);
});
