// The floor of issue #8: a bare node:http server that answers the five benchmark requests
// (bench/lib/scenarios.mjs) with exactly the status, content type and body bytes of the gateway,
// running exactly the gateway's SQL statements on the same database — the same text, the same
// parameters, the same number, in the same order (issue #17 §1; bench/test/floor-parity.test.mjs
// compares both query logs) — better-sqlite3 when SQLITE_PATH is set (or by default), `pg` when
// DATABASE_URL is set. No framework, no GraphQL engine, no ORM: each operation is answered by
// hand-written code, statements are prepared once.
//
// Run: `node bench/floor/floor-server.mjs` with PORT (default 4100), HOST (default 127.0.0.1),
// SQLITE_PATH or DATABASE_URL, PUBLIC_URL like the gateway's (cookie name and lock-out e-mail links
// follow it), API_REQUESTS_PER_MINUTE and SIGN_IN_ATTEMPTS_PER_IP like the gateway's, and
// FLOOR_LOG_SQL=true to log every statement as `[query] <text>` (as the gateway's LOG_SQL=true).
// It needs the compiled gateway (`cd gateway && npx tsc -p tsconfig.build.json`): its core, and the
// SQL text of its lean read path, imported from the build so that it cannot drift:
//   contracts        gateway/src/modules/contracts/contract-sql.ts (columns, page, count, by number, assets, installments)
//   documents        gateway/src/modules/documents/document-sql.ts (columns, filter, page, count)
//   session          gateway/src/modules/identity/session-sql.ts (the session with its login: one statement)
//   attempt counters gateway/src/modules/identity/attempt-counter-sql.ts
//   budgets, limits  gateway/src/platform/rate-limiter.ts (RATE_LIMIT_HIT_SQL, RequestBudgets itself)
//
// Mirrored gateway code (keep in step when it changes; the parity test fails when a statement differs):
//   authentication   gateway/src/modules/identity/request-authenticator.ts, session.service.ts — what MikroORM
//                    generates for the session delete/touch, staff and API-token reads is written here (qi())
//   S1, S2, S3       gateway/src/modules/contracts/contract.service.ts, contract.resolver.ts, amortization.service.ts
//   S4               gateway/src/modules/documents/document.service.ts, document.resolver.ts
//   S5               gateway/src/modules/identity/identity.service.ts signIn / checkSecret / openCustomerSession,
//                    identity.resolver.ts signedIn (the old session closed, buildMe's login links read): the
//                    ORM's statements (the login with its customer, the flush) are written here, in entity order
//   error answers    gateway/src/platform/graphql/format-error.ts, auth-checker.ts, platform/auth/principal.ts
//
// Deliberate differences:
//   - Only the scenario queries are answered (the query text must be the scenario's, whitespace
//     collapsed as requestBody does); variables of the wrong GraphQL type get a floor-specific 400
//     instead of the GraphQL validation message.
//   - Headers: no X-Request-Id and no ETag.
//   - The lock-out path of S5 (5th failed attempt: pending sessions closed, an outbox mail) is
//     mirrored from the code, not checked statement by statement by the parity test.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { isIP } from 'node:net';
import { hash, verify } from '@node-rs/argon2';
import { SCENARIOS } from '../lib/scenarios.mjs';

const GATEWAY_DIST = new URL('../../gateway/dist/src/', import.meta.url);
let core;
try {
  core = {
    ...(await import(new URL('core/amortization-schedule.js', GATEWAY_DIST).href)),
    ...(await import(new URL('core/iso-date.js', GATEWAY_DIST).href)),
    ...(await import(new URL('core/structured-reference.js', GATEWAY_DIST).href)),
    ...(await import(new URL('modules/notifications/mail-templates.js', GATEWAY_DIST).href)),
    // The gateway's own SQL text (issue #17 §1): imported, not copied, so it cannot drift.
    ...(await import(new URL('modules/contracts/contract-sql.js', GATEWAY_DIST).href)),
    ...(await import(new URL('modules/documents/document-sql.js', GATEWAY_DIST).href)),
    ...(await import(new URL('modules/identity/session-sql.js', GATEWAY_DIST).href)),
    ...(await import(new URL('modules/identity/attempt-counter-sql.js', GATEWAY_DIST).href)),
    ...(await import(new URL('platform/rate-limiter.js', GATEWAY_DIST).href)),
  };
} catch (error) {
  console.error('floor: the compiled gateway core is missing; run `cd gateway && npx tsc -p tsconfig.build.json` first');
  throw error;
}
const {
  computeAmortizationSchedule,
  todayIso,
  formatStructuredReference,
  renderMail,
  assetsByContractSql,
  contractByKeySql,
  contractsCountSql,
  contractsPageSql,
  contractsWhereSql,
  nearestInstallmentSql,
  documentsCountSql,
  documentsPageSql,
  documentsWhereSql,
  SESSION_LOOKUP_SQL,
  RATE_LIMIT_HIT_SQL,
  RequestBudgets,
  lockedUntilSql,
  recordFailureSql,
  recordSuccessSql,
} = core;

// ——— configuration (as gateway/src/platform/config.ts) ———

const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number(process.env.PORT || 4100);
const PUBLIC_URL = (process.env.PUBLIC_URL || `http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}`).replace(/\/$/, '');
const SECURE_COOKIES = PUBLIC_URL.startsWith('https://');
const COOKIE_NAME = SECURE_COOKIES ? '__Host-cc_session' : 'cc_session';
const COOKIE_ATTRIBUTES = `Path=/; HttpOnly; SameSite=Lax${SECURE_COOKIES ? '; Secure' : ''}`;

