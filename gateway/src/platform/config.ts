import { z } from 'zod';

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
  SQLITE_PATH: z.string().min(1).default('data/customer-corner.sqlite'),
  CORS_ORIGINS: z.string().default(''),
  INGEST_SECRET: z.string().min(24, 'must be at least 24 characters').optional(),
  MIGRATE_ON_START: booleanFromEnv.default(true),
  SEED_DEMO: booleanFromEnv.optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };
  corsOrigins: string[];
  ingestSecret: string;
  migrateOnStart: boolean;
  seedDemo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  introspection: boolean;
  shutdownGraceMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Development-only secret: production refuses to start without a real INGEST_SECRET. */
const DEVELOPMENT_INGEST_SECRET = 'development-ingest-secret-not-for-production';

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
  const corsOrigins = e.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://portal.example.be`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const publicUrl = e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: publicUrl.replace(/\/$/, ''),
    database: e.DATABASE_URL ? { kind: 'postgresql', url: e.DATABASE_URL } : { kind: 'sqlite', path: e.SQLITE_PATH },
    corsOrigins,
    ingestSecret: e.INGEST_SECRET ?? DEVELOPMENT_INGEST_SECRET,
    migrateOnStart: e.MIGRATE_ON_START,
    seedDemo: e.SEED_DEMO ?? !production,
    logLevel: e.LOG_LEVEL,
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
