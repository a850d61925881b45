// Issue #16: the build's brotli/gzip copies, and the tabs' static server sending them.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, precompressFile, precompressFolder } from '../../scripts/precompress.mjs';
import { createStaticServer } from '../../scripts/serve-static.mjs';

const text = (n) => `export const rows = ${JSON.stringify(Array.from({ length: n }, (_, i) => `contract LC-${1000 + i}`))};\n`;

describe('chooseEncoding (Accept-Encoding → the copy to send)', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip'], 'br'],
    ['gzip, deflate', ['br', 'gzip'], 'gzip'],
    ['br;q=0, gzip', ['br', 'gzip'], 'gzip'],
    ['br', ['gzip'], null],
    ['*', ['br', 'gzip'], 'br'],
    ['*;q=0, gzip;q=0', ['br', 'gzip'], null],
    ['identity', ['br', 'gzip'], null],
    ['', ['br', 'gzip'], null],
    [undefined, ['br', 'gzip'], null],
    ['GZIP;Q=0.5', ['br', 'gzip'], 'gzip'],
  ])('%j with copies %j → %s', (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});

describe('precompressFile', () => {
  let dir;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cc-precompress-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz copies that decode to the same bytes', () => {
    const file = join(dir, 'app.js');
    writeFileSync(file, text(500));
    expect(precompressFile(file)).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text(500));
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text(500));
    expect(readFileSync(`${file}.br`).length).toBeLessThan(readFileSync(`${file}.gz`).length);
  });

  it('removes the copies of a file rewritten too small to compress (they would say the old text)', () => {
    const file = join(dir, 'remotes.json');
    writeFileSync(file, JSON.stringify({ remotes: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`t${i}`, `http://h/${i}`])) }));
    expect(precompressFile(file)).toBe(true);
    writeFileSync(file, '{"remotes":{}}');
    expect(precompressFile(file)).toBe(false);
    expect(existsSync(`${file}.br`)).toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
  });

  it('leaves source maps and images alone', () => {
    writeFileSync(join(dir, 'app.js.map'), text(500));
    writeFileSync(join(dir, 'logo.png'), text(500));
    expect(precompressFile(join(dir, 'app.js.map'))).toBe(false);
    expect(precompressFile(join(dir, 'logo.png'))).toBe(false);
  });
});

describe('serve-static sends the copies (the tabs in pnpm start and the journeys)', () => {
  let dir;
  let server;
  let base;
  const get = (path, headers = {}) =>
    new Promise((resolve, reject) => {
      const req = request(`${base}${path}`, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-serve-static-'));
    writeFileSync(join(dir, '887.a3f6879e.js'), text(800));
    writeFileSync(join(dir, 'remoteEntry.js'), text(300));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>tab</title>');
    expect(precompressFolder(dir)).toBe(2);
    server = createStaticServer({ dir });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('brotli for a hashed chunk, immutable for a year, CORS open', async () => {
    const answer = await get('/887.a3f6879e.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(brotliDecompressSync(answer.body).toString()).toBe(text(800));
  });

  it('gzip for a browser without brotli; the entry point is revalidated', async () => {
    const answer = await get('/remoteEntry.js', { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(answer.body).toString()).toBe(text(300));
  });

  it('the file as it is without Accept-Encoding, and for a file with no copies', async () => {
    const plain = await get('/887.a3f6879e.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(text(800));
    const small = await get('/index.html', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('<!doctype html><title>tab</title>');
  });
});
