// Issue #8: the floor (bench/floor/floor-server.mjs) answers every benchmark request exactly as the
// gateway does — same status, same content type, same body bytes — on the same database. The gateway
// runs from its build (rebuilt here when gateway/src is newer), on a fresh SQLite file, or on a scratch
// PostgreSQL database beside DATABASE_URL when that is set (created and dropped here).
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS, requestBody } from '../lib/scenarios.mjs';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GATEWAY = join(ROOT, 'gateway');
const GATEWAY_MAIN = join(GATEWAY, 'dist', 'src', 'main.js');
const FLOOR = fileURLToPath(new URL('../floor/floor-server.mjs', import.meta.url));
const POSTGRES_URL = process.env.DATABASE_URL;
const ADMIN_PASSWORD = 'Hangar-Bleu-2026!';
const MINUTE = 60_000;

// ——— set-up helpers ———

/** Newest modification time of the files under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildGatewayIfStale() {
  const sources = Math.max(
    newestMtime(join(GATEWAY, 'src')),
    newestMtime(join(GATEWAY, 'migrations')),
    statSync(join(GATEWAY, 'tsconfig.json')).mtimeMs,
    statSync(join(GATEWAY, 'tsconfig.build.json')).mtimeMs,
  );
  if (existsSync(GATEWAY_MAIN) && statSync(GATEWAY_MAIN).mtimeMs >= sources) return;
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: GATEWAY, stdio: 'pipe', timeout: 240_000 });
  } catch (error) {
    throw new Error(`gateway build failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * One SQL statement as a log line shows it — the gateway's LOG_SQL (MikroORM's logger and the SQL
 * reader) or the floor's FLOOR_LOG_SQL — normalised: colours, timings and the replica note removed,
 * PostgreSQL's $1, $2… placeholders written `?` as in the source. Parameters are placeholders in the
 * text (their number, e.g. of an IN list, is part of it); their values are the answers' business.
 */
function normalizeStatement(line) {
  return (
    line
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-9;]*m/g, '')
      .replace(/^.*?\[query\] /, '')
      .replace(/ \(via [^)]*connection[^)]*\)$/, '')
      .replace(/ \[took [^\]]*\]$/, '')
      .replace(/\$\d+/g, '?')
      .trim()
  );
}

/** A child process whose output is kept for the failure message, and whose SQL statements are all kept (no cap). */
function start(name, args, options) {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  child.statements = [];
  let partial = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-20_000);
  };
  child.stdout.on('data', (chunk) => {
    keep(chunk);
    const lines = (partial + chunk).split('\n');
    partial = lines.pop();
    for (const line of lines) if (line.includes('[query] ')) child.statements.push(normalizeStatement(line));
  });
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.label = name;
  return child;
}

