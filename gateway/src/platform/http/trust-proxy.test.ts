import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { signIn } from '../../test/identity-fixtures';
import { clientAddressOf, compileTrustProxy, DEFAULT_TRUST_PROXY } from './trust-proxy';

/** Issue #15 §5 (ACC-6): which proxies may tell the client's address is the operator's TRUST_PROXY. */
const addressOf = (setting: string, socket: string, forwarded?: string) =>
  clientAddressOf(
    { socket: { remoteAddress: socket }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} } as never,
    compileTrustProxy(setting),
  );

describe('the client address under each TRUST_PROXY setting', () => {
  it.each([
    // setting, socket address, X-Forwarded-For, the client address the gateway uses
    ['loopback', '127.0.0.1', undefined, '127.0.0.1'],
    ['loopback', '127.0.0.1', '203.0.113.7', '203.0.113.7'],
    ['loopback', '127.0.0.1', '198.51.100.1, 203.0.113.7', '203.0.113.7'],
    ['loopback', '127.0.0.1', '203.0.113.7, 127.0.0.2', '203.0.113.7'],
    ['loopback', '::ffff:127.0.0.1', '2001:db8::5', '2001:db8::5'],
    ['loopback', '::1', '127.0.0.1, ::1', '127.0.0.1'],
    ['loopback', '198.51.100.9', '203.0.113.7', '198.51.100.9'],
    ['loopback', '127.0.0.1', 'not-an-address', 'not-an-address'],
    // nginx on another host of the cluster network: a loopback-only gateway would see nginx for everyone
    ['loopback', '10.2.3.4', '203.0.113.7', '10.2.3.4'],
    ['10.0.0.0/8', '10.2.3.4', '203.0.113.7', '203.0.113.7'],
    ['uniquelocal', '10.2.3.4', '203.0.113.7', '203.0.113.7'],
    ['uniquelocal', '192.168.1.2', '10.9.9.9, 203.0.113.7', '203.0.113.7'],
    ['10.0.0.0/8, loopback', '127.0.0.1', '203.0.113.7, 10.1.1.1', '203.0.113.7'],
    ['10.1.1.1', '10.1.1.2', '203.0.113.7', '10.1.1.2'],
    // a client's own X-Forwarded-For is not believed beyond the trusted hops
    ['10.0.0.0/8', '10.2.3.4', '203.0.113.66, 198.51.100.1', '198.51.100.1'],
    ['none', '127.0.0.1', '203.0.113.7', '127.0.0.1'],
    ['none', '10.2.3.4', '203.0.113.7', '10.2.3.4'],
    ['1', '198.51.100.9', '203.0.113.66, 203.0.113.7', '203.0.113.7'],
    ['2', '198.51.100.9', '203.0.113.66, 203.0.113.7', '203.0.113.66'],
    ['0', '198.51.100.9', '203.0.113.7', '198.51.100.9'],
  ])('%s: socket %s with X-Forwarded-For %j is %s', (setting, socket, forwarded, expected) => {
    expect(addressOf(setting, socket, forwarded)).toBe(expected);
  });

  it('is loopback when not set', () => {
    expect(DEFAULT_TRUST_PROXY).toBe('loopback');
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,loopback' }).trustProxy).toBe('10.0.0.0/8,loopback');
  });

  it.each([
    ['10.0.0.0/99', /TRUST_PROXY: invalid range on address: 10\.0\.0\.0\/99/],
    ['nginx.internal', /TRUST_PROXY: invalid IP address: nginx\.internal; use none, a hop count/],
    ['loopback,,10.0.0.1', /TRUST_PROXY: an empty entry in the list/],
    ['33', /TRUST_PROXY: at most 32 hops/],
    ['-1', /TRUST_PROXY: invalid IP address: -1/],
  ])('refuses %j at start-up, naming the variable', (setting, message) => {
    let thrown: unknown;
    try {
      loadConfig({ TRUST_PROXY: setting });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe('the direct /graphql path and Express see the same client address (#14 §5)', () => {
  // Both entries of the real server, side by side: JSON POSTs answered before Express, and the app
  // with the same trust function. Each answers the address it computed.
  const servers: http.Server[] = [];
  const bases = new Map<string, string>();
  const SETTINGS = ['loopback', 'none', '1', '2', '10.0.0.0/8, loopback'];
  beforeAll(async () => {
    for (const setting of SETTINGS) {
      const trust = compileTrustProxy(setting);
      const app = express();
      app.set('trust proxy', trust);
      app.use((req, res) => res.type('text/plain').send(req.ip));
      const server = http.createServer((req, res) => {
        if (req.url === '/direct') res.end(clientAddressOf(req, trust));
        else void app(req, res);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      bases.set(setting, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });
  afterAll(() => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))));

  const FORWARDED = [
    undefined,
    '203.0.113.7',
    '198.51.100.1, 203.0.113.7',
    '203.0.113.7, 127.0.0.2',
    '2001:db8::5',
    '127.0.0.1, ::1',
    '203.0.113.7,,  198.51.100.1 ',
    'not-an-address',
    '10.0.0.1, not-an-address, 127.0.0.1',
  ];
  it.each(SETTINGS.flatMap((setting) => FORWARDED.map((forwarded) => [setting, forwarded] as const)))(
    '%s, X-Forwarded-For %j',
    async (setting, forwarded) => {
      const headers: Record<string, string> = forwarded === undefined ? {} : { 'x-forwarded-for': forwarded };
      const [direct, viaExpress] = await Promise.all(
        ['/direct', '/express'].map(async (path) => (await fetch(`${bases.get(setting)}${path}`, { headers })).text()),
      );
      expect(direct).toBe(viaExpress);
      expect(direct).not.toBe('');
    },
  );
});

describe('the per-address sign-in throttle follows TRUST_PROXY (ACC-6)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ env: { TRUST_PROXY: 'none' } });
  });
  afterAll(() => t.close());

  it('with none, X-Forwarded-For is not believed: 30 checks "from" 30 addresses spend the budget of the one socket address', async () => {
    const reasons: unknown[] = [];
    for (let i = 1; i <= 30; i += 1) {
      const client = (await t.client()).withHeaders({ 'x-forwarded-for': `203.0.113.${i}` });
      reasons.push((await signIn(client, String(300_000_000 + i), 'Wrong-Password-99!')).errors?.[0]?.extensions?.reason);
    }
    expect(reasons).toEqual(Array.from({ length: 30 }, () => 'INVALID_CREDENTIALS'));
    const next = await signIn((await t.client()).withHeaders({ 'x-forwarded-for': '198.51.100.200' }), '300000099', 'Wrong-Password-99!');
    expect(next.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', reason: 'IP_THROTTLED' });
  });
});
