import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, mountShellFiles } from './shell-files';
import { inlineRuntimeConfig, jsonForScriptElement } from './shell-index';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http, not fetch: fetch would decode the body and hide what went over the wire. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const CHUNK = `console.log(${JSON.stringify('contracts '.repeat(200))});`;
const MAIN = `import("./bootstrap");${'/* entry */'.repeat(100)}`;
const INDEX =
  '<!doctype html><title>Customer Corner</title><div id="root"></div>\n<script id="cc-runtime-config" type="application/json"></script>';
const REMOTES = { remotes: { contracts: 'http://127.0.0.1:4101/mf-manifest.json' }, customerServicesEmail: 'cs@leasing.example' };

describe('the shell files as sent (issue #16)', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-shell-files-'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'remotes.json'), JSON.stringify(REMOTES));
    writeFileSync(join(dir, '262.1e751b18.js'), CHUNK);
    writeFileSync(join(dir, '262.1e751b18.js.br'), brotliCompressSync(CHUNK));
    writeFileSync(join(dir, '262.1e751b18.js.gz'), gzipSync(CHUNK));
    writeFileSync(join(dir, 'main.js'), MAIN);
    writeFileSync(join(dir, 'main.js.br'), brotliCompressSync(MAIN));
    const app = express();
    mountShellFiles(app, dir);
    app.use((_req, res) => res.status(404).json({ error: { code: 'NOT_FOUND' } }));
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the build’s brotli copy of a hashed chunk to a browser that takes br, cached for a year as immutable', async () => {
    const answer = await get(base, '/262.1e751b18.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(answer.body.length).toBeLessThan(CHUNK.length / 10);
    expect(brotliDecompressSync(answer.body).toString()).toBe(CHUNK);
  });

  it.each([
    ['gzip only', 'gzip', 'gzip'],
    ['brotli refused with q=0', 'br;q=0, gzip', 'gzip'],
    ['no Accept-Encoding', '', undefined],
  ])('%s → %s', async (_case, accept, encoding) => {
    const answer = await get(base, '/262.1e751b18.js', accept ? { 'accept-encoding': accept } : {});
    expect(answer.headers['content-encoding']).toBe(encoding);
    if (!encoding) expect(answer.body.toString()).toBe(CHUNK);
  });

  it('revalidates the un-hashed entry point at every load (no-cache), compressed too', async () => {
    const answer = await get(base, '/main.js', { 'accept-encoding': 'br' });
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-encoding']).toBe('br');
  });

  it('writes remotes.json into index.html for a client route, revalidated at every load', async () => {
    const answer = await get(base, '/contracts/LC-1001', { accept: 'text/html' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.body.toString()).toContain(`<script id="cc-runtime-config" type="application/json">${JSON.stringify(REMOTES)}</script>`);
  });

  it('follows an edit of remotes.json without a restart (OPS-3)', async () => {
    const moved = { remotes: { contracts: 'https://cdn.example.com/contracts/2.0.0/mf-manifest.json' } };
    writeFileSync(join(dir, 'remotes.json'), JSON.stringify(moved));
    const answer = await get(base, '/contracts', { accept: 'text/html' });
    expect(answer.body.toString()).toContain('https://cdn.example.com/contracts/2.0.0/mf-manifest.json');
    writeFileSync(join(dir, 'remotes.json'), JSON.stringify(REMOTES));
  });
});

describe('cache rules (issue #16)', () => {
  it.each([
    ['262.1e751b18.js', 'public, max-age=31536000, immutable'],
    ['262.1e751b18.js.br', 'public, max-age=31536000, immutable'],
    ['/x/887.a3f6879e.js.gz', 'public, max-age=31536000, immutable'],
    ['main.js', 'no-cache'],
    ['main.js.br', 'no-cache'],
    ['remoteEntry.js', 'no-cache'],
    ['remotes.json', 'no-cache'],
    ['mf-manifest.json', 'no-cache'],
    ['index.html', 'no-cache'],
  ])('%s → %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});

describe('the run-time config inside index.html (issue #16)', () => {
  it('cannot close its <script> element or open a comment', () => {
    const text = jsonForScriptElement({ customerServicesEmail: '</script><!--<script>alert(1)</script>&' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ customerServicesEmail: '</script><!--<script>alert(1)</script>&' });
  });

  it.each([
    ['no remotes.json', null],
    ['remotes.json that is not JSON', '{ remotes: '],
  ])('%s: the page goes out as built (the shell fetches the file itself)', (_case, remotes) => {
    expect(inlineRuntimeConfig(INDEX, remotes)).toBe(INDEX);
  });
});