const SESSION_IDLE_MS = 30 * 60 * 1000;
const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const SESSION_TOUCH_MS = 60 * 1000;
const TOKEN_LAST_USED_MS = 60_000;
// as the gateway's API_REQUESTS_PER_MINUTE (API-4), default 600
const REQUESTS_PER_MINUTE = Number(process.env.API_REQUESTS_PER_MINUTE || 600);
const API_TOKEN_PREFIX = 'ccp_';
// as the gateway's SIGN_IN_ATTEMPTS_PER_IP (ACC-6), default 30
const IP_ATTEMPTS = Number(process.env.SIGN_IN_ATTEMPTS_PER_IP || 30);
const IP_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILED_ATTEMPTS = 5;
const LOCK_MINUTES = 15;
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const BODY_LIMIT = 1024 * 1024;
// OWASP's argon2id minimum, as gateway/src/platform/auth/secrets.ts (algorithm 2 = Argon2id; the enum is const).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// ——— database: one small interface over better-sqlite3 and pg ———

/** FLOOR_LOG_SQL=true: every statement on stdout as it is sent, `[query] <text>`, like the gateway's LOG_SQL (issue #17 §1). */
const LOG_SQL = process.env.FLOOR_LOG_SQL === 'true';
const logSql = LOG_SQL ? (text) => process.stdout.write(`[query] ${text}\n`) : () => undefined;

