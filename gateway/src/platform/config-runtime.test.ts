import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const PRODUCTION = {
  NODE_ENV: 'production',
  INGEST_SECRET: 'ingest-secret-0123456789abcdef',
  PUBLIC_URL: 'https://portal.example.be',
  SECRET_KEY: 'secret-key-0123456789abcdef0123456789',
};

/** Issue #13 §1 §2: the drain delay and the metrics listener, as an operator sets them. */
describe('shutdown and metrics settings (#13)', () => {
  it.each([
    ['development default: no drain on Ctrl-C', {}, 0],
    ['production default: 5 s for the load balancer', PRODUCTION, 5_000],
    ['set explicitly', { ...PRODUCTION, SHUTDOWN_DRAIN_MS: '1500' }, 1_500],
  ])('SHUTDOWN_DRAIN_MS, %s → %i ms', (_case, env, drainMs) => {
    expect(loadConfig(env).shutdownDrainMs).toBe(drainMs);
  });

  it.each([
    ['off unless METRICS_PORT is set', {}, null],
    ['loopback by default', { METRICS_PORT: '9464' }, { port: 9464, host: '127.0.0.1', token: null }],
    [
      'a pod address and a token',
      { METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', METRICS_TOKEN: 'scrape-token-0123456789abcdef' },
      { port: 9464, host: '0.0.0.0', token: 'scrape-token-0123456789abcdef' },
    ],
  ])('metrics listener: %s', (_case, env, metrics) => {
    expect(loadConfig(env).metrics).toEqual(metrics);
  });

  it.each([
    [{ METRICS_PORT: '9464', METRICS_TOKEN: 'short' }, 'METRICS_TOKEN: must be at least 24 characters'],
    [{ METRICS_PORT: '70000' }, 'METRICS_PORT'],
    [{ SHUTDOWN_DRAIN_MS: '-1' }, 'SHUTDOWN_DRAIN_MS'],
  ])('refuses %j naming the variable', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });
});
