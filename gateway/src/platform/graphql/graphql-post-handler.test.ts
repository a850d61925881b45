import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';

// The client address of both paths (TRUST_PROXY) is tested in platform/http/trust-proxy.test.ts.
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