/** Statements are written with `?`; PostgreSQL gets $1, $2… */
const dollarParams = (sql) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    let statements = 0;
    return {
      kind: 'postgresql',
      /** A named statement: parsed once per pooled connection, then only bound and executed. */
      prepare(sql) {
        const name = `floor_${++statements}`;
        const text = dollarParams(sql);
        const run = (values) => {
          logSql(text);
          return pool.query({ name, text, values });
        };
        return {
          one: async (values) => (await run(values)).rows[0],
          all: async (values) => (await run(values)).rows,
          run: async (values) => void (await run(values)),
        };
      },
      /** Statements `[sql, params]` in one transaction on one connection, as MikroORM's flush. */
      async transact(statements) {
        const client = await pool.connect();
        try {
          logSql('begin');
          await client.query('begin');
          for (const [sql, params] of statements) {
            const text = dollarParams(sql);
            logSql(text);
            await client.query(text, params);
          }
          logSql('commit');
          await client.query('commit');
        } catch (error) {
          await client.query('rollback').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      time: (date) => date,
      bool: (value) => value,
      close: () => pool.end(),
    };
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(process.env.SQLITE_PATH || 'data/customer-corner.sqlite', { fileMustExist: true });
  // The gateway's pragmas (gateway/src/platform/db/orm.ts).
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return {
    kind: 'sqlite',
    prepare(sql) {
      const statement = db.prepare(sql);
      return {
        one: (values) => (logSql(sql), statement.get(values)),
        all: (values) => (logSql(sql), statement.all(values)),
        run: (values) => void (logSql(sql), statement.run(values)),
      };
    },
    /** Statements `[sql, params]` in one transaction, as MikroORM's flush: begin, the statements, commit. */
    async transact(statements) {
      logSql('begin');
      db.transaction(() => {
        for (const [sql, params] of statements) cached(sql).run(params);
      })();
      logSql('commit');
    },
    time: (date) => date.getTime(),
    bool: (value) => (value ? 1 : 0),
    close: () => db.close(),
  };
}

const db = await openDatabase();
const SQLITE = db.kind === 'sqlite';
const statementCache = new Map();
/** Statements whose text depends on the request (IN lists, document filters): prepared on first use, then reused. */
const cached = (sql) => {
  let statement = statementCache.get(sql);
  if (!statement) statementCache.set(sql, (statement = db.prepare(sql)));
  return statement;
};

/** Epoch milliseconds of a datetime column: a number in SQLite, a Date from pg. */
const millis = (value) =>
  value === null || value === undefined
    ? null
    : typeof value === 'number'
      ? value
      : value instanceof Date
        ? value.getTime()
        : Date.parse(value);
const isoOf = (value) => (value === null || value === undefined ? null : new Date(millis(value)).toISOString());
/** bigint columns come back as strings from pg; the gateway maps them to numbers (BigIntType('number')). */
const cents = (value) => Number(value);

// ——— SQL, the gateway's statements ———

/** An identifier as MikroORM quotes it in the statements it generates (backticks on SQLite, double quotes on PostgreSQL). */
const qi = (name) => (SQLITE ? `\`${name}\`` : `"${name}"`);

const Q = {
  // session-sql.ts, the gateway's own text: the session and the login it acts as, in one statement.
  sessionLookup: db.prepare(SESSION_LOOKUP_SQL),
  // What MikroORM generates for SessionService.find's nativeDelete / nativeUpdate, and for
  // request-authenticator.ts's findOne / nativeUpdate (checked statement by statement by the parity test).
  sessionDelete: db.prepare(`delete from ${qi('session')} where ${qi('id')} = ?`),
  sessionTouch: db.prepare(`update ${qi('session')} set ${qi('last_seen_at')} = ? where ${qi('id')} = ?`),
  activeStaff: db.prepare(
    `select ${qi('s0')}.* from ${qi('staff_account')} as ${qi('s0')} where ${qi('s0')}.${qi('id')} = ? and ${qi('s0')}.${qi('active')} = ? limit ?`,
  ),
  apiToken: db.prepare(`select ${qi('a0')}.* from ${qi('api_token')} as ${qi('a0')} where ${qi('a0')}.${qi('token_hash')} = ? limit ?`),
  apiTokenUsed: db.prepare(`update ${qi('api_token')} set ${qi('last_used_at')} = ? where ${qi('id')} = ?`),
  // gateway/src/platform/rate-limiter.ts's own text.
  rateLimitHit: db.prepare(RATE_LIMIT_HIT_SQL),
  // contract-sql.ts: S1 and S3 read the same columns by number.
  contractByNumber: db.prepare(contractByKeySql('contract_number')),
};

// ——— S5's statements: what MikroORM generates for IdentityService.signIn (entity order, checked by the parity test) ———

/** Customer and CustomerLogin columns in their entities' order, and which of them are datetimes. */
const CUSTOMER_FIELDS =
  'id created_at updated_at upstream_id customer_number name legal_form enterprise_number vat_number registered_street ' +
  'registered_postal_code registered_city registered_country billing_street billing_postal_code billing_city billing_country iban ' +
  'bic language contact_name contact_email contact_phone second_factor_required company_data_changed_at';
const LOGIN_FIELDS =
  'id created_at updated_at login_id customer_id name email profile status password_hash password_changed_at temporary_password_hash ' +
  'temporary_password_expires_at activation_reminder_day failed_attempts locked_until last_login_at language notify_new_invoice ' +
  'created_by_login_ref totp_secret_encrypted totp_enabled_at totp_last_step recovery_code_hashes';
const CUSTOMER_COLUMNS = CUSTOMER_FIELDS.split(' ');
const LOGIN_COLUMNS = LOGIN_FIELDS.split(' ');
const CUSTOMER_DATETIMES = new Set(['created_at', 'updated_at', 'company_data_changed_at']);
const LOGIN_DATETIMES = new Set([
  'created_at',
  'updated_at',
  'password_changed_at',
  'temporary_password_expires_at',
  'locked_until',
  'last_login_at',
  'totp_enabled_at',
]);
/** `alias`.`column` as `alias__column`, …: a populated relation's columns. */
const joined = (alias, columns) => columns.map((column) => `${qi(alias)}.${qi(column)} as ${qi(`${alias}__${column}`)}`).join(', ');

const S = {
  // em.findOne(CustomerLogin, { loginId }, { populate: ['customer'] }); parameters: login id, 1
  loginWithCustomer: db.prepare(
    `select ${qi('c0')}.*, ${joined('c1', CUSTOMER_COLUMNS)} from ${qi('customer_login')} as ${qi('c0')} ` +
      `inner join ${qi('customer')} as ${qi('c1')} on ${qi('c0')}.${qi('customer_id')} = ${qi('c1')}.${qi('id')} ` +
      `where ${qi('c0')}.${qi('login_id')} = ? limit ?`,
  ),
  // AttemptCounter (attempt-counter-sql.ts), the gateway's own text
  lockedUntil: db.prepare(lockedUntilSql('customer_login')),
  recordSuccess: db.prepare(recordSuccessSql('customer_login', db.kind)),
  recordFailure: db.prepare(recordFailureSql('customer_login', db.kind)),
  // buildMe's active login links (the sign-in answer builds `me` even when only `status` is selected); parameters: login id twice
  loginLinks: db.prepare(
    `select ${qi('l0')}.*, ${joined('f1', LOGIN_COLUMNS)}, ${joined('c2', CUSTOMER_COLUMNS)}, ${joined('s3', LOGIN_COLUMNS)}, ` +
      `${joined('c4', CUSTOMER_COLUMNS)} from ${qi('login_link')} as ${qi('l0')} ` +
      `inner join ${qi('customer_login')} as ${qi('f1')} on ${qi('l0')}.${qi('first_login_id')} = ${qi('f1')}.${qi('id')} ` +
      `inner join ${qi('customer')} as ${qi('c2')} on ${qi('f1')}.${qi('customer_id')} = ${qi('c2')}.${qi('id')} ` +
      `inner join ${qi('customer_login')} as ${qi('s3')} on ${qi('l0')}.${qi('second_login_id')} = ${qi('s3')}.${qi('id')} ` +
      `inner join ${qi('customer')} as ${qi('c4')} on ${qi('s3')}.${qi('customer_id')} = ${qi('c4')}.${qi('id')} ` +
      `where ${qi('l0')}.${qi('revoked_at')} is null and (${qi('l0')}.${qi('first_login_id')} = ? or ${qi('l0')}.${qi('second_login_id')} = ?)`,
  ),
  // SessionService.closePendingOf (a login just locked)
  closePending: db.prepare(`delete from ${qi('session')} where ${qi('account_ref')} = ? and ${qi('second_factor_pending')} = ?`),
};

const SESSION_INSERT =
  `insert into ${qi('session')} (${['id', 'created_at', 'updated_at', 'kind', 'account_ref', 'active_login_ref', 'second_factor_pending', 'enrollment_required', 'second_factor_proven_for', 'last_seen_at', 'expires_at', 'ip_address'].map(qi).join(', ')}) ` +
  'values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const OUTBOX_FIELDS = ['id', 'created_at', 'updated_at', 'topic', 'deduplication_key', 'payload', 'available_at', 'attempts'];
const OUTBOX_INSERT = `insert into ${qi('outbox_message')} (${OUTBOX_FIELDS.map(qi).join(', ')}) values (${OUTBOX_FIELDS.map(() => '?').join(', ')})`;

/**
 * The UPDATE of a flushed entity as MikroORM writes it: on SQLite every datetime column that holds a
 * value is written again besides the changed ones, all in the entity's order (the flush finds them
 * changed); on PostgreSQL only the changed ones, then updated_at (onUpdate). `changes` maps columns
 * to new values; `row` is the row as read (prefix: its columns' alias in the read).
 */
function entityUpdate(table, columns, datetimes, row, prefix, changes) {
  const value = (column) => (column in changes ? changes[column] : row[`${prefix}${column}`]);
  const set = SQLITE
    ? columns.filter((column) => column in changes || (datetimes.has(column) && row[`${prefix}${column}`] != null))
    : [...columns.filter((column) => column in changes && column !== 'updated_at'), ...('updated_at' in changes ? ['updated_at'] : [])];
  if (set.length === 0) return null;
  return [
    `update ${qi(table)} set ${set.map((column) => `${qi(column)} = ?`).join(', ')} where ${qi('id')} = ?`,
    [...set.map(value), row[`${prefix}id`]],
  ];
}

/** The customer read with a login: on SQLite its flush rewrites its datetime columns (and updated_at); on PostgreSQL nothing. */
const customerFlush = (login, now) =>
  SQLITE ? entityUpdate('customer', CUSTOMER_COLUMNS, CUSTOMER_DATETIMES, login, 'c1__', { updated_at: db.time(now) }) : null;

async function installmentsByContract(ids, today, side) {
  const byContract = new Map();
  if (ids.length === 0) return byContract;
  for (const row of await cached(nearestInstallmentSql(ids.length, side)).all([...ids, today])) {
    if (!byContract.has(row.contract_id)) byContract.set(row.contract_id, row);
  }
  return byContract;
}

async function assetsByContract(ids) {
  const byContract = new Map();
  if (ids.length === 0) return byContract;
  for (const row of await cached(assetsByContractSql(ids.length)).all(ids)) {
    const list = byContract.get(row.contract_id);
    if (list) list.push(row);
    else byContract.set(row.contract_id, [row]);
  }
  return byContract;
}

/** gateway/src/platform/rate-limiter.ts hitRateLimit. */
async function hitRateLimit(key, limit, windowMs, now) {
  const nowValue = db.time(now);
  const startValue = db.time(new Date(now.getTime() - windowMs));
  const row = await Q.rateLimitHit.one([key, nowValue, 1, startValue, 1, 1, startValue, nowValue]);
  const count = Number(row?.count ?? 1);
  const startedAt = millis(row?.window_start);
  const retryAfterSeconds = Math.max(1, Math.ceil((startedAt + windowMs - now.getTime()) / 1000));
  return {
    allowed: count <= limit,
    retryAfterSeconds: Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : Math.ceil(windowMs / 1000),
  };
}

// ——— answers ———

const JSON_TYPE = 'application/json; charset=utf-8';
const readiness = db.prepare('select 1 as ok');

/** The scenario queries as requestBody sends them, and where each error-bearing field stands in them. */
const OPERATIONS = Object.fromEntries(Object.entries(SCENARIOS).map(([name, scenario]) => [name, scenario.query.replace(/\s+/g, ' ')]));
const locationOf = (operation, field) => [{ line: 1, column: OPERATIONS[operation].indexOf(field) + 1 }];
const LOCATION = {
  S1: locationOf('S1', 'contractByNumber('),
  S2: locationOf('S2', 'contracts('),
  S3: locationOf('S3', 'contractByNumber('),
  S3table: locationOf('S3', 'amortizationTable {'),
  S4: locationOf('S4', 'documents('),
  S5: locationOf('S5', 'signIn('),
};

/** A GraphQL error as format-error.ts shapes it: locations, path, message, extensions {code, reason?, fields?}. */
class FieldError {
  constructor(code, message, details = {}) {
    this.code = code;
    this.message = message;
    this.details = details;
  }

  answer(locations, path, data) {
    const extensions = { code: this.code };
    if (this.details.reason) extensions.reason = this.details.reason;
    if (this.details.fields?.length) extensions.fields = this.details.fields;
    return { errors: [{ locations, path, message: this.message, extensions }], data };
  }
}
const signInFirst = () => new FieldError('UNAUTHENTICATED', 'Sign in first');
const badInput = (message, fields) => new FieldError('BAD_USER_INPUT', message, { fields });

/** Not one of the benchmark requests: the floor does not pretend to be a GraphQL server. */
class Unsupported extends Error {}

// ——— authentication (request-authenticator.ts, session.service.ts) ———

const sha256Hex = (text) => createHash('sha256').update(text).digest('hex');

/** server.ts readCookie. */
function readCookie(header, name) {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/**
 * MikroORM's EntityManager as gateway/src/platform/rate-limiter.ts uses it (a platform that writes
 * dates, a connection that runs a statement): the floor counts request budgets with the gateway's own
 * RequestBudgets, hence the same upserts at the same requests.
 */
const budgetEm = {
  getPlatform: () => ({ processDateProperty: (value) => (value instanceof Date ? db.time(value) : value) }),
  getConnection: () => ({ execute: (sql, params) => cached(sql).all(params) }),
};
/** One per process, as in request-authenticator.ts. */
const budgets = new RequestBudgets();
const anonymous = { principal: null, rateLimited: false };

/**
 * request-authenticator.ts authenticateRequest with session.service.ts find: the principal of a
 * request (or null) and whether its budget is spent; unknown, expired or revoked credentials are
 * anonymous, as in the gateway, with the same statements in the same order.
 */
async function authenticate(req, now) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) {
    if (!bearer.startsWith(API_TOKEN_PREFIX)) return anonymous;
    const token = await Q.apiToken.one([sha256Hex(bearer), 1]);
    if (!token || token.revoked_at != null || millis(token.expires_at) <= now.getTime()) return anonymous;
    const lastUsed = millis(token.last_used_at);
    if (lastUsed === null || now.getTime() - lastUsed > TOKEN_LAST_USED_MS) await Q.apiTokenUsed.run([db.time(now), token.id]);
    const principal = { kind: 'api-token', customerId: token.customer_id, profile: token.profile };
    return { principal, rateLimited: !(await budgets.hit(budgetEm, `token:${token.id}`, REQUESTS_PER_MINUTE, now)) };
  }
  const cookie = readCookie(req.headers.cookie, COOKIE_NAME);
  if (!cookie || !/^[\w-]{20,100}$/.test(cookie)) return anonymous;
  const session = await Q.sessionLookup.one([sha256Hex(cookie)]);
  if (!session) return anonymous;
  const idle = now.getTime() - (millis(session.last_seen_at) ?? 0);
  if (idle > SESSION_IDLE_MS || now.getTime() >= (millis(session.expires_at) ?? 0)) {
    await Q.sessionDelete.run([session.id]);
    return anonymous;
  }
  if (idle > SESSION_TOUCH_MS) await Q.sessionTouch.run([db.time(now), session.id]);
  const budgetKey = `session:${session.id}`;
  if (flag(session.second_factor_pending) || flag(session.enrollment_required)) {
    // A half-signed-in session spends a budget like a full one, and grants nothing here.
    const allowed = await budgets.hit(budgetEm, budgetKey, REQUESTS_PER_MINUTE, now);
    return { principal: null, rateLimited: !allowed, sessionId: session.id };
  }
  let principal = null;
  if (session.kind === 'staff') {
    const staff = await Q.activeStaff.one([session.account_ref, db.bool(true), 1]);
    if (staff) principal = { kind: 'staff', role: staff.role };
  } else if (session.login_customer_id != null && session.login_status === 'ACTIVE') {
    principal = {
      kind: 'customer-user',
      customerId: session.login_customer_id,
      profile: session.login_profile,
      language: session.login_language,
    };
  }
  if (!principal) {
    await Q.sessionDelete.run([session.id]);
    return anonymous;
  }
  return { principal, rateLimited: !(await budgets.hit(budgetEm, budgetKey, REQUESTS_PER_MINUTE, now)), sessionId: session.id };
}

