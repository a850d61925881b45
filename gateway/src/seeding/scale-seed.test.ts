import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../test/test-gateway';
import { DEFAULT_SCALE_PASSWORD, hashScalePassword, type ScaleLogin } from './scale-logins';

const run = promisify(execFile);
const GATEWAY = join(__dirname, '..', '..');
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { status me { loginId profile customer { customerNumber } } } }`;

let t: TestGateway;
const folder = mkdtempSync(join(tmpdir(), 'scale-seed-'));
const loginsFile = join(folder, 'scale-logins.json');

/** `pnpm seed -- …` as the bench runs it, against the test gateway's own database. */
async function seed(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  if (process.env.DATABASE_URL) env.DATABASE_URL = t.orm.config.get('clientUrl');
  else env.SQLITE_PATH = t.orm.config.get('dbName');
  try {
    const { stdout, stderr } = await run(process.execPath, ['-r', '@swc-node/register', 'src/cli/seed.ts', ...args], { cwd: GATEWAY, env });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

const SCALE = ['--customers', '3', '--contracts', '2', '--invoices', '3', '--date', '2026-11-26'];
let first: Awaited<ReturnType<typeof seed>>;

beforeAll(async () => {
  t = await startTestGateway({ today: '2026-11-26' });
  first = await seed(...SCALE, '--logins-out', loginsFile);
}, 120_000);
afterAll(async () => {
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('scale seed with bench logins (issue #8)', () => {
  it('loads the set through the bulk loader and prints what it loaded', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toMatch(/^Loaded 3 customers and 18 invoices in \d+\.\d s; database size \d+\.\d MiB\.$/);
  });

  it('writes one login per customer, in customer order, to the --logins-out file', () => {
    const logins = JSON.parse(readFileSync(loginsFile, 'utf8')) as ScaleLogin[];
    expect(logins.map((l) => l.customerNumber)).toEqual(['20000001', '20000002', '20000003']);
    expect(logins.map((l) => Object.keys(l))).toEqual([
      ['customerNumber', 'loginId'],
      ['customerNumber', 'loginId'],
      ['customerNumber', 'loginId'],
    ]);
    for (const login of logins) expect(login.loginId).toMatch(/^[1-9]\d{8}$/);
    expect(new Set(logins.map((l) => l.loginId)).size).toBe(3);
  });

  it('lets every scale login sign in with the shared password, as the administrator of its own customer', async () => {
    const logins = JSON.parse(readFileSync(loginsFile, 'utf8')) as ScaleLogin[];
    for (const login of logins) {
      const result = await (await t.client()).gql(SIGN_IN, { i: { loginId: login.loginId, password: DEFAULT_SCALE_PASSWORD } });
      expect(result).toEqual({
        data: {
          signIn: {
            status: 'SIGNED_IN',
            me: { loginId: login.loginId, profile: 'ADMINISTRATOR', customer: { customerNumber: login.customerNumber } },
          },
        },
      });
    }
    const wrong = await (await t.client()).gql(SIGN_IN, { i: { loginId: logins[0]!.loginId, password: 'Bench-Scale-2027!' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a second load into the same database and says why', async () => {
    const again = await seed(...SCALE);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('The database already holds customer CUST-20000001 (20000001).');
    const [row] = await t.orm.em.getConnection().execute<{ n: number | string }[]>('select count(*) as n from customer');
    expect(Number(row?.n)).toBe(3);
  });

  it('refuses a --password that breaks the password policy', async () => {
    await expect(hashScalePassword('bench')).rejects.toThrow('--password breaks the password policy (ACC-4): MIN_LENGTH');
  });
});
