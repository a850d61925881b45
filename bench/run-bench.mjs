// `pnpm bench` (issue #8): seeds a scale data set through the generator, starts the gateway and its
// floor (a bare node:http server running the gateway's own SQL statements — imported from its build,
// issue #17 §1 — with better-sqlite3, or pg when DATABASE_URL is set), checks they answer the same bytes, runs every scenario against both in interleaved rounds
// with the load generator in its own process on another core, and prints one table. Stops all it started.
//
// Options: --customers 1000 --contracts 20 --invoices 60   scale set (per customer, per contract)
//          --seconds 5 --rounds 3                          length of a measured round, rounds per server
//          --fresh                                         reseed even when the data set exists
//          --only=S2,S4                                    some scenarios only
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { clearInterval, setInterval } from 'node:timers';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { GATEWAY_NODE_FLAGS } from '../scripts/gateway-runtime.mjs';
import { waitForUrl } from '../scripts/workspace.mjs';
import { resultsTable } from './lib/report-table.mjs';
import { requestBody, SCENARIOS } from './lib/scenarios.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const gatewayDir = join(root, 'gateway');
const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    customers: { type: 'string', default: '1000' },
    contracts: { type: 'string', default: '20' },
    invoices: { type: 'string', default: '60' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    fresh: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = 16;
const SCALE = { customers: Number(args.customers), contracts: Number(args.contracts), invoices: Number(args.invoices) };
const SCALE_PASSWORD = 'Bench-Scale-2026!';
const DEMO_PASSWORD = 'Hangar-Bleu-2026!';
const names = args.only ? args.only.split(',') : Object.keys(SCENARIOS);
const postgresUrl = process.env.DATABASE_URL ?? null;
const started = Date.now();
const children = new Set();
const stopping = new WeakSet();
const benchData = join(root, 'data', 'bench');
mkdirSync(benchData, { recursive: true });

const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** taskset pins a process to one core, so server and load generator do not fight (when there are 2+). */
const canPin = spawnSync('taskset', ['-c', '0', 'true']).status === 0 && availableParallelism() >= 2;
const pinned = (core, command, commandArgs) =>
  canPin ? ['taskset', ['-c', String(core), command, ...commandArgs]] : [command, commandArgs];
const SERVER_CORE = 0;
const LOAD_CORE = 1;

function stopAll() {
  for (const child of children) {
    stopping.add(child);
    child.kill('SIGTERM');
  }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

// ——— databases ———

const migrationsHash = createHash('sha1')
  .update(readdirSync(join(gatewayDir, 'migrations')).sort().join(','))
  .digest('hex')
  .slice(0, 8);

async function withPostgres(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrlFor(name) {
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Where a data set lives: a SQLite file, or a PostgreSQL database beside DATABASE_URL's. */
function dataSet(label) {
  const key = `${label}-${migrationsHash}`;
  if (postgresUrl) {
    const name = `cc_bench_${key.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
    return {
      label,
      env: { DATABASE_URL: databaseUrlFor(name) },
      pgName: name,
      marker: join(benchData, `${key}.pg.ready`),
      dir: join(benchData, `${key}-pg`),
    };
  }
  const file = join(benchData, `${key}.sqlite`);
  return { label, env: { SQLITE_PATH: file }, file, marker: `${file}.ready`, dir: benchData };
}

async function resetDataSet(set) {
  rmSync(set.marker, { force: true });
  if (set.pgName) {
    await withPostgres(postgresUrl, async (client) => {
      await client.query(`drop database if exists ${set.pgName} with (force)`);
      await client.query(`create database ${set.pgName}`);
    });
    mkdirSync(set.dir, { recursive: true });
  } else {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${set.file}${suffix}`, { force: true });
  }
}

function runGatewayCli(script, cliArgs, env) {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', script, ...cliArgs], {
    cwd: gatewayDir,
    env: { ...process.env, ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...gatewaySecrets },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`${script} ${cliArgs.join(' ')} failed (exit ${result.status})`);
}

const gatewaySecrets = {
  PUBLIC_URL: 'http://127.0.0.1:4800',
  SECRET_KEY: 'bench-secret-key-0123456789abcdef0123',
  INGEST_SECRET: 'bench-ingest-secret-0123456789abcdef',
};

// ——— processes ———

function startProcess(label, command, commandArgs, env, cwd) {
  const [cmd, cmdArgs] = pinned(SERVER_CORE, command, commandArgs);
  const child = spawn(cmd, cmdArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  // SQL statements logged (LOG_SQL / FLOOR_LOG_SQL), counted line by line as they come: the output
  // kept above is capped, and a count taken from it went negative once it filled up (issue #17 §1).
  let statements = 0;
  let partial = '';
  child.stdout.on('data', (chunk) => {
    keep(chunk);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop();
    for (const line of lines) if (line.includes('[query] ')) statements += 1;
  });
  child.stderr.on('data', keep);
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (code && !stopping.has(child)) console.error(`\n${label} exited with ${code ?? signal}:\n${output.slice(-3000)}`);
  });
  return {
    child,
    label,
    output: () => output,
    /** SQL statements logged so far (whole lines; a line still being written counts when it ends). */
    statements: () => statements,
    /** The server's process id (taskset execs it, so the same pid). */
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      stopping.add(child);
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function startGateway(set, port, extraEnv = {}) {
  const server = startProcess(
    'gateway',
    process.execPath,
    [...GATEWAY_NODE_FLAGS, join(gatewayDir, 'dist', 'src', 'main.js')],
    {
      ...set.env,
      ...gatewaySecrets,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO: set.label === 'demo' ? 'true' : 'false',
      WORKER: 'off',
      // The benchmark drives one session and one address far beyond what a person does (API-4, ACC-6).
      API_REQUESTS_PER_MINUTE: '1000000000',
      SIGN_IN_ATTEMPTS_PER_IP: '1000000000',
      UPLOAD_DIR: join(set.dir, 'uploads'),
      ...extraEnv,
    },
    set.dir,
  );
  try {
    await waitForUrl(`http://127.0.0.1:${port}/readyz`, 120_000);
  } catch (error) {
    console.error(server.output());
    throw error;
  }
  return server;
}

async function startFloor(set, port, extraEnv = {}) {
  const server = startProcess(
    'floor',
    process.execPath,
    [join(here, 'floor', 'floor-server.mjs')],
    {
      ...set.env,
      PORT: String(port),
      PUBLIC_URL: gatewaySecrets.PUBLIC_URL,
      // as the gateway's (startGateway): the floor counts the same request budgets
      API_REQUESTS_PER_MINUTE: '1000000000',
      SIGN_IN_ATTEMPTS_PER_IP: '1000000000',
      ...extraEnv,
    },
    here,
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: '{}' });
      return server;
    } catch (error) {
      if (Date.now() > deadline) {
        console.error(server.output());
        throw error;
      }
      await sleep(200);
    }
  }
}

