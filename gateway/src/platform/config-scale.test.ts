import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

/** Issue #13 §3, §4: the settings of several replicas and workers. */
describe('configuration for several replicas (issue #13)', () => {
  it.each([
    [{}, 'directory'],
    [{ DATABASE_URL: 'postgresql://u@db:5432/cc' }, 'database'],
    [{ DATABASE_URL: 'postgresql://u@db:5432/cc', UPLOAD_STORAGE: 'directory' }, 'directory'],
    [{ UPLOAD_STORAGE: 'database' }, 'database'],
  ])('%j stores uploads in the %s', (env, storage) => {
    expect(loadConfig(env).uploadStorage).toBe(storage);
  });

  it('leases an outbox message for 60 s and polls every second unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ outboxLeaseMs: 60_000, outboxPollMs: 1_000 });
    expect(loadConfig({ OUTBOX_LEASE_MS: '600', OUTBOX_POLL_MS: '100' })).toMatchObject({ outboxLeaseMs: 600, outboxPollMs: 100 });
  });

  it.each([
    [{ UPLOAD_STORAGE: 's3' }, 'UPLOAD_STORAGE:'],
    [{ OUTBOX_LEASE_MS: '100' }, 'OUTBOX_LEASE_MS:'],
    [{ OUTBOX_POLL_MS: 'soon' }, 'OUTBOX_POLL_MS:'],
  ])('names the bad variable in %j', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });
});