/** sql-reader.ts sqlValue.boolean. */
const flag = (value) => value === true || value === 1 || value === '1' || value === 't';

/** @Authorized(Role.CustomerReader) then customerScopeOf: the customer every query is scoped to. */
function customerOf({ principal, rateLimited }) {
  if (!principal) throw signInFirst();
  if (rateLimited) throw new FieldError('RATE_LIMITED', 'Too many requests: slow down and try again in a minute');
  if (principal.kind === 'staff') throw new FieldError('FORBIDDEN', 'Your access does not allow this');
  return principal.customerId;
}

/** Express `req.ip` with `trust proxy: loopback` (proxy-addr): the nearest address that is not a loopback proxy. */
function clientIp(req) {
  const socketAddress = req.socket.remoteAddress;
  const forwarded = req.headers['x-forwarded-for'];
  if (!forwarded) return socketAddress ?? 'unknown';
  const chain = [socketAddress, ...forwardedFor(forwarded)];
  for (let i = 0; i < chain.length - 1; i += 1) if (!isLoopback(chain[i])) return chain[i] ?? 'unknown';
  return chain[chain.length - 1] ?? 'unknown';
}

/** The `forwarded` package: X-Forwarded-For entries, nearest first. */
function forwardedFor(header) {
  const list = [];
  let end = header.length;
  let start = header.length;
  for (let i = header.length - 1; i >= 0; i -= 1) {
    const code = header.charCodeAt(i);
    if (code === 0x20) {
      if (start === end) start = end = i;
    } else if (code === 0x2c) {
      if (start !== end) list.push(header.substring(start, end));
      start = end = i;
    } else {
      start = i;
    }
  }
  if (start !== end) list.push(header.substring(start, end));
  return list;
}