async function waitReady(baseUrl, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  void child.exited.then((how) => (exited = how));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${child.label} exited (${JSON.stringify(exited)}) before it was ready:\n${child.output}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.label} not ready after ${timeoutMs} ms:\n${child.output}`);
}

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await child.exited;
  clearTimeout(timer);
}

/** Direct access to the test database, `?` placeholders on both. */
async function openDatabase(database) {
  if (database.kind === 'sqlite') {
    const Database = require('better-sqlite3');
    const db = new Database(database.path);
    db.pragma('busy_timeout = 5000');
    return {
      all: async (sql, params = []) => db.prepare(sql).all(params),
      run: async (sql, params = []) => void db.prepare(sql).run(params),
      time: (date) => date.getTime(),
      bool: (value) => (value ? 1 : 0),
      close: async () => db.close(),
    };
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const dollars = (sql) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    all: async (sql, params = []) => (await client.query(dollars(sql), params)).rows,
    run: async (sql, params = []) => void (await client.query(dollars(sql), params)),
    time: (date) => date,
    bool: (value) => value,
    close: () => client.end(),
  };
}

const millis = (value) => (value instanceof Date ? value.getTime() : Number(value));
const sha256Hex = (text) => createHash('sha256').update(text).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

// ——— requests ———

const normalizedQuery = (name) => SCENARIOS[name].query.replace(/\s+/g, ' ');
/** A scenario's query with other variables than requestBody's (page sizes, filters). */
const bodyWith = (name, variables) => JSON.stringify({ operationName: name, query: normalizedQuery(name), variables });

async function post(baseUrl, body, { cookie, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie: `cc_session=${cookie}` } : {}), ...headers },
    body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    cookies: response.headers.getSetCookie(),
    bytes,
    text: bytes.toString('utf8'),
    json: () => JSON.parse(bytes.toString('utf8')),
  };
}

// ——— the servers under test ———

const env = {
  dir: '',
  database: null,
  dropDatabase: async () => undefined,
  gateway: null,
  floor: null,
  gatewayUrl: '',
  floorUrl: '',
  db: null,
  logins: [],
  adminLoginId: '',
  adminRowId: '',
  customerId: '',
  gatewayToken: '',
  today: '',
};

/** The same request to the gateway, then to the floor; both answers must be the same bytes. */
async function both(body, options) {
  const gateway = await post(env.gatewayUrl, body, options);
  const floor = await post(env.floorUrl, body, options);
  return { gateway, floor };
}

async function expectSameAnswer(body, options) {
  const { gateway, floor } = await both(body, options);
  expect(floor.status).toBe(gateway.status);
  expect(floor.type).toBe(gateway.type);
  expect(floor.text).toBe(gateway.text);
  expect(floor.bytes.equals(gateway.bytes)).toBe(true);
  return gateway;
}

/** A session row written as SessionService.open does, for the edge cases sign-in cannot produce. */
async function insertSession({
  kind = 'customer',
  accountRef,
  lastSeenAt,
  expiresAt,
  secondFactorPending = false,
  enrollmentRequired = false,
}) {
  const token = newToken();
  const { db } = env;
  await db.run(
    'insert into "session" (id, created_at, updated_at, kind, account_ref, active_login_ref, second_factor_pending, enrollment_required, ' +
      'last_seen_at, expires_at, ip_address) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      sha256Hex(token),
      db.time(lastSeenAt),
      db.time(lastSeenAt),
      kind,
      accountRef,
      accountRef,
      db.bool(secondFactorPending),
      db.bool(enrollmentRequired),
      db.time(lastSeenAt),
      db.time(expiresAt),
      '127.0.0.1',
    ],
  );
  return token;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The statements a server ran for one request: those logged from the request until a quiet moment after its answer. */
async function statementsOf(child, url, body, options) {
  const from = child.statements.length;
  const answer = await post(url, body, options);
  let seen = -1;
  while (seen !== child.statements.length) {
    seen = child.statements.length;
    await sleep(150);
  }
  return { answer, statements: child.statements.slice(from) };
}

const sessionRow = async (token) => (await env.db.all('select * from "session" where id = ?', [sha256Hex(token)]))[0];

beforeAll(async () => {
  buildGatewayIfStale();
  const { addMonthsIso, todayIso } = require(join(GATEWAY, 'dist', 'src', 'core', 'iso-date.js'));

  env.dir = mkdtempSync(join(tmpdir(), 'floor-parity-'));
  if (POSTGRES_URL) {
    const { default: pg } = await import('pg');
    const name = `floor_parity_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    env.database = { kind: 'postgresql', url: url.toString() };
    env.dropDatabase = async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    };
  } else {
    env.database = { kind: 'sqlite', path: join(env.dir, 'gateway.sqlite') };
  }
  const databaseEnv = env.database.kind === 'sqlite' ? { SQLITE_PATH: env.database.path } : { DATABASE_URL: env.database.url };

  const [gatewayPort, floorPort] = [await freePort(), await freePort()];
  env.gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  env.floorUrl = `http://127.0.0.1:${floorPort}`;
  const base = { PATH: process.env.PATH, HOME: process.env.HOME ?? env.dir, ...(process.env.TZ ? { TZ: process.env.TZ } : {}) };
  env.gateway = start('gateway', [GATEWAY_MAIN], {
    cwd: env.dir, // with PostgreSQL the demo logins are written to ./data/demo-logins.json
    env: {
      ...base,
      ...databaseEnv,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(gatewayPort),
      PUBLIC_URL: env.gatewayUrl,
      SECRET_KEY: `floor-parity-secret-key-${randomBytes(16).toString('hex')}`,
      INGEST_SECRET: `floor-parity-ingest-${randomBytes(16).toString('hex')}`,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      WORKER: 'off',
      UPLOAD_DIR: join(env.dir, 'uploads'),
      LOG_SQL: 'true', // the statements, compared with the floor's (issue #17 §1)
    },
  });
  await waitReady(env.gatewayUrl, env.gateway, 180_000);
  env.floor = start('floor', [FLOOR], {
    cwd: env.dir,
    env: { ...base, ...databaseEnv, HOST: '127.0.0.1', PORT: String(floorPort), PUBLIC_URL: env.gatewayUrl, FLOOR_LOG_SQL: 'true' },
  });
  await waitReady(env.floorUrl, env.floor, 30_000);

  env.db = await openDatabase(env.database);
  const loginsFile = env.database.kind === 'sqlite' ? join(env.dir, 'demo-logins.json') : join(env.dir, 'data', 'demo-logins.json');
  env.logins = JSON.parse(readFileSync(loginsFile, 'utf8'));
  env.adminLoginId = env.logins.find((login) => login.role === 'Customer administrator').login;
  const [admin] = await env.db.all('select id, customer_id from customer_login where login_id = ?', [env.adminLoginId]);
  env.adminRowId = admin.id;
  env.customerId = admin.customer_id;
  env.today = todayIso(new Date());
  env.issuedFrom = addMonthsIso(env.today, -24);

  const signedIn = await post(env.gatewayUrl, requestBody('S5', { loginId: env.adminLoginId, password: ADMIN_PASSWORD }));
  expect(signedIn.json()).toEqual({ data: { signIn: { status: 'SIGNED_IN' } } });
  env.gatewayToken = /^cc_session=([\w-]+);/.exec(signedIn.cookies[1])[1];
}, 300_000);