/**
 * Peak resident memory of a process while `work` runs (Linux /proc): the kernel's high-water mark
 * VmHWM, reset before the work (`5` to /proc/<pid>/clear_refs) and read after each load round
 * (`work` gets the reader as its argument), besides VmRSS sampled every 100 ms. Sampling alone
 * missed the peaks: 175 MB where VmHWM said 220 MB (issue #17 §1).
 */
async function peakRss(pid, work) {
  const status = () => {
    try {
      return readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
      return ''; // not on Linux, or gone
    }
  };
  const kB = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status())?.[1] ?? 0) * 1024;
  let reset = false;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    reset = true;
  } catch {
    // an older kernel or another user's process: VmHWM is then the peak since the process started
  }
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, kB('VmRSS'));
  };
  const highWater = () => {
    peak = Math.max(peak, kB('VmHWM'));
  };
  const timer = setInterval(sample, 100);
  try {
    sample();
    const result = await work(highWater);
    highWater();
    return { result, peak, reset };
  } finally {
    clearInterval(timer);
  }
}

function load(options) {
  const [cmd, cmdArgs] = pinned(LOAD_CORE, process.execPath, [join(here, 'lib', 'load-worker.mjs'), JSON.stringify(options)]);
  const result = spawnSync(cmd, cmdArgs, { cwd: here, encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`load generator failed: ${result.stderr}`);
  const measured = JSON.parse(result.stdout.trim().split('\n').pop());
  if (measured.errors > 0 || measured.non2xx > 0) {
    throw new Error(`${options.label}: ${measured.errors} errors and ${measured.non2xx} non-2xx answers under load`);
  }
  return measured;
}

// ——— HTTP helpers ———

/** One request on a fresh connection: the load runs block this process, so pooled sockets go stale. */
function post(port, body, cookie, path = '/graphql', extraHeaders = {}) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(cookie ? { cookie } : {}),
          ...extraHeaders,
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            text: Buffer.concat(chunks).toString('utf8'),
            setCookie: response.headers['set-cookie'] ?? [],
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function signIn(port, loginId, password) {
  const answer = await post(port, requestBody('S5', { loginId, password }));
  const cookie = answer.setCookie.map((c) => c.split(';')[0]).find((c) => /^cc_session=.{20,}/.test(c));
  if (!cookie || !answer.text.includes('SIGNED_IN')) throw new Error(`sign-in of ${loginId} failed: ${answer.status} ${answer.text}`);
  return cookie;
}

async function ingest(port, batch) {
  const answer = await post(port, JSON.stringify(batch), null, '/internal/ingest', {
    authorization: `Bearer ${gatewaySecrets.INGEST_SECRET}`,
  });
  if (answer.status !== 200) throw new Error(`ingestion refused: ${answer.status} ${answer.text}`);
}

/** S3 needs a 360-period table: a 30-year monthly credit line for the bench customer, sent through INT-1. */
function longContractBatch(customerUpstreamId, customerNumber) {
  const contractNumber = `CL-${customerNumber}-360`;
  return {
    contractNumber,
    batch: {
      contracts: [
        {
          upstreamId: `bench-long-${customerNumber}`,
          customerUpstreamId,
          contractNumber,
          kind: 'CREDIT_LINE',
          status: 'ACTIVE',
          objectSummary: 'Ligne de production complète (30 ans)',
          startDate: '2025-01-01',
          endDate: '2054-12-31',
          durationMonths: 360,
          numberOfInstallments: 360,
          periodicity: 'MONTHLY',
          paymentTiming: 'IN_ARREARS',
          financedAmountCents: 240_000_000,
          annualRatePercent: '3.9',
          residualValueCents: 0,
          periodicAmountCents: 1_132_014,
          vatRatePercent: null,
          paymentMethod: 'BANK_TRANSFER',
          supplierName: 'Bench Industrie SA',
          activatedAt: '2025-01-01T09:00:00Z',
          assets: [
            {
              upstreamId: `bench-long-asset-${customerNumber}`,
              description: 'Ligne de production',
              brand: 'Bench',
              model: 'L-360',
              quantity: 1,
            },
          ],
        },
      ],
    },
  };
}

async function queryOne(set, sql, params) {
  if (set.pgName) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    return withPostgres(set.env.DATABASE_URL, async (client) => (await client.query(text, params)).rows[0]);
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(set.file, { readonly: true });
  try {
    return db.prepare(sql).get(...params);
  } finally {
    db.close();
  }
}

/** Everything a scenario request needs for one customer of a data set. */
async function scenarioData(set, port, loginId, password) {
  const cookie = await signIn(port, loginId, password);
  const customer = await queryOne(
    set,
    'select c.id, c.upstream_id, c.customer_number from customer c join customer_login l on l.customer_id = c.id where l.login_id = ?',
    [loginId],
  );
  const long = longContractBatch(customer.upstream_id, customer.customer_number);
  const existing = await queryOne(set, 'select id from contract where contract_number = ?', [long.contractNumber]);
  if (!existing) await ingest(port, long.batch);
  const first = await queryOne(set, 'select contract_number from contract where customer_id = ? order by contract_number limit 1', [
    customer.id,
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 730 * 86_400_000).toISOString().slice(0, 10);
  return {
    cookie,
    data: {
      contractNumber: first.contract_number,
      longContractNumber: long.contractNumber,
      issuedFrom: from,
      issuedTo: today,
      search: `-${customer.customer_number}-`,
      loginId,
      password,
    },
  };
}

// ——— the run ———

/** A generated set (bulk seed with one administrator per customer); reused when already seeded. */
async function prepareGenerated(customers, reuse) {
  const set = dataSet(`scale-${customers}x${SCALE.contracts}x${SCALE.invoices}`);
  const loginsFile = `${set.marker}.logins.json`; // per data set and database: login ids differ
  if (reuse && existsSync(set.marker) && existsSync(loginsFile)) {
    log(`reusing the data set ${set.label}; --fresh to reseed`);
  } else {
    await resetDataSet(set);
    log(`seeding ${customers} customers × ${SCALE.contracts} contracts × ${SCALE.invoices} invoices through the generator…`);
    const before = Date.now();
    runGatewayCli(
      'src/cli/seed.ts',
      [
        ...['--customers', String(customers), '--contracts', String(SCALE.contracts), '--invoices', String(SCALE.invoices)],
        ...['--logins-out', loginsFile, '--password', SCALE_PASSWORD],
      ],
      set.env,
    );
    set.seedSeconds = (Date.now() - before) / 1000;
    writeFileSync(set.marker, new Date().toISOString());
  }
  const logins = JSON.parse(readFileSync(loginsFile, 'utf8'));
  // a customer in the middle of the set, not the first rows of every index
  set.login = logins[Math.floor(logins.length / 2)].loginId;
  set.password = SCALE_PASSWORD;
  return set;
}

async function prepareDemo() {
  const set = dataSet('demo');
  await resetDataSet(set);
  return set;
}

function buildGateway() {
  log('building the gateway (tsc)…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: gatewayDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    const local = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: gatewayDir, stdio: 'inherit' });
    if (local.status !== 0) throw new Error('gateway build failed');
  }
}

/** Saturation: rounds interleaved between gateway and floor, median of each. */
function measureSaturation(name, ports, body, cookie, afterGatewayRound = () => undefined) {
  const headers = cookie ? { cookie } : {};
  const run = (port, seconds, label) =>
    load({ url: `http://127.0.0.1:${port}/graphql`, body, headers, connections: CONNECTIONS, durationSeconds: seconds, label });
  run(ports.gateway, 2, `${name} gateway warm-up`);
  run(ports.floor, 2, `${name} floor warm-up`);
  const rounds = { gateway: [], floor: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.gateway.push(run(ports.gateway, SECONDS, `${name} gateway`));
    afterGatewayRound();
    rounds.floor.push(run(ports.floor, SECONDS, `${name} floor`));
  }
  const summary = (list) => ({
    rps: median(list.map((r) => r.requestsPerSecond)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
  });
  return { gateway: summary(rounds.gateway), floor: summary(rounds.floor) };
}

/** p99 at a fixed arrival rate (open loop, lib/rate-worker.mjs): 30 % of the floor's saturation, the same for both. */
function measureFixedRate(name, ports, body, cookie, rate) {
  const run = (port, label) => {
    const options = { url: `http://127.0.0.1:${port}/graphql`, body, headers: cookie ? { cookie } : {}, rate, durationSeconds: SECONDS };
    const [cmd, cmdArgs] = pinned(LOAD_CORE, process.execPath, [join(here, 'lib', 'rate-worker.mjs'), JSON.stringify(options)]);
    const result = spawnSync(cmd, cmdArgs, { cwd: here, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${label}: rate worker failed: ${result.stderr}`);
    const measured = JSON.parse(result.stdout.trim().split('\n').pop());
    if (measured.errors > 0 || measured.non2xx > 0)
      throw new Error(`${label}: ${measured.errors} errors and ${measured.non2xx} non-2xx answers`);
    return measured;
  };
  return { gateway: run(ports.gateway, `${name} gateway fixed rate`), floor: run(ports.floor, `${name} floor fixed rate`) };
}

/** Median latency of one request at a time (200 requests), for the demo-vs-scale comparison. */
function measureLatency(port, body, cookie) {
  const options = { url: `http://127.0.0.1:${port}/graphql`, body, headers: cookie ? { cookie } : {}, requests: 200 };
  const [cmd, cmdArgs] = pinned(LOAD_CORE, process.execPath, [join(here, 'lib', 'latency-worker.mjs'), JSON.stringify(options)]);
  const result = spawnSync(cmd, cmdArgs, { cwd: here, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`latency measurement failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()).p50;
}

/**
 * SQL statements per request of one server, counted from its own query log (the gateway's LOG_SQL,
 * the floor's FLOOR_LOG_SQL), every line counted (no capped buffer).
 */
async function countStatements(server, port, cookie, bodies) {
  const counts = {};
  for (const [label, body] of Object.entries(bodies)) {
    await post(port, body, cookie); // warm: first-time work (lookups, prepared statements)
    // the least of three: a once-a-minute session touch or a budget write may fall in one of them
    const seen = [];
    for (let round = 0; round < 3; round += 1) {
      const before = server.statements();
      const answer = await post(port, body, cookie);
      if (answer.status !== 200 || answer.text.includes('"errors"')) throw new Error(`${label}: ${answer.text.slice(0, 300)}`);
      await sleep(300);
      seen.push(server.statements() - before);
    }
    counts[label] = Math.min(...seen);
  }
  return counts;
}

/**
 * The statement counts of the gateway and of the floor, each started with its query log on. The floor
 * answers the scenarios' own queries only: a variant (S4 at 5 per page changes the query text) is
 * counted for the gateway alone.
 */
async function countBothStatements(set, ports, cookie, bodies) {
  const gateway = await startGateway(set, ports.gateway, { LOG_SQL: 'true' });
  const ofGateway = await countStatements(gateway, ports.gateway, cookie, bodies).finally(() => gateway.stop());
  const scenarioQueries = new Set(Object.keys(SCENARIOS).map((name) => JSON.parse(requestBody(name, {})).query));
  const floorBodies = Object.fromEntries(Object.entries(bodies).filter(([, body]) => scenarioQueries.has(JSON.parse(body).query)));
  const floor = await startFloor(set, ports.floor, { FLOOR_LOG_SQL: 'true' });
  const ofFloor = await countStatements(floor, ports.floor, cookie, floorBodies).finally(() => floor.stop());
  return Object.fromEntries(Object.keys(bodies).map((label) => [label, { gateway: ofGateway[label], floor: ofFloor[label] }]));
}

async function main() {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${postgresUrl ? 'PostgreSQL' : 'SQLite'}${canPin ? ', server on core 0, load on core 1' : ''}`;
  log(`machine: ${machine}`);
  buildGateway();
  const scale = await prepareGenerated(SCALE.customers, !args.fresh);
  // the same shape with 10 customers: what the indexes must make table size irrelevant for
  const small = await prepareGenerated(10, !args.fresh);
  const demo = await prepareDemo();
  const ports = { gateway: 4810, floor: 4811 };

  // Demo data set first: latency reference, and S1–S4 answers must match the floor's byte for byte.
  log('demo data set: starting the gateway (it seeds the demo data)…');
  const demoLogins = () => JSON.parse(readFileSync(join(demo.pgName ? join(demo.dir, 'data') : demo.dir, 'demo-logins.json'), 'utf8'));
  let gateway = await startGateway(demo, ports.gateway);
  const demoAdmin = demoLogins().find((l) => l.password === DEMO_PASSWORD).login;
  const demoInput = await scenarioData(demo, ports.gateway, demoAdmin, DEMO_PASSWORD);
  const demoLatency = {};
  for (const name of names.filter((n) => n !== 'S5')) {
    demoLatency[name] = measureLatency(ports.gateway, requestBody(name, demoInput.data), demoInput.cookie);
  }
  await gateway.stop();

  log('small data set (10 customers, same shape): latency reference…');
  gateway = await startGateway(small, ports.gateway);
  const smallInput = await scenarioData(small, ports.gateway, small.login, small.password);
  const smallLatency = {};
  for (const name of names.filter((n) => n !== 'S5')) {
    smallLatency[name] = measureLatency(ports.gateway, requestBody(name, smallInput.data), smallInput.cookie);
  }
  await gateway.stop();

  log('scale data set: gateway and floor…');
  gateway = await startGateway(scale, ports.gateway);
  const floor = await startFloor(scale, ports.floor);
  const input = await scenarioData(scale, ports.gateway, scale.login, scale.password);

  const rows = [];
  for (const name of names) {
    const body = requestBody(name, input.data);
    const cookie = name === 'S5' ? null : input.cookie;
    if (name !== 'S5') {
      const [a, b] = [await post(ports.gateway, body, cookie), await post(ports.floor, body, cookie)];
      if (a.status !== 200 || a.text.includes('"errors"'))
        throw new Error(`${name}: the gateway answered ${a.status} ${a.text.slice(0, 300)}`);
      if (a.text !== b.text || a.status !== b.status) throw new Error(`${name}: the floor does not answer the same bytes as the gateway`);
    }
    log(`${name} — ${SCENARIOS[name].title}`);
    const {
      result: saturation,
      peak,
      reset,
    } = await peakRss(gateway.pid, async (highWater) => measureSaturation(name, ports, body, cookie, highWater));
    if (!reset) log('  (VmHWM could not be reset: the peak RSS is the highest since the gateway started)');
    if (name !== 'S5') {
      // Still the same answer after the load: a floor answering RATE_LIMITED (a 200 with errors) would be timed otherwise.
      const [a, b] = [await post(ports.gateway, body, cookie), await post(ports.floor, body, cookie)];
      if (a.text !== b.text || a.text.includes('"errors"')) throw new Error(`${name}: after the load, the answers differ or carry errors`);
    }
    const rate = Math.max(1, Math.round(saturation.floor.rps * 0.3));
    const fixed = measureFixedRate(name, ports, body, cookie, rate);
    const scaleLatency = name === 'S5' ? null : measureLatency(ports.gateway, body, cookie);
    rows.push({
      name,
      title: SCENARIOS[name].title,
      saturation,
      fixed,
      rate,
      peakRss: peak,
      demoLatency: demoLatency[name] ?? null,
      smallLatency: smallLatency[name] ?? null,
      scaleLatency,
    });
    const ratio = saturation.gateway.rps / saturation.floor.rps;
    log(`  gateway ${saturation.gateway.rps.toFixed(0)} req/s, floor ${saturation.floor.rps.toFixed(0)} req/s, ratio ${ratio.toFixed(2)}`);
  }
  await gateway.stop();
  await floor.stop();

  log('SQL statements per request (gateway and floor query logs)…');
  const statementBodies = {};
  for (const name of names.filter((n) => n !== 'S5')) statementBodies[name] = requestBody(name, input.data);
  if (names.includes('S2')) statementBodies['S2 (5 per page)'] = requestBody('S2', input.data).replace('"first":20', '"first":5');
  if (names.includes('S4'))
    statementBodies['S4 (5 per page)'] = requestBody('S4', input.data).replace('documents(first: 50', 'documents(first: 5');
  // A failure here must not lose the measurements above: the table is printed without the counts.
  const statements = await countBothStatements(scale, ports, input.cookie, statementBodies).catch((error) => {
    console.error(`statement count failed: ${error instanceof Error ? error.message : error}`);
    return {};
  });

  report({ machine, rows, statements, scale, minutes: (Date.now() - started) / 60_000 });
}

const TARGETS = { S2: 0.35, S4: 0.35, S3: 0.3 };

function report({ machine, rows, statements, scale, minutes }) {
  const f = (n, digits = 0) => (n === null || n === undefined ? '–' : Number(n).toFixed(digits));
  const lines = [];
  lines.push(
    `Machine: ${machine}. Data: ${SCALE.customers} customers × ${SCALE.contracts} contracts × ${SCALE.invoices} invoices${scale.seedSeconds ? ` (seeded in ${f(scale.seedSeconds)} s)` : ''}.`,
  );
  lines.push(`${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s per server, medians; latencies in ms.`);
  lines.push(
    "Latency columns: median of 200 requests one at a time; the demo customer has 3 contracts, the small set has the scale set's shape.",
  );
  lines.push('');
  lines.push(resultsTable(rows, statements, { targets: TARGETS }));
  lines.push('');
  lines.push(`Run time ${f(minutes, 1)} min. Reproduce: \`pnpm bench\` (\`DATABASE_URL=… pnpm bench\` for PostgreSQL).`);
  const text = lines.join('\n');
  console.log(`\n${text}\n`);
  const results = join(here, 'results');
  mkdirSync(results, { recursive: true });
  const stem = postgresUrl ? 'latest-postgresql' : 'latest-sqlite';
  writeFileSync(join(results, `${stem}.md`), `${text}\n`);
  writeFileSync(join(results, `${stem}.json`), `${JSON.stringify({ machine, rows, statements, at: new Date().toISOString() }, null, 2)}\n`);
}

main()
  .catch((error) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
    if (error instanceof Error && error.cause) console.error(error.cause);
    if (error instanceof Error && error.stack) console.error(error.stack.split('\n').slice(1, 4).join('\n'));
    process.exitCode = 1;
  })
  .finally(stopAll);