function isLoopback(address) {
  if (typeof address !== 'string') return false;
  const kind = isIP(address);
  if (kind === 4) return address.startsWith('127.'); // 127.0.0.1/8
  if (kind !== 6) return false;
  const groups = ipv6Groups(address.split('%', 1)[0]);
  if (!groups || groups.slice(0, 5).some((group) => group !== 0)) return false;
  if (groups[5] === 0 && groups[6] === 0 && groups[7] === 1) return true; // ::1/128
  return groups[5] === 0xffff && groups[6] >> 8 === 127; // IPv4-mapped 127.0.0.0/8, as proxy-addr treats it
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part counts as two). */
function ipv6Groups(address) {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  let text = address;
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${address.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  if (tail === undefined) return left.length === 8 ? left : null;
  return [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

// ——— S1: one contract by number ———

function installmentDetail(row, today) {
  if (!row) return null;
  return {
    id: row.id,
    sequence: row.sequence,
    dueDate: row.due_date,
    amountCents: cents(row.amount_cents),
    vatCents: cents(row.vat_cents),
    totalCents: cents(row.total_cents),
    paidOn: row.paid_on,
    status: installmentStatus(row, today),
  };
}

/** contract.service.ts installmentStatus. */
const installmentStatus = (row, today) => (row.paid_on ? 'PAID' : row.due_date < today ? 'OVERDUE' : 'DUE');

/** gateway/src/modules/contracts/early-termination-rule.ts: the caller's language, the customer's, then fr, nl, en (#18 item 9). */
function earlyTerminationRuleOf(contract, callerLanguage) {
  for (const language of [callerLanguage, contract.customer_language, 'fr', 'nl', 'en']) {
    const text = language ? contract[`early_termination_rule_${language}`] : null;
    if (text) return text;
  }
  return null;
}

async function s1(auth, variables, today) {
  const number = variables?.number;
  if (typeof number !== 'string') throw new Unsupported();
  try {
    const customerId = customerOf(auth);
    const contract = await Q.contractByNumber.one([number.trim(), customerId]);
    if (!contract) throw new FieldError('NOT_FOUND', 'Contract not found');
    const ids = [contract.id];
    // In the gateway's order: the fields' data loaders in the order of the selection.
    const [assets, next, last] = await Promise.all([
      assetsByContract(ids),
      installmentsByContract(ids, today, 'next'),
      installmentsByContract(ids, today, 'last'),
    ]);
    return {
      data: {
        contractByNumber: {
          id: contract.id,
          contractNumber: contract.contract_number,
          kind: contract.kind,
          status: contract.status,
          objectSummary: contract.object_summary,
          startDate: contract.start_date,
          endDate: contract.end_date,
          durationMonths: contract.duration_months,
          numberOfInstallments: contract.number_of_installments,
          periodicity: contract.periodicity,
          paymentTiming: contract.payment_timing,
          financedAmountCents: cents(contract.financed_amount_cents),
          annualRatePercent: contract.annual_rate_percent,
          residualValueCents: cents(contract.residual_value_cents),
          periodicAmountCents: cents(contract.periodic_amount_cents),
          vatRatePercent: contract.vat_rate_percent,
          paymentMethod: contract.payment_method,
          sepaMandateReference: contract.sepa_mandate_reference,
          supplierName: contract.supplier_name,
          earlyTerminationRule: earlyTerminationRuleOf(contract, auth.principal.language),
          activatedAt: isoOf(contract.activated_at),
          assets: (assets.get(contract.id) ?? []).map((asset) => ({
            id: asset.id,
            description: asset.description,
            brand: asset.brand,
            model: asset.model,
            serialNumber: asset.serial_number,
            quantity: asset.quantity,
            location: asset.location,
          })),
          nextInstallment: installmentDetail(next.get(contract.id), today),
          lastInstallment: installmentDetail(last.get(contract.id), today),
        },
      },
    };
  } catch (error) {
    if (error instanceof FieldError) return error.answer(LOCATION.S1, ['contractByNumber'], null);
    throw error;
  }
}

// ——— S2: a page of contracts ———

/** connection.ts encodeCursor. */
const encodeCursor = (key, id) => Buffer.from(JSON.stringify([key, id])).toString('base64url');

/** connection.ts pageSize. */
function pageSize(first) {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, [
      { field: 'first', code: 'PAGE_SIZE_INVALID', message: `Between 1 and ${MAX_PAGE_SIZE}` },
    ]);
  }
  return size;
}

async function s2(auth, variables, today) {
  const first = variables?.first;
  if (!Number.isInteger(first) || Math.abs(first) > 2 ** 31 - 1) throw new Unsupported();
  try {
    const customerId = customerOf(auth);
    const size = pageSize(first);
    // ContractService.listContracts with no filter, sorted by number ascending: the gateway's own SQL.
    const { conditions, params } = contractsWhereSql(customerId, null, db.kind);
    const rows = await cached(contractsPageSql(conditions, 'contract_number', 'asc')).all([...params, size + 1]);
    const nodes = rows.slice(0, size);
    const ids = nodes.map((row) => row.id);
    // In the gateway's order: totalCount, then the nodes' assets and next installments.
    const [count, assets, next] = await Promise.all([
      cached(contractsCountSql(conditions)).one(params),
      assetsByContract(ids),
      installmentsByContract(ids, today, 'next'),
    ]);
    const last = nodes[nodes.length - 1];
    return {
      data: {
        contracts: {
          totalCount: Number(count.n),
          pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last.contract_number, last.id) : null },
          nodes: nodes.map((contract) => {
            const installment = next.get(contract.id);
            return {
              id: contract.id,
              contractNumber: contract.contract_number,
              kind: contract.kind,
              status: contract.status,
              objectSummary: contract.object_summary,
              startDate: contract.start_date,
              endDate: contract.end_date,
              periodicAmountCents: cents(contract.periodic_amount_cents),
              assets: (assets.get(contract.id) ?? []).map((asset) => ({
                id: asset.id,
                description: asset.description,
                brand: asset.brand,
                model: asset.model,
                serialNumber: asset.serial_number,
              })),
              nextInstallment: installment
                ? {
                    sequence: installment.sequence,
                    dueDate: installment.due_date,
                    totalCents: cents(installment.total_cents),
                    status: installmentStatus(installment, today),
                  }
                : null,
            };
          }),
        },
      },
    };
  } catch (error) {
    if (error instanceof FieldError) return error.answer(LOCATION.S2, ['contracts'], null);
    throw error;
  }
}

