import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBatch } from '../test/fixtures';
import { startTestGateway, type TestGateway } from '../test/test-gateway';

let t: TestGateway;
let base: string;
const SECRET = 'test-ingest-secret-0123456789abcdef';

beforeAll(async () => {
  t = await startTestGateway();
  base = await t.gateway.listen();
});
afterAll(async () => t.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP surface (X-6, API-5)', () => {
  it('answers health and readiness', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(ready.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a sane X-Request-Id and replaces a hostile one', async () => {
    expect((await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'abc-123' } })).headers.get('x-request-id')).toBe('abc-123');
    const hostile = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'a b;c<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves GraphQL over HTTP with API-3 codes', async () => {
    const response = await post('/graphql', { query: '{ company { name } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }], data: null });
  });

  it('refuses batched requests and GET requests without a CSRF header', async () => {
    const batch = await post('/graphql', [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    const csrf = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(csrf.status).toBe(400);
    const preflighted = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers unreadable JSON with 400 and unknown routes with 404, both in JSON', async () => {
    const bad = await post('/internal/ingest', '{"customers": [', { authorization: `Bearer ${SECRET}` });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'The request body could not be read' } });
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No route for GET /nope' } });
  });

  it('does not answer CORS for an origin that is not configured', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('ingestion endpoint (INT-1)', () => {
  it.each([
    ['no header', {}],
    ['a wrong secret', { authorization: 'Bearer wrong-secret-wrong-secret-wrong' }],
    ['another scheme', { authorization: `Basic ${SECRET}` }],
  ])('refuses %s with 401', async (_label, headers) => {
    const response = await post('/internal/ingest', fixtureBatch(), headers);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'A valid ingestion secret is required' } });
  });

  it('takes a valid batch and answers with counts', async () => {
    const response = await post('/internal/ingest', fixtureBatch(), { authorization: `Bearer ${SECRET}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      summary: {
        customers: { created: 2, updated: 0 },
        contracts: { created: 4, updated: 0, activated: 3 },
        invoices: { created: 6, updated: 0 },
        events: 9,
      },
    });
  });

  it('answers a bad record with 422 naming the record and field', async () => {
    const batch = fixtureBatch();
    batch.invoices[2]!.totalCents = 5;
    const response = await post('/internal/ingest', { invoices: batch.invoices }, { authorization: `Bearer ${SECRET}` });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { problems: unknown[] } };
    expect(body.error.problems).toEqual([
      { record: 'invoices[2]', upstreamId: 'I-3', field: 'totalCents', message: 'must equal netCents + vatCents' },
    ]);
  });
});

describe('GraphQL protections (API-4)', () => {
  it('refuses a query deeper than 10 levels before running it', async () => {
    const depth11 = '{ a { b { c { d { e { f { g { h { i { j { k } } } } } } } } } } }';
    const refused = (await (await post('/graphql', { query: depth11 })).json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(refused.errors.some((e) => /depth/i.test(e.message) && e.extensions.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  it('refuses a document longer than 20 000 characters', async () => {
    const huge = `{ ${'__typename '.repeat(2_000)} }`;
    const response = await post('/graphql', { query: huge });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('accepts the demo second factor 000000 only in development, never in production', async () => {
    const { loadConfig } = await import('../platform/config');
    const { settingsOf } = await import('../platform/graphql/gateway-settings');
    expect(settingsOf(loadConfig({ NODE_ENV: 'development' })).demoSecondFactorBypass).toBe(true);
    expect(settingsOf(loadConfig({ NODE_ENV: 'test' })).demoSecondFactorBypass).toBe(false);
    const production = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://portal.example.be',
      INGEST_SECRET: 'x'.repeat(32),
      SECRET_KEY: 'k'.repeat(32),
    });
    expect(settingsOf(production).demoSecondFactorBypass).toBe(false);
  });

  it('reads the session cookie by exact name', async () => {
    const { readCookie } = await import('./server');
    expect(readCookie('a=1; cc_session=abc; cc_session_x=zzz', 'cc_session')).toBe('abc');
    expect(readCookie('xcc_session=abc', 'cc_session')).toBeUndefined();
    expect(readCookie(undefined, 'cc_session')).toBeUndefined();
    // the first of two cookies of the same name wins, as browsers send the most specific path first
    expect(readCookie('cc_session=abc; cc_session=def', 'cc_session')).toBe('abc');
    expect(readCookie('', 'cc_session')).toBeUndefined();
  });
});
