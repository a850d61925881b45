import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { GRAPHQL_EXPLORER_CSP } from './explorer-page';

/** A stand-in for explorer/dist (the real build is checked in the browser journey 75-graphiql). */
const PAGE =
  '<!doctype html><script defer src="/dev/graphiql/main.0123abcd.js"></script><div id="graphiql" data-endpoint="/graphql"></div>';
const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function fakeExplorerBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'cc-explorer-'));
  writeFileSync(join(dist, 'index.html'), PAGE);
  writeFileSync(join(dist, 'main.0123abcd.js'), 'void 0;');
  return dist;
}

describe('the explorer CSP (issue #20 §2, API-1..5)', () => {
  it('is exact: no inline script, no eval, inline style only for Monaco, nothing from another origin', () => {
    expect(GRAPHQL_EXPLORER_CSP).toBe(
      "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe.each(['development', 'test'])('GET /graphql with NODE_ENV=%s: GraphiQL (issue #20 §2)', (nodeEnv) => {
  let t: TestGateway;
  let base: string;
  let dist: string;
  beforeAll(async () => {
    dist = fakeExplorerBuild();
    t = await startTestGateway({ env: { NODE_ENV: nodeEnv, EXPLORER_DIST: dist } });
    base = (await t.client()).base;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('gives a browser the built page under the explorer CSP, never cached', async () => {
    const response = await fetch(`${base}/graphql`, { headers: browser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(GRAPHQL_EXPLORER_CSP);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toBe(PAGE);
  });

  it('serves its content-hashed files under /dev/graphiql/, cached for a year', async () => {
    const response = await fetch(`${base}/dev/graphiql/main.0123abcd.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('void 0;');
  });

  it.each([
    ['a GraphQL GET with a query, from a browser', '/graphql?query=%7B__typename%7D', { accept: 'text/html,application/json;q=0.9' }],
    ['a JSON client', '/graphql?query=%7B__typename%7D', { accept: 'application/graphql-response+json, application/json' }],
  ])('lets %s through to the GraphQL endpoint', async (_name, path, headers) => {
    const response = await fetch(`${base}${path}`, { headers: { ...headers, 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs { __typename } posted as GraphiQL posts it (JSON, apollo-require-preflight)', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GET /graphql in development before explorer/ is built', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ env: { NODE_ENV: 'development', EXPLORER_DIST: join(tmpdir(), 'cc-explorer-never-built') } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('says how to build it (404, plain text) instead of a blank page or a 5xx', async () => {
    const response = await fetch(`${(await t.client()).base}/graphql`, { headers: browser });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('The GraphQL explorer is not built: run `pnpm build:front`');
  });
});

describe('GET /graphql in production: no explorer, Apollo answers as before #20 (issue #20 §2)', () => {
  let t: TestGateway;
  let dist: string;
  beforeAll(async () => {
    dist = fakeExplorerBuild();
    t = await startTestGateway({
      env: { NODE_ENV: 'production', PUBLIC_URL: 'https://portal.leasing.example', EXPLORER_DIST: dist },
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('a browser gets Apollo’s CSRF refusal, not the page, and the explorer files are not served', async () => {
    const base = (await t.client()).base;
    const response = await fetch(`${base}/graphql`, { headers: browser });
    expect(response.headers.get('content-security-policy')).not.toBe(GRAPHQL_EXPLORER_CSP);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    const file = await fetch(`${base}/dev/graphiql/main.0123abcd.js`);
    expect(file.status).toBe(404);
  });
});