// ——— S3: amortization table ———

/** amortization.service.ts amortizationTableOf, with the gateway's own computation. */
function amortizationTableOf(contract) {
  if (contract.kind === 'RENTAL') return null;
  const residualValueCents = cents(contract.residual_value_cents);
  const schedule = computeAmortizationSchedule({
    financedAmountCents: cents(contract.financed_amount_cents),
    residualValueCents,
    annualRatePercent: contract.annual_rate_percent,
    periods: contract.number_of_installments,
    periodicity: contract.periodicity,
    timing: contract.payment_timing,
    startDate: contract.start_date,
    vatRatePercent: contract.vat_rate_percent ?? null,
  });
  const t = schedule.totals;
  return {
    definitive: contract.status !== 'PENDING',
    periodicRate: schedule.periodicRate,
    regularInstallmentCents: schedule.regularInstallmentCents,
    residualValueCents,
    totals: {
      installmentCents: t.installmentCents,
      interestCents: t.interestCents,
      capitalCents: t.capitalCents,
      vatCents: t.vatCents,
      totalCents: t.totalCents,
    },
    rows: schedule.rows.map((r) => ({
      period: r.period,
      dueDate: r.dueDate,
      installmentCents: r.installmentCents,
      interestCents: r.interestCents,
      capitalCents: r.capitalCents,
      vatCents: r.vatCents,
      totalCents: r.totalCents,
      outstandingCents: r.outstandingCents,
    })),
  };
}

async function s3(auth, variables) {
  const number = variables?.number;
  if (typeof number !== 'string') throw new Unsupported();
  let contract;
  try {
    contract = await Q.contractByNumber.one([number.trim(), customerOf(auth)]);
    if (!contract) throw new FieldError('NOT_FOUND', 'Contract not found');
  } catch (error) {
    if (error instanceof FieldError) return error.answer(LOCATION.S3, ['contractByNumber'], null);
    throw error;
  }
  try {
    return { data: { contractByNumber: { contractNumber: contract.contract_number, amortizationTable: amortizationTableOf(contract) } } };
  } catch (error) {
    // The field is nullable: the gateway logs the error and answers it generically beside a null table.
    console.error('floor: amortization table failed', error);
    return new FieldError('INTERNAL_SERVER_ERROR', 'Internal server error').answer(
      LOCATION.S3table,
      ['contractByNumber', 'amortizationTable'],
      { contractByNumber: { contractNumber: contract.contract_number, amortizationTable: null } },
    );
  }
}

// ——— S4: a page of documents ———

const DOCUMENT_KINDS = new Set(['INVOICE', 'CREDIT_NOTE', 'AMORTIZATION_TABLE']);
const DOCUMENT_FILTER_FIELDS = new Set(['issuedFrom', 'issuedTo', 'search', 'kinds', 'contractNumber', 'paymentStatus', 'batchNumber']);
const DOCUMENTS_FIRST = 50; // S4's literal `first: 50`

/** The filter's variables have the GraphQL input types (DocumentFilter), or the request is not one of ours. */
function checkDocumentFilter(filter) {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return false;
  for (const [field, value] of Object.entries(filter)) {
    if (!DOCUMENT_FILTER_FIELDS.has(field)) return false;
    if (value === null) continue;
    if (field === 'kinds') {
      if (!(Array.isArray(value) ? value : [value]).every((kind) => DOCUMENT_KINDS.has(kind))) return false;
    } else if (field === 'paymentStatus') {
      if (value !== 'PAID' && value !== 'UNPAID') return false;
    } else if (typeof value !== 'string') return false;
  }
  return true;
}