afterAll(async () => {
  await env.db?.close().catch(() => undefined);
  await Promise.all([stop(env.floor), stop(env.gateway)]);
  await env.dropDatabase();
  if (env.dir) rmSync(env.dir, { recursive: true, force: true });
}, 60_000);

// ——— the parity checks ———

describe(`floor parity with the gateway (${POSTGRES_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  const ownContracts = () =>
    env.db.all(
      'select contract_number, kind, status, number_of_installments from contract where customer_id = ? order by contract_number',
      [env.customerId],
    );
  const foreignContract = async () =>
    (await env.db.all('select contract_number from contract where customer_id <> ? order by contract_number', [env.customerId]))[0]
      .contract_number;
  const cookie = () => env.gatewayToken;

  it('S1: every contract of the customer, with assets and next and last installment', async () => {
    const contracts = await ownContracts();
    expect(contracts.length).toBeGreaterThan(1);
    let withBoth = 0;
    for (const contract of contracts) {
      const answer = (await expectSameAnswer(requestBody('S1', { contractNumber: contract.contract_number }), { cookie: cookie() })).json();
      expect(answer.data.contractByNumber.contractNumber).toBe(contract.contract_number);
      if (answer.data.contractByNumber.nextInstallment && answer.data.contractByNumber.lastInstallment) withBoth += 1;
    }
    expect(withBoth).toBeGreaterThan(0);
    // The number is trimmed on both sides.
    await expectSameAnswer(requestBody('S1', { contractNumber: `  ${contracts[0].contract_number} ` }), { cookie: cookie() });
  });

  it('S1: another customer’s contract and an unknown number are NOT_FOUND on both', async () => {
    for (const contractNumber of [await foreignContract(), 'LC-00000000-00']) {
      const answer = (await expectSameAnswer(requestBody('S1', { contractNumber }), { cookie: cookie() })).json();
      expect(answer.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(answer.data).toBeNull();
    }
  });

  it('S2: the contracts page, and smaller pages with a next page and a cursor', async () => {
    const page = (await expectSameAnswer(requestBody('S2', {}), { cookie: cookie() })).json();
    expect(page.data.contracts.totalCount).toBe((await ownContracts()).length);
    const small = (await expectSameAnswer(bodyWith('S2', { first: 2 }), { cookie: cookie() })).json();
    expect(small.data.contracts.pageInfo.hasNextPage).toBe(true);
    expect(small.data.contracts.pageInfo.endCursor).toEqual(expect.any(String));
    const refused = (await expectSameAnswer(bodyWith('S2', { first: 0 }), { cookie: cookie() })).json();
    expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('S3: the amortization table of the longest leasing or credit-line contract, and of every contract', async () => {
    const contracts = await ownContracts();
    const financed = contracts.filter((c) => c.kind !== 'RENTAL').sort((a, b) => b.number_of_installments - a.number_of_installments);
    expect(financed.length).toBeGreaterThan(0);
    const longest = financed[0];
    const answer = (
      await expectSameAnswer(requestBody('S3', { longContractNumber: longest.contract_number }), { cookie: cookie() })
    ).json();
    expect(answer.data.contractByNumber.amortizationTable.rows).toHaveLength(longest.number_of_installments);
    for (const contract of contracts) {
      await expectSameAnswer(requestBody('S3', { longContractNumber: contract.contract_number }), { cookie: cookie() });
    }
    const foreign = (
      await expectSameAnswer(requestBody('S3', { longContractNumber: await foreignContract() }), { cookie: cookie() })
    ).json();
    expect(foreign.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('S4: documents of the last 24 months matching a search, in any letter case', async () => {
    const [busiest] = await env.db.all(
      "select contract_number, count(*) as n from document where customer_id = ? and kind = 'INVOICE' and contract_number is not null " +
        'group by contract_number order by count(*) desc, contract_number limit 1',
      [env.customerId],
    );
    const search = busiest.contract_number.toLowerCase();
    const data = { issuedFrom: env.issuedFrom, issuedTo: env.today, search };
    const answer = (await expectSameAnswer(requestBody('S4', data), { cookie: cookie() })).json();
    expect(answer.data.documents.totalCount).toBeGreaterThanOrEqual(2);
    expect(answer.data.documents.nodes.every((node) => node.contractNumber === busiest.contract_number)).toBe(true);
    // A wider search over every contract of the customer, no search, the default 12 months, nothing found.
    const prefix = busiest.contract_number.slice(0, -2).toLowerCase();
    await expectSameAnswer(requestBody('S4', { ...data, search: prefix }), { cookie: cookie() });
    await expectSameAnswer(requestBody('S4', { ...data, search: null }), { cookie: cookie() });
    await expectSameAnswer(requestBody('S4', { issuedFrom: null, issuedTo: null, search: null }), { cookie: cookie() });
    await expectSameAnswer(requestBody('S4', { ...data, search: 'no-such-document' }), { cookie: cookie() });
  });

  it('S4: an invalid date range is the same BAD_USER_INPUT on both', async () => {
    for (const data of [
      { issuedFrom: env.today, issuedTo: env.issuedFrom, search: null },
      { issuedFrom: '2026-02-30', issuedTo: 'tomorrow', search: null },
    ]) {
      const answer = (await expectSameAnswer(requestBody('S4', data), { cookie: cookie() })).json();
      expect(answer.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  describe('without a valid session', () => {
    const requests = async () => {
      const [contract] = await ownContracts();
      return [
        requestBody('S1', { contractNumber: contract.contract_number }),
        requestBody('S2', {}),
        requestBody('S3', { longContractNumber: contract.contract_number }),
        requestBody('S4', { issuedFrom: env.issuedFrom, issuedTo: env.today, search: null }),
      ];
    };
    const expectUnauthenticated = async (options) => {
      for (const body of await requests()) {
        const answer = (await expectSameAnswer(body, options)).json();
        expect(answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(answer.data).toBeNull();
      }
    };

    it('no cookie, an unknown token, a malformed token', async () => {
      await expectUnauthenticated({});
      await expectUnauthenticated({ cookie: newToken() });
      await expectUnauthenticated({ cookie: 'short' });
      await expectUnauthenticated({ headers: { cookie: `other=${cookie()}` } });
    });

    it('a session idle for more than 30 minutes, or past its 12 hours, is dropped by either server', async () => {
      const now = Date.now();
      const idle = { accountRef: env.adminRowId, lastSeenAt: new Date(now - 31 * MINUTE), expiresAt: new Date(now + 60 * MINUTE) };
      const old = { accountRef: env.adminRowId, lastSeenAt: new Date(now - MINUTE), expiresAt: new Date(now - 1000) };
      const [body] = await requests();
      for (const shape of [idle, old]) {
        // One session per server, so that each one meets it alive.
        const forGateway = await insertSession(shape);
        const forFloor = await insertSession(shape);
        const gateway = await post(env.gatewayUrl, body, { cookie: forGateway });
        const floor = await post(env.floorUrl, body, { cookie: forFloor });
        expect(floor.text).toBe(gateway.text);
        expect(gateway.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(await sessionRow(forGateway)).toBeUndefined();
        expect(await sessionRow(forFloor)).toBeUndefined();
      }
    });

    it('a session waiting for its second factor or its enrollment grants nothing', async () => {
      const shape = { accountRef: env.adminRowId, lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 60 * MINUTE) };
      await expectUnauthenticated({ cookie: await insertSession({ ...shape, secondFactorPending: true }) });
      await expectUnauthenticated({ cookie: await insertSession({ ...shape, enrollmentRequired: true }) });
    });
  });

  it('a staff session is FORBIDDEN on customer queries, on both', async () => {
    const [staff] = await env.db.all("select id from staff_account where email = 'agent@leasing.example'");
    const token = await insertSession({
      kind: 'staff',
      accountRef: staff.id,
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + 60 * MINUTE),
    });
    const [contract] = await ownContracts();
    const answer = (await expectSameAnswer(requestBody('S1', { contractNumber: contract.contract_number }), { cookie: token })).json();
    expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('the floor touches lastSeenAt like the gateway: only when older than a minute', async () => {
    const lastSeenAt = new Date(Date.now() - 5 * MINUTE);
    const token = await insertSession({ accountRef: env.adminRowId, lastSeenAt, expiresAt: new Date(Date.now() + 60 * MINUTE) });
    const before = Date.now();
    await post(env.floorUrl, requestBody('S2', {}), { cookie: token });
    const touched = millis((await sessionRow(token)).last_seen_at);
    expect(touched).toBeGreaterThanOrEqual(before - 1000);
    await post(env.floorUrl, requestBody('S2', {}), { cookie: token });
    expect(millis((await sessionRow(token)).last_seen_at)).toBe(touched);
  });

  it('partner API tokens (Authorization: Bearer) are honoured the same way', async () => {
    const { db } = env;
    const insertToken = async (revokedAt) => {
      const token = `ccp_${randomBytes(24).toString('base64url')}`;
      const now = new Date();
      await db.run(
        'insert into api_token (id, created_at, updated_at, customer_id, name, profile, token_hash, display_prefix, expires_at, revoked_at, ' +
          'last_used_at, created_by_login_ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          randomUUID(),
          db.time(now),
          db.time(now),
          env.customerId,
          'floor parity',
          'VIEWER',
          sha256Hex(token),
          token.slice(0, 8),
          db.time(new Date(now.getTime() + 60 * MINUTE)),
          revokedAt ? db.time(revokedAt) : null,
          null,
          env.adminRowId,
        ],
      );
      return { authorization: `Bearer ${token}` };
    };
    const [contract] = await ownContracts();
    const body = requestBody('S1', { contractNumber: contract.contract_number });
    const valid = (await expectSameAnswer(body, { headers: await insertToken(null) })).json();
    expect(valid.data.contractByNumber.contractNumber).toBe(contract.contract_number);
    const revoked = (await expectSameAnswer(body, { headers: await insertToken(new Date()) })).json();
    expect(revoked.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // A bearer that is not an API token makes the request anonymous even beside a valid cookie.
    const other = (await expectSameAnswer(body, { cookie: cookie(), headers: { authorization: 'Bearer not-a-token' } })).json();
    expect(other.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('S5 sign-in', () => {
    const shapeOf = (cookies) => cookies.map((c) => c.replace(/^cc_session=[\w-]{43};/, 'cc_session=<token>;'));
    const loginRow = async () =>
      (
        await env.db.all('select failed_attempts, locked_until, last_login_at from customer_login where login_id = ?', [env.adminLoginId])
      )[0];

    it('both sign in with the same answer and a Set-Cookie of the same shape; the floor’s session works on the gateway', async () => {
      const body = requestBody('S5', { loginId: env.adminLoginId, password: ADMIN_PASSWORD });
      const before = Date.now();
      const { gateway, floor } = await both(body);
      expect(gateway.status).toBe(200);
      expect(floor.status).toBe(200);
      expect(floor.type).toBe(gateway.type);
      expect(floor.text).toBe(gateway.text);
      expect(gateway.json()).toEqual({ data: { signIn: { status: 'SIGNED_IN' } } });
      expect(shapeOf(floor.cookies)).toEqual(shapeOf(gateway.cookies));
      expect(shapeOf(gateway.cookies)).toEqual([
        'cc_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax',
        'cc_session=<token>; Path=/; HttpOnly; SameSite=Lax',
      ]);

      const floorToken = /^cc_session=([\w-]{43});/.exec(floor.cookies[1])[1];
      const session = await sessionRow(floorToken);
      expect(session).toMatchObject({
        kind: 'customer',
        account_ref: env.adminRowId,
        active_login_ref: env.adminRowId,
        ip_address: '127.0.0.1',
      });
      expect(Boolean(session.second_factor_pending)).toBe(false);
      expect(millis(session.expires_at) - millis(session.created_at)).toBe(12 * 60 * MINUTE);
      expect(millis((await loginRow()).last_login_at)).toBeGreaterThanOrEqual(before - 1000);

      const [contract] = await ownContracts();
      const s1 = requestBody('S1', { contractNumber: contract.contract_number });
      const withFloorSession = await post(env.gatewayUrl, s1, { cookie: floorToken });
      const withGatewaySession = await post(env.gatewayUrl, s1, { cookie: cookie() });
      expect(withFloorSession.status).toBe(200);
      expect(withFloorSession.json().data.contractByNumber.contractNumber).toBe(contract.contract_number);
      expect(withFloorSession.text).toBe(withGatewaySession.text);
    });

    it('a wrong password or an unknown login id is the same error; failures are counted and a success resets them', async () => {
      const wrong = (await expectSameAnswer(requestBody('S5', { loginId: env.adminLoginId, password: 'not-the-password' }))).json();
      expect(wrong.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(wrong.data).toEqual({ signIn: null });
      expect(Number((await loginRow()).failed_attempts)).toBe(2);
      for (const loginId of ['123456789', 'not-an-id']) {
        await expectSameAnswer(requestBody('S5', { loginId, password: ADMIN_PASSWORD }));
      }
      const again = await post(env.floorUrl, requestBody('S5', { loginId: ` ${env.adminLoginId} `, password: ADMIN_PASSWORD }));
      expect(again.json()).toEqual({ data: { signIn: { status: 'SIGNED_IN' } } });
      expect(Number((await loginRow()).failed_attempts)).toBe(0);
    });
  });

  describe('the same SQL statements as the gateway, in the same order (issue #17 §1)', () => {
    /**
     * The request to the gateway, then to the floor, each with its own credentials of the same shape
     * (`optionsFor(side)`); the answers must be the same bytes and the statements the same list.
     */
    const sameStatements = async (label, body, optionsFor = () => ({}), before = async () => undefined) => {
      // `before(side)` prepares shared state for each side just before its request (both write the same rows).
      await before('gateway');
      const gateway = await statementsOf(env.gateway, env.gatewayUrl, body, await optionsFor('gateway'));
      await before('floor');
      const floor = await statementsOf(env.floor, env.floorUrl, body, await optionsFor('floor'));
      expect(floor.answer.text).toBe(gateway.answer.text);
      expect({ label, count: floor.statements.length, statements: floor.statements }).toEqual({
        label,
        count: gateway.statements.length,
        statements: gateway.statements,
      });
      return gateway.statements;
    };
    const liveSession = () =>
      insertSession({ accountRef: env.adminRowId, lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 60 * MINUTE) });
    /** A fresh session per server: the first request takes a request-budget allowance (one upsert), the second serves from it. */
    const twiceWithFreshSessions = async (label, body) => {
      const tokens = { gateway: await liveSession(), floor: await liveSession() };
      const first = await sameStatements(`${label} (first request of a session)`, body, (side) => ({ cookie: tokens[side] }));
      const second = await sameStatements(`${label} (next request)`, body, (side) => ({ cookie: tokens[side] }));
      return { first, second };
    };
    const scenarioBodies = async () => {
      const contracts = await ownContracts();
      const financed = contracts.filter((c) => c.kind !== 'RENTAL').sort((a, b) => b.number_of_installments - a.number_of_installments);
      const [busiest] = await env.db.all(
        "select contract_number from document where customer_id = ? and kind = 'INVOICE' and contract_number is not null " +
          'group by contract_number order by count(*) desc, contract_number limit 1',
        [env.customerId],
      );
      return {
        S1: requestBody('S1', { contractNumber: contracts[0].contract_number }),
        S2: requestBody('S2', {}),
        S3: requestBody('S3', { longContractNumber: financed[0].contract_number }),
        S4: requestBody('S4', { issuedFrom: env.issuedFrom, issuedTo: env.today, search: busiest.contract_number.toLowerCase() }),
      };
    };

    it('S1–S4: the session, the budget, then the page’s reads', async () => {
      const bodies = await scenarioBodies();
      const expected = { S1: 4, S2: 4, S3: 1, S4: 2 }; // besides the session lookup (and the budget upsert of a first request)
      for (const [name, body] of Object.entries(bodies)) {
        const { first, second } = await twiceWithFreshSessions(name, body);
        expect(second.length, name).toBe(1 + expected[name]);
        expect(first.length, name).toBe(2 + expected[name]);
      }
    });

    it('S5: sign-in, a wrong password, an unknown login id', async () => {
      await sameStatements('S5 sign-in', requestBody('S5', { loginId: env.adminLoginId, password: ADMIN_PASSWORD }));
      await sameStatements('S5 wrong password', requestBody('S5', { loginId: env.adminLoginId, password: 'not-the-password' }));
      await sameStatements('S5 unknown login id', requestBody('S5', { loginId: '123456789', password: ADMIN_PASSWORD }));
      const wrongPassword = requestBody('S5', { loginId: env.adminLoginId, password: 'not-the-password' });
      await sameStatements(
        'S5 sign-in after a failed attempt (the counter is reset)',
        requestBody('S5', { loginId: env.adminLoginId, password: ADMIN_PASSWORD }),
        () => ({}),
        (side) => post(side === 'gateway' ? env.gatewayUrl : env.floorUrl, wrongPassword),
      );
      const tokens = { gateway: await liveSession(), floor: await liveSession() };
      await sameStatements(
        'S5 sign-in with a live session (closed after the new one is written)',
        requestBody('S5', { loginId: env.adminLoginId, password: ADMIN_PASSWORD }),
        (side) => ({ cookie: tokens[side] }),
      );
    });

    it('no session, an idle session, a staff session, a partner token', async () => {
      const { S2 } = await scenarioBodies();
      await sameStatements('S2 without a cookie', S2);
      const idle = {
        gateway: await insertSession({
          accountRef: env.adminRowId,
          lastSeenAt: new Date(Date.now() - 31 * MINUTE),
          expiresAt: new Date(Date.now() + 60 * MINUTE),
        }),
        floor: await insertSession({
          accountRef: env.adminRowId,
          lastSeenAt: new Date(Date.now() - 31 * MINUTE),
          expiresAt: new Date(Date.now() + 60 * MINUTE),
        }),
      };
      await sameStatements('S2 with an idle session', S2, (side) => ({ cookie: idle[side] }));
      const touched = {
        gateway: await insertSession({
          accountRef: env.adminRowId,
          lastSeenAt: new Date(Date.now() - 5 * MINUTE),
          expiresAt: new Date(Date.now() + 60 * MINUTE),
        }),
        floor: await insertSession({
          accountRef: env.adminRowId,
          lastSeenAt: new Date(Date.now() - 5 * MINUTE),
          expiresAt: new Date(Date.now() + 60 * MINUTE),
        }),
      };
      await sameStatements('S2 with a session seen 5 minutes ago', S2, (side) => ({ cookie: touched[side] }));
      const [staff] = await env.db.all("select id from staff_account where email = 'agent@leasing.example'");
      const staffSession = () =>
        insertSession({ kind: 'staff', accountRef: staff.id, lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 60 * MINUTE) });
      const staffTokens = { gateway: await staffSession(), floor: await staffSession() };
      await sameStatements('S2 with a staff session', S2, (side) => ({ cookie: staffTokens[side] }));
      const partnerToken = async () => {
        const token = `ccp_${randomBytes(24).toString('base64url')}`;
        const now = new Date();
        const { db } = env;
        await db.run(
          'insert into api_token (id, created_at, updated_at, customer_id, name, profile, token_hash, display_prefix, expires_at, revoked_at, ' +
            'last_used_at, created_by_login_ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [
            randomUUID(),
            db.time(now),
            db.time(now),
            env.customerId,
            'floor statements',
            'VIEWER',
            sha256Hex(token),
            token.slice(0, 8),
            db.time(new Date(now.getTime() + 60 * MINUTE)),
            null,
            null,
            env.adminRowId,
          ],
        );
        return { authorization: `Bearer ${token}` };
      };
      const partner = { gateway: await partnerToken(), floor: await partnerToken() };
      await sameStatements('S2 with a partner token (first use)', S2, (side) => ({ headers: partner[side] }));
      await sameStatements('S2 with a partner token (next use)', S2, (side) => ({ headers: partner[side] }));
    });
  });
});
