import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Script } from 'node:vm';
import express from 'express';
import { execute, parse, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXPLORER_DEFAULT_QUERY,
  EXPLORER_INTROSPECTION_QUERY,
  GRAPHQL_EXPLORER_CSP,
  graphqlExplorerHandler,
  renderGraphQLExplorer,
} from './explorer-page';
import { protectionRules } from './protections';
import { gatewaySchema } from '../../app/schema';

const html = renderGraphQLExplorer();
const inlineBlocks = (tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({
    attributes: m[1] ?? '',
    body: m[2] ?? '',
  }));
const executableScript = () => {
  const scripts = inlineBlocks('script').filter((block) => !/type=/.test(block.attributes));
  expect(scripts).toHaveLength(1);
  return scripts[0]!.body;
};
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('GraphQL explorer page (API-1..5, development only)', () => {
  it('works offline: no URL to another host, no external script, style or font', () => {
    expect(html.match(/https?:\/\/[^\s"'<>)]*/gi) ?? []).toEqual([]);
    expect(html).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}/i); // no protocol-relative URL either
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('asks for the schema with its introspection query, which the gateway accepts under its API-4 limits', async () => {
    expect(html).toContain(EXPLORER_INTROSPECTION_QUERY);
    const schema = await gatewaySchema();
    const document = parse(EXPLORER_INTROSPECTION_QUERY);
    expect(validate(schema, document, [...specifiedRules, ...protectionRules()]).map((e) => e.message)).toEqual([]);
    const result = (await execute({ schema, document })) as {
      errors?: unknown[];
      data?: {
        __schema: {
          queryType: { name: string };
          types: { name: string; fields: { name: string; args: { name: string; description: string | null }[] }[] | null }[];
        };
      };
    };
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
    const query = result.data?.__schema.types.find((type) => type.name === 'Query');
    const passwordProblems = query?.fields?.find((field) => field.name === 'passwordProblems');
    expect(Object.fromEntries(passwordProblems?.args.map((arg) => [arg.name, arg.description]) ?? [])).toEqual({
      password: 'Candidate password.',
      loginId: 'Login id it must not contain.',
    });
  });

  it('opens with a query that is valid against the schema', async () => {
    expect(validate(await gatewaySchema(), parse(EXPLORER_DEFAULT_QUERY)).map((e) => e.message)).toEqual([]);
  });

  it('posts JSON with the session cookie and the CSRF preflight header the gateway requires', () => {
    const script = executableScript();
    expect(script).toContain("'apollo-require-preflight': 'true'");
    expect(script).toContain("'Content-Type': 'application/json'");
    expect(script).toContain("method: 'POST'");
    expect(script).toContain("credentials: 'include'");
    expect(html).toContain('<body data-endpoint="/graphql">');
  });

  it('ships a script that parses, and a CSP that allows exactly its inline script and style', () => {
    const script = executableScript();
    expect(() => new Script(script)).not.toThrow();
    const styles = inlineBlocks('style');
    expect(styles).toHaveLength(1);
    expect(GRAPHQL_EXPLORER_CSP).toContain(`script-src ${hashOf(script)}`);
    expect(GRAPHQL_EXPLORER_CSP).toContain(`style-src ${hashOf(styles[0]!.body)}`);
    expect(GRAPHQL_EXPLORER_CSP).toContain("connect-src 'self'");
    expect(GRAPHQL_EXPLORER_CSP).not.toContain('unsafe-inline');
  });

  it('escapes the endpoint it is given', () => {
    expect(renderGraphQLExplorer({ endpoint: '/api/"x"<y>' })).toContain('data-endpoint="/api/&quot;x&quot;&lt;y&gt;"');
  });
});

describe('GET /graphql with the explorer mounted', () => {
  let server: ReturnType<express.Express['listen']>;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.get('/graphql', graphqlExplorerHandler());
    // Stands for Apollo's middleware: whatever the explorer lets through reaches it.
    app.use('/graphql', (_req, res) => {
      res.status(400).json({ reachedGraphQL: true });
    });
    server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('gives a browser the page, under its CSP and never cached', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(GRAPHQL_EXPLORER_CSP);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(html);
  });

  it.each([
    ['a GraphQL GET with a query', '/graphql?query=%7B__typename%7D', 'text/html'],
    ['a JSON client', '/graphql', 'application/graphql-response+json, application/json'],
    ['a client accepting anything', '/graphql', '*/*'],
  ])('lets %s through to the GraphQL endpoint', async (_name, path, accept) => {
    const response = await fetch(`${base}${path}`, { headers: { accept } });
    expect(await response.json()).toEqual({ reachedGraphQL: true });
  });
});