/** document-sql.ts documentsWhereSql, the gateway's own: its BAD_USER_INPUT (a DomainError) as the floor's FieldError. */
function documentWhere(customerId, today, filter) {
  try {
    return documentsWhereSql(customerId, today, filter, db.kind);
  } catch (error) {
    if (error?.name === 'DomainError') throw new FieldError(error.code, error.message, error.details);
    throw error;
  }
}

/** document.service.ts paymentStatusOf. */
function paymentStatusOf(row, today) {
  if (row.kind === 'AMORTIZATION_TABLE') return null;
  if (row.paid_on) return 'PAID';
  return row.due_date && row.due_date < today ? 'OVERDUE' : 'OPEN';
}

async function s4(auth, variables, today) {
  const filter = variables?.filter;
  if (!checkDocumentFilter(filter)) throw new Unsupported();
  try {
    const customerId = customerOf(auth);
    const { conditions, params } = documentWhere(customerId, today, filter);
    const [rows, count] = await Promise.all([
      cached(documentsPageSql(conditions)).all([...params, DOCUMENTS_FIRST + 1]),
      cached(documentsCountSql(conditions)).one(params),
    ]);
    const nodes = rows.slice(0, DOCUMENTS_FIRST);
    const last = nodes[nodes.length - 1];
    return {
      data: {
        documents: {
          totalCount: Number(count.n),
          pageInfo: { hasNextPage: rows.length > DOCUMENTS_FIRST, endCursor: last ? encodeCursor(last.issue_date, last.id) : null },
          nodes: nodes.map((row) => ({
            id: row.id,
            number: row.number,
            kind: row.kind,
            issueDate: row.issue_date,
            dueDate: row.due_date,
            contractNumber: row.contract_number,
            batchNumber: row.batch_number,
            netCents: cents(row.net_cents),
            vatCents: cents(row.vat_cents),
            totalCents: cents(row.total_cents),
            paidOn: row.paid_on,
            paymentStatus: paymentStatusOf(row, today),
            structuredReference: row.structured_reference ? formatStructuredReference(row.structured_reference) : null,
            pdfUrl: `/documents/${encodeURIComponent(row.id)}/pdf`,
          })),
        },
      },
    };
  } catch (error) {
    if (error instanceof FieldError) return error.answer(LOCATION.S4, ['documents'], null);
    throw error;
  }
}

// ——— S5: sign-in ———

