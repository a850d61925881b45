// A tiny static file server (node:http, no dependency) for a built tab: CORS open (the shell on
// another origin fetches its manifest and chunks), client-route fallback to index.html for the
// tab's standalone page, and optionally /graphql and /dev proxied to a gateway for standalone work.
//   node scripts/serve-static.mjs --dir mf-contracts/dist --port 4101 [--host 127.0.0.1] [--proxy http://127.0.0.1:4000]
import { createReadStream, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chooseEncoding, COMPRESSIBLE, COPY_SUFFIX } from './precompress.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export function parseArgs(argv) {
  const options = { dir: 'dist', port: 0, host: '127.0.0.1', proxy: null };
  for (let i = 0; i < argv.length; i += 1) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (key === '--dir') options.dir = value;
    else if (key === '--port') options.port = Number(value);
    else if (key === '--host') options.host = value;
    else if (key === '--proxy') options.proxy = value;
    else continue;
    i += 1;
  }
  return options;
}

function fileIn(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null; // no escaping the folder
  try {
    const stat = statSync(path);
    if (stat.isFile()) return { path, size: stat.size };
  } catch {
    // not there
  }
  return null;
}

/** The URL path of a file inside the served folder. */
function pathOf(root, path) {
  return path.slice(root.length).split(sep).join('/');
}

function proxy(target, req, res) {
  const url = new URL(req.url, target);
  const upstream = httpRequest(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Gateway unreachable');
  });
  req.pipe(upstream);
}

export function createStaticServer({ dir, proxy: proxyTarget = null }) {
  const root = resolve(dir);
  return createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (proxyTarget && (pathname === '/graphql' || pathname.startsWith('/dev/'))) return proxy(proxyTarget, req, res);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Headers': '*' });
      return res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD, OPTIONS' });
      return res.end();
    }
    let file = fileIn(root, pathname === '/' ? '/index.html' : pathname);
    // Client routes of the standalone page (no file extension) get index.html.
    if (!file && !extname(pathname)) file = fileIn(root, '/index.html');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Not found');
    }
    const type = types[extname(file.path)] ?? 'application/octet-stream';
    // Hashed chunks never change; entry files (remoteEntry.js, mf-manifest.json, main.js, index.html) must be revalidated.
    const hashed = /\.[0-9a-f]{8}\.js(\.map)?$/.test(file.path);
    const headers = {
      'content-type': type,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    // Issue #16: the build's brotli/gzip copy when the browser takes it (never compressed on the fly).
    if (COMPRESSIBLE.test(file.path)) {
      headers.vary = 'Accept-Encoding';
      const copies = Object.keys(COPY_SUFFIX).filter((coding) => fileIn(root, `${pathOf(root, file.path)}${COPY_SUFFIX[coding]}`));
      const coding = chooseEncoding(req.headers['accept-encoding'], copies);
      if (coding) {
        file = fileIn(root, `${pathOf(root, file.path)}${COPY_SUFFIX[coding]}`);
        headers['content-encoding'] = coding;
      }
    }
    headers['content-length'] = file.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file.path).pipe(res);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2));
  const server = createStaticServer(options);
  server.listen(options.port, options.host, () => {
    const { port } = server.address();
    console.log(
      `Serving ${resolve(options.dir)} at http://${options.host}:${port}${options.proxy ? ` (/graphql → ${options.proxy})` : ''}`,
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
