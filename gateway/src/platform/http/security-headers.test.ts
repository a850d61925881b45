import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, PRINT_VIEW_STYLE } from '../../modules/documents';
import { activate, provisionAtelierAdministrator } from '../../test/identity-fixtures';
import type { HttpClient } from '../../test/http-client';
import { startTestGateway, type TestGateway } from '../../test/test-gateway';
import { inlinePageCsp, remoteOrigins, shellCspDirectives } from './security-headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('remote origins from the remotes config (#11 §3, X-7, OPS-3)', () => {
  it.each([
    [
      'absolute manifests → their origins, sorted, once',
      {
        remotes: {
          b: 'http://127.0.0.1:4102/mf-manifest.json',
          a: 'http://127.0.0.1:4101/x/mf-manifest.json',
          c: 'http://127.0.0.1:4101/mf-manifest.json',
        },
      },
      ['http://127.0.0.1:4101', 'http://127.0.0.1:4102'],
    ],
    [
      'https CDN with a path',
      { remotes: { contracts: 'https://cdn.example.com/contracts/1.4.0/mf-manifest.json' } },
      ['https://cdn.example.com'],
    ],
    ['a relative manifest is on the shell origin (self)', { remotes: { contracts: '/tabs/contracts/mf-manifest.json' } }, []],
    ['anything but http(s) is ignored', { remotes: { a: 'javascript:alert(1)', b: 'data:text/javascript,1', c: 42, d: 'http://' } }, []],
    ['no remotes', { customerServicesEmail: 'x@y.example' }, []],
    ['not an object', 'oops', []],
  ])('%s', (_name, config, expected) => {
    expect(remoteOrigins(config)).toEqual(expected);
  });

  it('the shell CSP names its own origin, the tabs and nothing inline; upgrade-insecure-requests under https only', () => {
    expect(shellCspDirectives(['http://127.0.0.1:4101'], false)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", 'http://127.0.0.1:4101'],
      'connect-src': ["'self'", 'http://127.0.0.1:4101'],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    expect(shellCspDirectives([], true)['upgrade-insecure-requests']).toEqual([]);
  });

  it('a self-contained page allows only its own blocks by hash', () => {
    expect(inlinePageCsp({ styles: ['p{}'] })).toBe(
      `default-src 'none'; style-src ${sha('p{}')}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });
});

const SHELL_CSP =
  "default-src 'self';script-src 'self' http://127.0.0.1:4101 https://tabs.example.com;" +
  "connect-src 'self' http://127.0.0.1:4101 https://tabs.example.com;style-src 'self';img-src 'self' data:;" +
  "font-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

function headersOf(response: Response) {
  const names = [
    'content-security-policy',
    'x-frame-options',
    'x-content-type-options',
    'referrer-policy',
    'strict-transport-security',
  ] as const;
  return Object.fromEntries(names.map((name) => [name, response.headers.get(name)]));
}

describe('security headers of every HTML answer, PUBLIC_URL http (#11 §3, X-7)', () => {
  let t: TestGateway;
  let base: string;
  let viewer: HttpClient;
  let shellDist: string;
  let explorerDist: string;
  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  beforeAll(async () => {
    shellDist = mkdtempSync(join(tmpdir(), 'cc-shell-'));
    writeFileSync(join(shellDist, 'index.html'), '<!doctype html><title>Customer Corner</title><div id="root"></div>');
    writeFileSync(
      join(shellDist, 'remotes.json'),
      JSON.stringify({
        remotes: {
          contracts: 'http://127.0.0.1:4101/mf-manifest.json',
          documents: 'https://tabs.example.com/documents/mf-manifest.json',
          requests: 'https://tabs.example.com/requests/mf-manifest.json',
        },
      }),
    );
    explorerDist = mkdtempSync(join(tmpdir(), 'cc-explorer-'));
    writeFileSync(join(explorerDist, 'index.html'), '<!doctype html><div id="graphiql" data-endpoint="/graphql"></div>');
    writeFileSync(join(explorerDist, 'main.0123abcd.js'), 'void 0;');
    t = await startTestGateway({ env: { NODE_ENV: 'development', SHELL_DIST: shellDist, EXPLORER_DIST: explorerDist } });
    base = (await t.client()).base;
    const atelier = await provisionAtelierAdministrator(t);
    viewer = await t.client();
    expect((await activate(viewer, atelier.loginId, atelier.temporaryPassword)).errors).toBeUndefined();
  });
  afterAll(async () => {
    await t.close();
    rmSync(shellDist, { recursive: true, force: true });
    rmSync(explorerDist, { recursive: true, force: true });
  });

  it.each(['/', '/contracts/LC-1001', '/activate', '/profiles/tokens?x=1'])('the shell at %s', async (path) => {
    const response = await fetch(`${base}${path}`, { headers: html });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expect(headersOf(response)).toEqual({
      'content-security-policy': SHELL_CSP,
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'strict-transport-security': null,
    });
  });

  it('the dev mailbox: only its own stylesheet, never framed', async () => {
    const response = await fetch(`${base}/dev/mailbox`, { headers: html });
    expect(response.status).toBe(200);
    const page = await response.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    expect(headersOf(response)).toEqual({
      'content-security-policy': `default-src 'none'; style-src ${sha(style)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'strict-transport-security': null,
    });
  });

  it('GraphiQL at /graphql: its own CSP (no inline script, no eval), never framed (#20 §2)', async () => {
    const response = await fetch(`${base}/graphql`, { headers: html });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="graphiql"');
    expect(headersOf(response)).toEqual({
      'content-security-policy':
        "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'strict-transport-security': null,
    });
  });

  it("GraphiQL's scripts under /dev/graphiql/ carry the portal's CSP, not the explorer's 'unsafe-inline' (#20 §2)", async () => {
    const response = await fetch(`${base}/dev/graphiql/main.0123abcd.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toBe(SHELL_CSP);
  });

  it('the print view: no script, its stylesheet by hash, never framed (it used to allow its own origin)', async () => {
    const invoice = await t.orm.em.fork().findOneOrFail(Document, { number: 'INV-2026-0002' });
    const cookie = [...viewer.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${base}/documents/print/${invoice.id}`, { headers: { ...html, cookie } });
    expect(response.status).toBe(200);
    expect(headersOf(response)).toEqual({
      'content-security-policy': `default-src 'none'; style-src ${sha(PRINT_VIEW_STYLE)}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': null,
    });
  });

  it('a tab moved to a new origin in remotes.json is allowed within a second, without a restart (OPS-3)', async () => {
    writeFileSync(join(shellDist, 'remotes.json'), JSON.stringify({ remotes: { contracts: 'https://cdn2.example.com/mf-manifest.json' } }));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const csp = (await fetch(`${base}/`, { headers: html })).headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self' https://cdn2.example.com;");
    expect(csp).not.toContain('4101');
  });
});

describe('HSTS when PUBLIC_URL is https (#11 §3, X-7)', () => {
  let t: TestGateway;
  let shellDist: string;
  beforeAll(async () => {
    shellDist = mkdtempSync(join(tmpdir(), 'cc-shell-'));
    writeFileSync(join(shellDist, 'index.html'), '<!doctype html><div id="root"></div>');
    t = await startTestGateway({ env: { PUBLIC_URL: 'https://portal.leasing.example', SHELL_DIST: shellDist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(shellDist, { recursive: true, force: true });
  });

  it('sends Strict-Transport-Security for a year and upgrades insecure requests; no remotes.json → no remote origin', async () => {
    const response = await fetch(`${(await t.client()).base}/contracts`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self';script-src 'self';connect-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';" +
        "object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none';upgrade-insecure-requests",
    );
  });
});