let dummyHash;
/** secrets.ts verifyPassword: the same argon2id work whether or not there is a hash to compare with. */
async function verifyPassword(storedHash, password) {
  if (!storedHash) {
    dummyHash ??= hash(randomBytes(32).toString('base64url'), ARGON2_OPTIONS);
    await verify(await dummyHash, password.normalize('NFC')).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

const invalidCredentials = () =>
  new FieldError('UNAUTHENTICATED', 'The login id or the password is not correct', { reason: 'INVALID_CREDENTIALS' });

/**
 * IdentityService.signIn (with checkSecret, AttemptCounter and openCustomerSession) → the status and
 * the new token, or a FieldError; the statements the gateway runs, in its order. `previousSessionId`:
 * the live session the request came with, closed after the new one is written (identity.resolver.ts signedIn).
 */
async function signIn(loginId, password, ip, now, previousSessionId) {
  const throttle = await hitRateLimit(`credentials:${ip}`, IP_ATTEMPTS, IP_WINDOW_MS, now);
  if (!throttle.allowed) {
    throw new FieldError('RATE_LIMITED', `Too many attempts from your network: try again in ${throttle.retryAfterSeconds} seconds`, {
      reason: 'IP_THROTTLED',
    });
  }
  const login = /^\d{9}$/.test(loginId.trim()) ? await S.loginWithCustomer.one([loginId.trim(), 1]) : null;
  if (login?.status === 'DEACTIVATED') {
    // #18 item 6: told only to someone who knows the password.
    await checkSecret(login, password, now);
    throw new FieldError('UNAUTHENTICATED', 'This access was deactivated by an administrator of your company', {
      reason: 'LOGIN_DEACTIVATED',
    });
  }
  if (!login || login.status !== 'ACTIVE') {
    await verifyPassword(null, password);
    throw invalidCredentials();
  }
  await checkSecret(login, password, now);
  const status =
    login.totp_enabled_at != null
      ? 'SECOND_FACTOR_REQUIRED'
      : flag(login.c1__second_factor_required)
        ? 'SECOND_FACTOR_ENROLLMENT_REQUIRED'
        : 'SIGNED_IN';
  const token = randomBytes(32).toString('base64url');
  const at = db.time(now);
  const sessionId = sha256Hex(token);
  // The flush: the new session, the customer read with the login, the login (last sign-in, counters as stored).
  const loginChanges = { updated_at: at, last_login_at: at };
  if (Number(login.failed_attempts) !== 0) loginChanges.failed_attempts = 0;
  if (login.locked_until != null) loginChanges.locked_until = null;
  await db.transact(
    [
      [
        SESSION_INSERT,
        [
          sessionId,
          at,
          at,
          'customer',
          login.id,
          login.id,
          db.bool(status === 'SECOND_FACTOR_REQUIRED'),
          db.bool(status === 'SECOND_FACTOR_ENROLLMENT_REQUIRED'),
          '[]',
          at,
          db.time(new Date(now.getTime() + SESSION_ABSOLUTE_MS)),
          ip,
        ],
      ],
      customerFlush(login, now),
      entityUpdate('customer_login', LOGIN_COLUMNS, LOGIN_DATETIMES, login, '', loginChanges),
    ].filter(Boolean),
  );
  if (previousSessionId && previousSessionId !== sessionId) await Q.sessionDelete.run([previousSessionId]);
  // buildMe: the answer's `me` is built even when only `status` is selected.
  if (status === 'SIGNED_IN') await S.loginLinks.all([login.id, login.id]);
  return { status, token };
}

/** IdentityService.checkSecret for a customer login (no field: a locked login reads INVALID_CREDENTIALS). */
async function checkSecret(login, password, now) {
  const lockedUntil = millis((await S.lockedUntil.one([login.id]))?.locked_until);
  if (lockedUntil !== null && lockedUntil > now.getTime()) {
    await verifyPassword(null, password); // same work as an unknown id
    throw invalidCredentials();
  }
  if (await verifyPassword(login.password_hash, password)) {
    if ((await S.recordSuccess.all([login.id, db.time(now)])).length === 1) return;
    await S.lockedUntil.one([login.id]);
    throw invalidCredentials();
  }
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  const [attempt] = await S.recordFailure.all([MAX_FAILED_ATTEMPTS, MAX_FAILED_ATTEMPTS, db.time(until), login.id, db.time(now)]);
  if (!attempt) await S.lockedUntil.one([login.id]);
  const lockedNow = attempt != null && attempt.locked_until != null;
  const writes = [];
  if (lockedNow) {
    // Pending sessions end with the lock; the owner is e-mailed through the outbox (lockout mail).
    await S.closePending.run([login.id, db.bool(true)]);
    const lockedAt = millis(attempt.locked_until);
    const id = randomUUID();
    const rendered = renderMail(
      { kind: 'lockout', name: login.name, loginId: login.login_id, minutes: LOCK_MINUTES, portalUrl: PUBLIC_URL },
      login.language,
    );
    const payload = JSON.stringify({
      to: login.email,
      ...rendered,
      messageId: `<${id}@customer-corner>`,
      template: 'lockout',
      language: login.language,
    });
    const at = db.time(now);
    writes.push([OUTBOX_INSERT, [id, at, at, 'mail', `lockout:${login.id}:${lockedAt}`, payload, at, 0]]);
  }
  // The end of the request flushes what is left: on SQLite the customer's datetime columns (see entityUpdate).
  const customer = customerFlush(login, now);
  if (customer) writes.push(customer);
  if (writes.length > 0) await db.transact(writes);
  throw invalidCredentials();
}

async function s5(req, variables, now) {
  const input = variables?.input;
  if (typeof input?.loginId !== 'string' || typeof input?.password !== 'string') throw new Unsupported();
  // The gateway authenticates every request before resolving it (a session cookie is touched or dropped).
  const auth = await authenticate(req, now);
  try {
    const outcome = await signIn(input.loginId, input.password, clientIp(req), now, auth.sessionId);
    return {
      answer: { data: { signIn: { status: outcome.status } } },
      cookies: [`${COOKIE_NAME}=; Max-Age=0; ${COOKIE_ATTRIBUTES}`, `${COOKIE_NAME}=${outcome.token}; ${COOKIE_ATTRIBUTES}`],
    };
  } catch (error) {
    if (error instanceof FieldError) return { answer: error.answer(LOCATION.S5, ['signIn'], { signIn: null }) };
    throw error;
  }
}

// ——— HTTP ———

function send(res, status, body, cookies) {
  const headers = {
    'Content-Type': JSON_TYPE,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (cookies) headers['Set-Cookie'] = cookies;
  res.writeHead(status, headers);
  res.end(body);
}

/** Apollo's body: the result, then a newline. */
const graphqlBody = (result) => `${JSON.stringify(result)}\n`;

async function answerGraphql(req, res, raw) {
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    send(res, 400, JSON.stringify({ error: { code: 'BAD_REQUEST', message: 'The request body could not be read' } }));
    return;
  }
  const operation = body?.operationName;
  if (typeof operation !== 'string' || !Object.hasOwn(OPERATIONS, operation) || body.query !== OPERATIONS[operation])
    throw new Unsupported();
  const now = new Date();
  if (operation === 'S5') {
    const { answer, cookies } = await s5(req, body.variables, now);
    send(res, 200, graphqlBody(answer), cookies);
    return;
  }
  const auth = await authenticate(req, now);
  const today = todayIso(now);
  const variables = body.variables;
  const result =
    operation === 'S1'
      ? await s1(auth, variables, today)
      : operation === 'S2'
        ? await s2(auth, variables, today)
        : operation === 'S3'
          ? await s3(auth, variables)
          : await s4(auth, variables, today);
  send(res, 200, graphqlBody(result));
}

const server = http.createServer((req, res) => {
  const path = req.url.split('?', 1)[0];
  if (req.method === 'POST' && (path === '/graphql' || path === '/graphql/')) {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > BODY_LIMIT) {
        send(res, 413, JSON.stringify({ error: { code: 'BAD_REQUEST', message: 'The request body could not be read' } }));
        return;
      }
      answerGraphql(req, res, Buffer.concat(chunks).toString('utf8')).catch((error) => {
        if (error instanceof Unsupported) {
          send(
            res,
            400,
            graphqlBody({
              errors: [
                {
                  message: 'The floor answers only the benchmark requests of bench/lib/scenarios.mjs',
                  extensions: { code: 'BAD_REQUEST' },
                },
              ],
            }),
          );
          return;
        }
        console.error('floor: request failed', error);
        send(res, 500, graphqlBody({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      });
    });
    return;
  }
  if (req.method === 'GET' && (path === '/readyz' || path === '/healthz')) {
    Promise.resolve()
      .then(() => readiness.one([]))
      .then(() => send(res, 200, JSON.stringify({ status: path === '/readyz' ? 'ready' : 'ok' })))
      .catch(() => send(res, 503, JSON.stringify({ status: 'unavailable' })));
    return;
  }
  send(res, 404, JSON.stringify({ error: { code: 'NOT_FOUND', message: `No route for ${req.method} ${path}` } }));
});

server.listen(PORT, HOST, () => {
  const address = server.address();
  console.log(`floor listening on http://${HOST}:${typeof address === 'object' && address ? address.port : PORT} (${db.kind})`);
});

const stop = () => {
  server.close();
  server.closeIdleConnections?.();
  Promise.resolve(db.close()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
