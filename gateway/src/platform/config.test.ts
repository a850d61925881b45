import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('has working defaults for a laptop: SQLite under data/, development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 4000,
      publicUrl: 'http://127.0.0.1:4000',
      database: { kind: 'sqlite', path: 'data/customer-corner.sqlite' },
      seedDemo: true,
      introspection: true,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/cc' }).database).toEqual({
      kind: 'postgresql',
      url: 'postgresql://u@db:5432/cc',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT:'],
    [{ PORT: '70000' }, 'PORT:'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: must be a postgres:// or postgresql:// URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV:'],
    [{ MIGRATE_ON_START: 'yes' }, 'MIGRATE_ON_START:'],
    [{ INGEST_SECRET: 'short' }, 'INGEST_SECRET: must be at least 24 characters'],
    [{ NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example.be' }, 'INGEST_SECRET: required when NODE_ENV=production'],
    [{ CORS_ORIGINS: 'https://ok.example, not an origin' }, 'CORS_ORIGINS: "not an origin"'],
    [
      { NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example.be', INGEST_SECRET: 'x'.repeat(32) },
      'SECRET_KEY: required when NODE_ENV=production',
    ],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL: must be an smtp:// or smtps:// URL'],
  ])('names the bad variable in %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('turns demo data and introspection off in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://portal.example.be',
      INGEST_SECRET: 'x'.repeat(32),
      SECRET_KEY: 'k'.repeat(32),
    });
    expect(config).toMatchObject({ seedDemo: false, introspection: false, publicUrl: 'https://portal.example.be' });
  });
});
