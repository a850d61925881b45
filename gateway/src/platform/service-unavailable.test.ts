import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, provisionAtelierAdministrator, SIGN_IN, STRONG_PASSWORD } from '../test/identity-fixtures';
import { startTcpProxy, type TcpProxy } from '../test/tcp-proxy';
import { startTestGateway, type TestGateway } from '../test/test-gateway';

/**
 * Issue #13 §5: with PostgreSQL away, requests answer HTTP 503 SERVICE_UNAVAILABLE with Retry-After
 * (they were 500, or 200 carrying INTERNAL_SERVER_ERROR). The database "goes away" for this gateway
 * only: it reaches PostgreSQL through a TCP proxy that the test stops — the shared server keeps
 * running. SQLite is an embedded file that cannot be away, so this file always uses PostgreSQL: the
 * DATABASE_URL of the run, else the CI's server (PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/test).
 */
const POSTGRES_URL = process.env.DATABASE_URL ?? process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const MESSAGE = 'The service is temporarily unavailable: try again in a few seconds';

let proxy: TcpProxy;
let t: TestGateway;
let base: string;
let cookie: string;

beforeAll(async () => {
  const server = new URL(POSTGRES_URL);
  proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  t = await startTestGateway({
    postgresUrl: POSTGRES_URL,
    connectThrough: (database) => {
      if (database.kind !== 'postgresql') throw new Error('PostgreSQL expected');
      const url = new URL(database.url);
      url.host = `127.0.0.1:${proxy.port}`;
      return { kind: 'postgresql', url: url.toString() };
    },
  });
  const credentials = await provisionAtelierAdministrator(t);
  const client = await t.client();
  base = client.base;
  expect((await activate(client, credentials.loginId, credentials.temporaryPassword)).data?.activateAccess.status).toBe('SIGNED_IN');
  cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}, 120_000);

afterAll(async () => {
  await proxy.start().catch(() => undefined);
  await t.close();
  await proxy.stop();
});

const graphql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

const ME = '{ me { loginId customer { customerNumber } } }';

describe('clean answers when the database is away (#13 §5)', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After on /graphql and the download routes, /readyz 503, and serves again once the database is back', async () => {
    const before = await graphql(ME, {}, { cookie });
    expect(before.status).toBe(200);
    expect(((await before.json()) as { data: { me: { customer: { customerNumber: string } } } }).data.me.customer.customerNumber).toBe(
      '10000001',
    );

    await proxy.stop();

    // A signed-in request: its session cannot be read (context creation fails).
    const signedIn = await graphql(ME, {}, { cookie });
    expect(signedIn.status).toBe(503);
    expect(signedIn.headers.get('retry-after')).toBe('5');
    expect(await signedIn.json()).toEqual({ errors: [{ message: MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });

    // An anonymous mutation: the resolver meets the outage.
    const signIn = await graphql(SIGN_IN, { input: { loginId: '123456789', password: STRONG_PASSWORD } });
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get('retry-after')).toBe('5');
    const signInBody = (await signIn.json()) as { data: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(signInBody.errors.map((error) => [error.extensions.code, error.message])).toEqual([['SERVICE_UNAVAILABLE', MESSAGE]]);

    // Download routes: documents (their own error handling) and personal data (the app's error handler).
    for (const path of ['/documents/export.csv', '/me/personal-data.json', '/statement.pdf']) {
      const download = await fetch(`${base}${path}`, { headers: { cookie } });
      expect([path, download.status, download.headers.get('retry-after')]).toEqual([path, 503, '5']);
      expect(await download.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: MESSAGE } });
    }

    const readiness = await fetch(`${base}/readyz`);
    expect(readiness.status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await proxy.start();
    // The pool reconnects on its own: no restart of the gateway.
    const after = await graphql(ME, {}, { cookie });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { data: { me: { customer: { customerNumber: string } } } }).data.me.customer.customerNumber).toBe(
      '10000001',
    );
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('answers /readyz 503 within its 2 s timeout when the database host goes silent (no refusal, no answer)', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    proxy.blackhole();
    const started = Date.now();
    const readiness = await fetch(`${base}/readyz`);
    const tookMs = Date.now() - started;
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({ status: 'unavailable' });
    expect(tookMs).toBeGreaterThanOrEqual(1_900);
    expect(tookMs).toBeLessThan(4_000);
    proxy.forward();
    // Back to normal once the partition ends.
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
