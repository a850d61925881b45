import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { compileTrustProxy, DEFAULT_TRUST_PROXY } from './http/trust-proxy';

/**
 * Every setting comes from an environment variable, checked once at start-up so that a typo
 * stops the process with the variable's name instead of failing on the first request.
 */
const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_READ_URLS: z.string().optional(),
  SQLITE_PATH: z.string().min(1).default('data/customer-corner.sqlite'),
  CORS_ORIGINS: z.string().default(''),
  INGEST_SECRET: z.string().min(24, 'must be at least 24 characters').optional(),
  MIGRATE_ON_START: booleanFromEnv.default(true),
  SEED_DEMO: booleanFromEnv.optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  SHELL_DIST: z.string().min(1).optional(),
  EXPLORER_DIST: z.string().min(1).optional(),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Customer Corner <no-reply@customer-corner.example>'),
  CUSTOMER_SERVICES_EMAIL: z.email().default('customer.services@leasing.example'),
  CUSTOMER_SERVICES_PHONE: z
    .string()
    .regex(/^\+?[\d ()./-]{6,32}$/, 'must be a phone number')
    .default('+32 2 555 00 00'),
  WORKER: z.enum(['in-process', 'off']).default('in-process'),
  UPLOAD_DIR: z.string().min(1).default('data/uploads'),
  UPLOAD_STORAGE: z.enum(['directory', 'database']).optional(),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(300).max(3_600_000).default(60_000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  LOG_SQL: booleanFromEnv.default(false),
  SIGN_IN_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY: z
    .string()
    .default(DEFAULT_TRUST_PROXY)
    .superRefine((value, context) => {
      try {
        compileTrustProxy(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /**
   * SQLite (embedded) or PostgreSQL; `readUrls` are read replicas (DATABASE_READ_URLS) that serve the
   * reads which tolerate replication lag: contracts and documents, written only by ingestion.
   */
  database: { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string; readUrls?: string[] };
  corsOrigins: string[];
  ingestSecret: string;
  migrateOnStart: boolean;
  seedDemo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  introspection: boolean;
  /** How long requests in flight may still complete once the listener has closed (X-6). */
  shutdownGraceMs: number;
  /** How long a stopping process keeps serving with /readyz at 503, so the load balancer takes it out first (X-6). */
  shutdownDrainMs: number;
  /** Prometheus /metrics on its own listener (X-6); null = off. Never on the public port. */
  metrics: { port: number; host: string; token: string | null } | null;
  /** Folder of the built shell, served at / with a fallback to index.html (one origin for the app and /graphql). */
  shellDist: string | null;
  /** GraphiQL's build (explorer/dist) served at GET /graphql; null in production, where there is no explorer. */
  explorerDist: string | null;
  /** Encrypts TOTP secrets at rest. */
  secretKey: string;
  smtpUrl: string | null;
  mailFrom: string;
  customerServicesEmail: string;
  customerServicesPhone: string;
  /** 'in-process' runs the outbox worker inside the gateway; 'off' when a separate worker process runs it. */
  worker: 'in-process' | 'off';
  /** Absolute folder of uploaded attachments (REQ-2); never served statically. */
  uploadDir: string;
  /**
   * Where attachment bytes live: 'directory' (UPLOAD_DIR, one machine: the embedded default) or
   * 'database' (shared by every replica; the default with DATABASE_URL). Files arrive in UPLOAD_DIR either way.
   */
  uploadStorage: 'directory' | 'database';
  /** NOT-3: how long a worker's claim on one outbox message lasts; renewed every third of it while sending. */
  outboxLeaseMs: number;
  /** NOT-3: pause between two outbox polls when nothing is due. */
  outboxPollMs: number;
  /** ACC-6: sign-in, activation and reset attempts per client address per 15 minutes (raise behind a shared NAT). */
  credentialChecksPerIp: number;
  /** API-4: requests per minute of one session or one integration token. */
  requestsPerMinute: number;
  /** Which proxies may tell the client's address (TRUST_PROXY; see platform/http/trust-proxy.ts). */
  trustProxy: string;
  /** Writes every SQL statement to standard output (diagnostics, and the statement counts of `pnpm bench`). */
  logSql: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Development-only secret: production refuses to start without a real INGEST_SECRET. */
const DEVELOPMENT_INGEST_SECRET = 'development-ingest-secret-not-for-production';
const DEVELOPMENT_SECRET_KEY = 'development-secret-key-not-for-production-use';

/** explorer/dist beside the gateway package in the repository, from src/ (tests, dev) or dist/src/ (built). */
function defaultExplorerDist(): string {
  let dir = __dirname;
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === '@customer-corner/gateway') break;
    dir = dirname(dir);
  }
  return join(dir, '..', 'explorer', 'dist');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant = Object.fromEntries(
    Object.keys(environmentSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = environmentSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && !e.INGEST_SECRET) problems.push('INGEST_SECRET: required when NODE_ENV=production');
  if (production && !e.PUBLIC_URL) problems.push('PUBLIC_URL: required when NODE_ENV=production');
  if (production && !e.SECRET_KEY) problems.push('SECRET_KEY: required when NODE_ENV=production');
  const corsOrigins = e.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://portal.example.be`);
  }
  const uploadDir = resolve(e.UPLOAD_DIR);
  const fromShell = e.SHELL_DIST ? relative(resolve(e.SHELL_DIST), uploadDir) : '..';
  if (fromShell !== '..' && !fromShell.startsWith(`..${sep}`) && !isAbsolute(fromShell)) {
    problems.push('UPLOAD_DIR: must not be inside SHELL_DIST, which is served to anyone');
  }
  const readUrls = (e.DATABASE_READ_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (readUrls.length > 0 && !e.DATABASE_URL) problems.push('DATABASE_READ_URLS: read replicas need DATABASE_URL (PostgreSQL)');
  for (const url of readUrls) {
    if (!/^postgres(ql)?:\/\/[^/]/.test(url))
      problems.push(`DATABASE_READ_URLS: "${url.replace(/\/\/[^@/]*@/, '//…@')}" is not a postgresql:// URL`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const publicUrl = e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: publicUrl.replace(/\/$/, ''),
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL, ...(readUrls.length > 0 ? { readUrls } : {}) }
      : { kind: 'sqlite', path: e.SQLITE_PATH },
    corsOrigins,
    ingestSecret: e.INGEST_SECRET ?? DEVELOPMENT_INGEST_SECRET,
    migrateOnStart: e.MIGRATE_ON_START,
    seedDemo: e.SEED_DEMO ?? !production,
    logLevel: e.LOG_LEVEL,
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    // A load balancer needs a few probe periods to see the 503; a developer's Ctrl-C should not wait.
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS ?? (production ? 5_000 : 0),
    metrics: e.METRICS_PORT === undefined ? null : { port: e.METRICS_PORT, host: e.METRICS_HOST, token: e.METRICS_TOKEN ?? null },
    shellDist: e.SHELL_DIST ?? null,
    explorerDist: production ? null : resolve(e.EXPLORER_DIST ?? defaultExplorerDist()),
    secretKey: e.SECRET_KEY ?? DEVELOPMENT_SECRET_KEY,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    customerServicesEmail: e.CUSTOMER_SERVICES_EMAIL,
    customerServicesPhone: e.CUSTOMER_SERVICES_PHONE,
    worker: e.WORKER,
    uploadDir,
    uploadStorage: e.UPLOAD_STORAGE ?? (e.DATABASE_URL ? 'database' : 'directory'),
    outboxLeaseMs: e.OUTBOX_LEASE_MS,
    outboxPollMs: e.OUTBOX_POLL_MS,
    credentialChecksPerIp: e.SIGN_IN_ATTEMPTS_PER_IP,
    requestsPerMinute: e.API_REQUESTS_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    logSql: e.LOG_SQL,
  };
}
