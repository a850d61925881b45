import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { clientAddress, TRUST_PROXY } from './graphql-post-handler';

describe('client address behind loopback proxies (trust proxy = loopback, as Express)', () => {
  it.each([
    ['127.0.0.1', undefined, '127.0.0.1'],
    ['127.0.0.1', '203.0.113.7', '203.0.113.7'],
    ['127.0.0.1', '198.51.100.1, 203.0.113.7', '203.0.113.7'],
    ['127.0.0.1', '203.0.113.7, 127.0.0.2', '203.0.113.7'],
    ['::ffff:127.0.0.1', '2001:db8::5', '2001:db8::5'],
    ['::1', '127.0.0.1, ::1', '127.0.0.1'],
    ['198.51.100.9', '203.0.113.7', '198.51.100.9'],
    ['127.0.0.1', 'not-an-address', 'not-an-address'],
  ])('socket %s with X-Forwarded-For %j is %s', (socket, forwarded, expected) => {
    expect(clientAddress({ socket: { remoteAddress: socket }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} } as never)).toBe(
      expected,
    );
  });
});

describe('the direct /graphql path and Express see the same client address (#14 §5)', () => {
  // Both entries of the real server, side by side: JSON POSTs answered before Express, and the app
  // with its trust proxy setting. Each answers the address it computed.
  let base: string;
  let server: http.Server;
  beforeAll(async () => {
    const app = express();
    app.set('trust proxy', TRUST_PROXY);
    app.use((req, res) => res.type('text/plain').send(req.ip));
    server = http.createServer((req, res) => {
      if (req.url === '/direct') res.end(clientAddress(req));
      else void app(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    undefined,
    '203.0.113.7',
    '198.51.100.1, 203.0.113.7',
    '203.0.113.7, 127.0.0.2',
    '2001:db8::5',
    '127.0.0.1, ::1',
    '203.0.113.7,,  198.51.100.1 ',
    'not-an-address',
    '10.0.0.1, not-an-address, 127.0.0.1',
  ])('X-Forwarded-For %j', async (forwarded) => {
    const headers: Record<string, string> = forwarded === undefined ? {} : { 'x-forwarded-for': forwarded };
    const [direct, viaExpress] = await Promise.all(
      ['/direct', '/express'].map(async (path) => (await fetch(`${base}${path}`, { headers })).text()),
    );
    expect(direct).toBe(viaExpress);
    expect(direct).not.toBe('');
  });
});

describe('POST /graphql without Express (issue #8) answers like the Express path', () => {
  let t: TestGateway;
  let base: string;
  beforeAll(async () => {
    t = await startTestGateway();
    base = await t.gateway.listen();
  });
  afterAll(() => t.close());

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers a query with the request id, nosniff and the JSON of Apollo', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
    expect(await response.text()).toBe('{"data":{"__typename":"Query"}}\n');
  });

  it.each([
    ['{ not json', 'application/json'],
    ['"a string"', 'application/json'],
    ['{ not json', 'text/plain'],
  ])('refuses the body %j sent as %s with 400', async (body, contentType) => {
    const response = await post(body, contentType);
    expect(response.status).toBe(400);
  });

  it('refuses a query longer than 20 000 characters before parsing it', async () => {
    const response = await post(JSON.stringify({ query: `{ __typename ${' '.repeat(20_001)}}` }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The query is longer than 20000 characters', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });
});
